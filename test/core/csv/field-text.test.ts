import { fieldText } from "../../../src/core/csv/field-text";
import { scanCsv, type CsvRow } from "../../../src/core/csv/scan-csv";
import { encodeUtf8 } from "../../../src/core/bytes/utf8-encode";

function texts(csv: string, fields: number[]): string[] {
  const bytes = encodeUtf8(csv);
  let out: string[] = [];
  scanCsv(bytes, (row: CsvRow) => void (out = fields.map((f) => fieldText(bytes, row, f))));
  return out;
}

describe("fieldText", () => {
  it("undoes doubled quotes only in quoted fields", () => {
    expect(texts('"a ""b""",c""d', [0, 1])).toEqual(['a "b"', 'c""d']);
  });

  it("reads a field beyond the end of a short row as blank", () => {
    expect(texts("a,b", [1, 5])).toEqual(["b", ""]);
  });
});
