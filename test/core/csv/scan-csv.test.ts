import fc from "fast-check";
import { scanCsv, type ScanOptions } from "../../../src/core/csv/scan-csv";
import { fieldText } from "../../../src/core/csv/field-text";
import { encodeUtf8 } from "../../../src/core/bytes/utf8-encode";

/** The text of the first `wanted` fields of every record, scanning `bytes` as given. */
function texts(bytes: Uint8Array, wanted: number, options: ScanOptions = {}): string[][] {
  const rows: string[][] = [];
  scanCsv(bytes, (r) => void rows.push(Array.from({ length: r.fieldCount }, (_, f) => fieldText(bytes, r, f))), {
    ...options,
    fieldsWanted: wanted,
  });
  return rows;
}

/** Any table of fields made of the characters that matter to CSV, written out by the RFC 4180 rules. */
const TABLE = fc.array(
  fc.array(fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r\n", " ", "é") }), { minLength: 3, maxLength: 5 }),
  { minLength: 1, maxLength: 5 },
);
const quote = (f: string): string => (/[",\r\n]/.test(f) || f === "" ? `"${f.replace(/"/g, '""')}"` : f);
const written = (rows: string[][]): string => rows.map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n";

describe("scanCsv", () => {
  it("numbers records as a spreadsheet numbers rows, even when a field spans lines", () => {
    const rows: [number, number][] = [];
    scanCsv(encodeUtf8('h1,h2\n"a\nb",c\nd,e\n'), (r) => void rows.push([r.row, r.fieldCount]));
    expect(rows).toEqual([
      [1, 2],
      [2, 2],
      [3, 2],
    ]);
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

  it("does not end a record at a quoted line break in a column it was not asked for", () => {
    const bytes = encodeUtf8('Month,Type,Context\n2018-10,Drugs,"seen at 10pm,\nnear the station"\n2018-11,Robbery,\n');
    expect(texts(bytes, 2)).toEqual([
      ["Month", "Type"],
      ["2018-10", "Drugs"],
      ["2018-11", "Robbery"],
    ]);
  });

  it("ends a record at a lone CR, an LF or a CRLF in any mix, and keeps each inside quotes as text (issue 23.1)", () => {
    expect(texts(encodeUtf8("a\rb,c\r\nd\r,e\n"), 2)).toEqual([["a"], ["b", "c"], ["d"], ["", "e"]]);
    expect(texts(encodeUtf8('"x\ry",1\r"p\r\nq",2\n"\n",3\r\n'), 2)).toEqual([
      ["x\ry", "1"],
      ["p\r\nq", "2"],
      ["\n", "3"],
    ]);
  });

  it("reads any table as it was written whatever ends each line, whole or cut into two anywhere (property)", () => {
    const LINE_END = fc.constantFrom("\n", "\r\n", "\r");
    fc.assert(
      fc.property(TABLE, fc.array(LINE_END, { minLength: 5, maxLength: 5 }), fc.nat(), (rows, ends, at) => {
        // A line of one empty field is written quoted (""), so a lone CR before it is not taken with its LF for a CRLF.
        const bytes = encodeUtf8(rows.map((r, k) => r.map(quote).join(",") + ends[k]).join(""));
        expect(texts(bytes, 9)).toEqual(rows);
        const cut = at % (bytes.length + 1);
        const first = bytes.slice(0, cut);
        const got = texts(first, 9, { final: false });
        const used = scanCsv(first, () => undefined, { final: false });
        got.push(
          ...texts(new Uint8Array([...first.subarray(used), ...bytes.subarray(cut)]), 9, { rowsBefore: got.length }),
        );
        expect(got).toEqual(rows);
      }),
    );
  });

  it("splits fields at the delimiter it is given, such as a tab or a semicolon", () => {
    expect(texts(encodeUtf8('a\tb,c\t"d\te"\r1\t2\n'), 9, { delimiter: 0x09 })).toEqual([
      ["a", "b,c", "d\te"],
      ["1", "2"],
    ]);
    expect(texts(encodeUtf8("a;b\r\n1;2"), 9, { delimiter: 0x3b })).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("locates the first fields of any table as they were written, however many it is asked for (property)", () => {
    fc.assert(
      fc.property(TABLE, fc.integer({ min: 1, max: 5 }), (rows, wanted) => {
        expect(texts(encodeUtf8(written(rows)), wanted)).toEqual(rows.map((r) => r.slice(0, wanted)));
      }),
    );
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
    scanCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), (r) => void rows.push(r.row, r.ends[0] - r.starts[0]), {
      rowsBefore: 7,
    });
    expect(rows).toEqual([8, 4]);
  });

  it("reads a table cut anywhere into two pieces as it was written, carrying the unfinished record over (property)", () => {
    fc.assert(
      fc.property(TABLE, fc.nat(), (rows, at) => {
        const bytes = encodeUtf8(written(rows));
        const cut = at % (bytes.length + 1);
        const first = bytes.slice(0, cut);
        const got = texts(first, 9, { final: false });
        const used = scanCsv(first, () => undefined, { final: false });
        const rest = new Uint8Array([...first.subarray(used), ...bytes.subarray(cut)]);
        got.push(...texts(rest, 9, { rowsBefore: got.length }));
        expect(got).toEqual(rows);
      }),
    );
  });

  it("names the row of a quoted field never closed by the end of the file", () => {
    expect(() => scanCsv(encodeUtf8('a\nb\n"c'), () => undefined, { label: "f.csv" })).toThrow(
      'f.csv, row 3: a quoted field is never closed (a " without its closing ").',
    );
  });
});
