import { scanCsv } from "../../../src/core/data/scan-csv";
import { encodeUtf8 } from "../../../src/core/data/utf8-encode";

describe("scanCsv", () => {
  it("numbers records as a spreadsheet numbers rows, even when a field spans lines", () => {
    const rows: [number, number][] = [];
    scanCsv(encodeUtf8('h1,h2\n"a\nb",c\nd,e\n'), (r) => void rows.push([r.row, r.fieldCount]));
    expect(rows).toEqual([[1, 2], [2, 2], [3, 2]]);
  });

  it("gives field positions inside the quotes and marks quoted fields", () => {
    const bytes = encodeUtf8('x,"yz"');
    scanCsv(bytes, (r) => {
      expect([r.starts[0], r.ends[0], r.quoted[0]]).toEqual([0, 1, 0]);
      expect([r.starts[1], r.ends[1], r.quoted[1]]).toEqual([3, 5, 1]);
    });
  });

  it("stops when the callback returns false", () => {
    let seen = 0;
    scanCsv(encodeUtf8("a\nb\nc\n"), () => ++seen < 2);
    expect(seen).toBe(2);
  });

  it("reads records wider than its first field buffer", () => {
    const wide = Array.from({ length: 40 }, (_, i) => String(i)).join(",");
    scanCsv(encodeUtf8(wide), (r) => expect(r.fieldCount).toBe(40));
  });

  it("hands over nothing for an empty input or a lone byte order mark", () => {
    const onRow = jest.fn();
    scanCsv(new Uint8Array(0), onRow);
    scanCsv(new Uint8Array([0xef, 0xbb, 0xbf]), onRow);
    expect(onRow).not.toHaveBeenCalled();
  });
});

describe("scanning in pieces", () => {
  it("stops before a record the piece does not finish, and says where it starts", () => {
    const rows: number[] = [];
    const bytes = encodeUtf8('a,b\nc,"d\n');
    expect(scanCsv(bytes, (r) => void rows.push(r.row), { final: false })).toBe(4);
    expect(rows).toEqual([1]);
  });

  it("numbers records after those of earlier pieces and skips a byte order mark only at the start", () => {
    const rows: number[] = [];
    scanCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), (r) => void rows.push(r.row, r.ends[0] - r.starts[0]), { rowsBefore: 7 });
    expect(rows).toEqual([8, 4]);
  });

  it("names the row of a quoted field never closed by the end of the file", () => {
    expect(() => scanCsv(encodeUtf8('a\nb\n"c'), () => undefined, { label: "f.csv" })).toThrow('f.csv, row 3: a quoted field is never closed (a " without its closing ").');
  });
});
