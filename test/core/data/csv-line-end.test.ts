import { csvLineEnd } from "../../../src/core/data/csv-line-end";
import { scanCsv } from "../../../src/core/data/scan-csv";
import { encodeUtf8 } from "../../../src/core/data/utf8-encode";

describe("csvLineEnd", () => {
  it("is LF for LF and CRLF files, and CR for a file with CRs and no LF", () => {
    expect([
      csvLineEnd(encodeUtf8("a\r\nb")),
      csvLineEnd(encodeUtf8("a\nb")),
      csvLineEnd(encodeUtf8("a\rb\r")),
      csvLineEnd(encodeUtf8("ab")),
    ]).toEqual([0x0a, 0x0a, 0x0d, 0x0a]);
  });

  it("lets a CR-only file be read record by record", () => {
    const rows: number[] = [];
    scanCsv(encodeUtf8("a,b\rc,d\r"), (r) => void rows.push(r.fieldCount));
    expect(rows).toEqual([2, 2]);
  });
});
