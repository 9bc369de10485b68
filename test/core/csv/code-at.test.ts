import { codeAt } from "../../../src/core/csv/code-at";
import { scanCsv, type CsvRow } from "../../../src/core/csv/scan-csv";
import { encodeUtf8 } from "../../../src/core/bytes/utf8-encode";

describe("codeAt", () => {
  it("reads the code column of the record being read, or nothing when there is no column, record or field", () => {
    const bytes = encodeUtf8("Maidstone 014C,E01024371\nDover 001A\n");
    const records: CsvRow[] = [];
    scanCsv(
      bytes,
      (row) =>
        void records.push({ ...row, starts: row.starts.slice(), ends: row.ends.slice(), quoted: row.quoted.slice() }),
    );
    expect(codeAt({ row: 1, bytes, record: records[0] }, 1)).toBe("E01024371");
    expect([
      codeAt({ row: 1, bytes, record: records[0] }, -1),
      codeAt({ row: 0, bytes, record: undefined }, 1),
      codeAt({ row: 2, bytes, record: records[1] }, 1),
    ]).toEqual([undefined, undefined, undefined]);
  });
});
