import fc from "fast-check";
import { parseCsv } from "../../../src/core/csv/parse-csv";
import { InputError } from "../../../src/core/errors";

describe("parseCsv", () => {
  it("splits plain fields and records", () => {
    expect(parseCsv("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("keeps commas, line breaks and doubled quotes inside quoted fields", () => {
    expect(parseCsv('name,note\n"Smith, J","line one\nline two"\n"say ""hi""",x')).toEqual([
      ["name", "note"],
      ["Smith, J", "line one\nline two"],
      ['say "hi"', "x"],
    ]);
  });

  it("skips a byte order mark and reads CRLF line ends", () => {
    expect(parseCsv("\uFEFFMonth,Count\r\n2017-10,5\r\n")).toEqual([
      ["Month", "Count"],
      ["2017-10", "5"],
    ]);
  });

  it("reads a last record with no final line break, and empty fields at either end", () => {
    expect(parseCsv(",a,\n,,")).toEqual([
      ["", "a", ""],
      ["", "", ""],
    ]);
  });

  it("reads a blank line as a record of one empty field", () => {
    expect(parseCsv("a\n\nb\n")).toEqual([["a"], [""], ["b"]]);
  });

  it("reads an empty quoted field and a quoted field at the end of the input", () => {
    expect(parseCsv('"",b\n"x"')).toEqual([["", "b"], ["x"]]);
  });

  it("reads non-ASCII text from text and from UTF-8 bytes alike", () => {
    const text = "place\nClos Y Bwâu\n";
    expect(parseCsv(text)).toEqual([["place"], ["Clos Y Bwâu"]]);
    expect(parseCsv(new Uint8Array(Buffer.from(text, "utf8")))).toEqual([["place"], ["Clos Y Bwâu"]]);
  });

  it("rejects a quoted field that is never closed, naming the row", () => {
    expect(() => parseCsv('a\n"open,b\nc', "x.csv")).toThrow(
      new InputError('x.csv, row 2: a quoted field is never closed (a " without its closing ").'),
    );
  });

  it("rejects text after a closing quote, naming the row and field", () => {
    expect(() => parseCsv('a,b\n1,"2"x\n', "x.csv")).toThrow(/x\.csv, row 2, field 2: text follows a closing quote/);
  });

  it("gives back any table written out by the RFC 4180 rules (property)", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r\n", " ", "é") });
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, (rows) => {
        const quote = (f: string): string => `"${f.replace(/"/g, '""')}"`;
        const text = rows.map((r) => r.map(quote).join(",")).join("\r\n");
        expect(parseCsv(text)).toEqual(rows);
      }),
    );
  });
});
