import { readCsvRecords } from "../../../src/core/data/read-csv-records";
import { createRecordSink } from "../../../src/core/data/record-sink";
import type { ReadContext } from "../../../src/core/data/read-context";
import type { ColumnRoles } from "../../../src/core/detect/ingest-types";
import { encodeUtf8 } from "../../../src/core/bytes/utf8-encode";
import fc from "fast-check";
import { InputError } from "../../../src/core/errors";
import { readRecordPart } from "../../../src/core/csv/read-record-part";
import type { LaterBytes } from "../../../src/core/detect/ingest-types";
import { inCliWords } from "../../cli/in-cli-words";

const ROLES: ColumnRoles = { id: 0, month: 1, area: 2, category: 3, areaIsLsoa: true };
const HEADER = "Crime ID,Month,LSOA name,Crime type\n";

function read(csv: string, roles = ROLES, extra: Partial<ReadContext> = {}, cuts: number[] = []) {
  const sink = createRecordSink({ Shepway: "Folkestone and Hythe" });
  const bytes = encodeUtf8(csv);
  const ends = [...cuts.filter((c) => c < bytes.length).sort((a, b) => a - b), bytes.length];
  const pieces = ends.map((end, k) => bytes.slice(k === 0 ? 0 : ends[k - 1], end));
  readCsvRecords(pieces, { sink, name: "x.csv", roles, headerRow: 0, reason: (r) => r, ...extra });
  return sink.finish("");
}

describe("readCsvRecords", () => {
  it("reads months, district from the LSOA name (renamed) and crime types straight from the bytes", () => {
    const ds = read(HEADER + "a,2018-10,Shepway 001A,Drugs\nb,2018-11,Maidstone 014C,Burglary\n");
    expect(Array.from(ds.month)).toEqual([2018 * 12 + 9, 2018 * 12 + 10]);
    expect(ds.areas).toEqual(["Folkestone and Hythe", "Maidstone"]);
    expect(ds.categories).toEqual(["Drugs", "Burglary"]);
  });

  it("reads months written in other forms, and quoted fields with commas", () => {
    const ds = read(HEADER + 'a,01/10/2018,Dover 001A,"Theft, ""other"""\n');
    expect([ds.month[0], ds.categories[0]]).toEqual([2018 * 12 + 9, 'Theft, "other"']);
  });

  it("counts blank rows, rows with no month and rows with no crime type, with their row numbers", () => {
    const ds = read(HEADER + "a,2018-10,Dover 001A,Drugs\n\n,,Dover 001A,Drugs\nc,2018-10,Dover 001A,\nshort\n");
    expect(ds.length).toBe(1);
    expect(ds.dropped.reasons).toEqual([
      { reason: "blank row", count: 1, firstRows: [3] },
      { reason: "no month", count: 2, firstRows: [4, 6] },
      { reason: "no crime type", count: 1, firstRows: [5] },
    ]);
  });

  it("stops at a month that cannot be read, naming the file, row and value", () => {
    const csv = HEADER + "a,2018-10,Dover 001A,Drugs\nb,2018-13,Dover 001A,Drugs\n";
    expect(() => read(csv)).toThrow(InputError);
    expect(() => read(csv)).toThrow(/^x\.csv, row 3: .*"2018-13"/);
  });

  it("drops repeated crime IDs only when counting distinct IDs, never blank IDs", () => {
    const csv =
      HEADER +
      "a,2018-10,Dover 001A,Drugs\na,2018-10,Dover 001A,Drugs\n,2018-10,Dover 001A,Anti-social behaviour\n,2018-10,Dover 001A,Anti-social behaviour\n";
    expect(read(csv).length).toBe(4);
    const distinct = read(csv, ROLES, { seenIds: new Set() });
    expect(distinct.length).toBe(3);
    expect(distinct.dropped.reasons).toEqual([{ reason: "duplicate crime ID", count: 1, firstRows: [3] }]);
  });

  it("puts every record in All areas when no column holds the area", () => {
    expect(read("Month,Type\n2018-10,Drugs\n", { month: 0, category: 1 }).areas).toEqual(["All areas"]);
  });

  it("skips rows above the header row", () => {
    expect(read("Title\n" + HEADER + "a,2018-10,Dover 001A,Drugs\n", ROLES, { headerRow: 1 }).length).toBe(1);
  });

  it("needs a period column and a category column, naming the flags that choose them", () => {
    expect(() => inCliWords(() => read(HEADER, { month: 1 }))).toThrow(
      "x.csv: record-level data needs a period column (--period-column) and a category column (--category-column).",
    );
  });

  it("reads records longer than the seam's first join, and than a whole piece, when cut into pieces", () => {
    const long = "Theft ".repeat(2000).trim();
    const csv =
      HEADER +
      `a,2018-10,Dover 001A,Drugs\nb,2018-11,Dover 001A,${long}\nc,2018-12,Dover 001A,"${long}"\nd,2019-01,Dover 001A,Robbery\n`;
    // Pieces of 3000 bytes (each shorter than a long record), then pieces of 5000 and 15000 bytes.
    for (const cuts of [Array.from({ length: 20 }, (_, k) => 40 + k * 3000), [40, 5040, 20040]]) {
      const ds = read(csv, ROLES, {}, cuts);
      expect(ds.categories).toEqual(["Drugs", long, "Robbery"]);
      expect([Array.from(ds.category), Array.from(ds.month)]).toEqual([
        [0, 1, 1, 2],
        [2018 * 12 + 9, 2018 * 12 + 10, 2018 * 12 + 11, 2019 * 12],
      ]);
    }
  });

  it("reads a file cut into pieces anywhere - inside quotes, line ends and characters - as it reads it whole (property)", () => {
    const csv =
      HEADER +
      'a,2018-10,Dover 001A,"Theft,\r\n ""x"""\r\nb,2018-11,Bwâu 002B,Drugs\n\nc,,Dover 001A,Drugs\nd,2018-12,,"Robbery"';
    const whole = read(csv);
    fc.assert(
      fc.property(fc.array(fc.nat(csv.length + 4), { maxLength: 6 }), (cuts) => {
        const cut = read(csv, ROLES, {}, cuts);
        expect([
          Array.from(cut.month),
          Array.from(cut.category),
          Array.from(cut.area),
          cut.categories,
          cut.areas,
          cut.dropped,
        ]).toEqual([
          Array.from(whole.month),
          Array.from(whole.category),
          Array.from(whole.area),
          whole.categories,
          whole.areas,
          whole.dropped,
        ]);
      }),
    );
    expect(whole.categories).toEqual(['Theft,\r\n "x"', "Drugs", "Robbery"]);
    expect(whole.dropped.reasons).toEqual([
      { reason: "blank row", count: 1, firstRows: [4] },
      { reason: "no month", count: 1, firstRows: [5] },
    ]);
  });

  it("counts a long run of blank rows in one entry, with the first row numbers", () => {
    const ds = read(`${HEADER}${"\n".repeat(1000)}a,2018-10,Dover 001A,Drugs\n\n`, ROLES, {}, [500, 900]);
    expect(ds.dropped.reasons).toEqual([{ reason: "blank row", count: 1001, firstRows: [2, 3, 4, 5, 6] }]);
    expect(ds.length).toBe(1);
  });

  it("refuses a record that runs on past 16 MB across pieces at once, naming its row, instead of holding it all (issue 23.4)", () => {
    const piece = new Uint8Array(1 << 20).fill(0x61);
    let given = 0;
    const pieces = (function* () {
      yield encodeUtf8(HEADER + "a,2018-10,Dover 001A,Drugs\n");
      for (; given < 60; given++) yield piece;
    })();
    const sink = createRecordSink({});
    expect(() => readCsvRecords(pieces, { sink, name: "x.csv", roles: ROLES, headerRow: 0, reason: (r) => r })).toThrow(
      "x.csv, row 3: one record runs on for more than 16 MB (a quoted field never closed, or not a CSV file); check the file.",
    );
    // Refused once the limit is passed, not after reading the whole 60 MB line.
    expect(given).toBeLessThan(20);
  });

  it("refuses a record over 16 MB in bytes read whole, naming its row (issue 23.4)", () => {
    const bytes = new Uint8Array((17 << 20) + HEADER.length);
    bytes.set(encodeUtf8(HEADER));
    bytes.fill(0x61, HEADER.length);
    const sink = createRecordSink({});
    expect(() =>
      readCsvRecords([bytes], { sink, name: "x.csv", roles: ROLES, headerRow: 0, reason: (r) => r }),
    ).toThrow("x.csv, row 2: one record runs on for more than 16 MB");
  });

  describe("with any mix of line ends (issue 23.1)", () => {
    const quote = (f: string): string => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
    const RECORD = fc.record({
      id: fc.constantFrom("", "a1", "b2"),
      month: fc.constantFrom("2018-10", "2018-11", "2019-01", ""),
      area: fc.constantFrom("Dover 001A", "Swale 002B", ""),
      type: fc.constantFrom("Drugs", "Theft, other", 'say "hi"', "a\rb", "a\nb", "a\r\nb", "\r", ""),
    });
    const LINE = fc.tuple(fc.oneof(RECORD, fc.constant(null)), fc.constantFrom("\n", "\r\n", "\r"));
    /** The lines written with the line ends given, and with LF alone: a blank line after a lone CR never ends in LF alone (that would be one CRLF). */
    function written(
      lines: [{ id: string; month: string; area: string; type: string } | null, string][],
      lastEnd: boolean,
    ): [string, string] {
      let mixed = HEADER;
      let plain = HEADER;
      lines.forEach(([r, end], k) => {
        const text = r === null ? "" : [r.id, r.month, r.area, r.type].map(quote).join(",");
        const safe = text === "" && end === "\n" && mixed.endsWith("\r") ? "\r\n" : end;
        const last = k === lines.length - 1 && !lastEnd;
        mixed += text + (last ? "" : safe);
        plain += text + (last ? "" : "\n");
      });
      return [mixed, plain];
    }

    it("reads the same Dataset as with LF line ends, whole and in pieces cut anywhere (property)", () => {
      fc.assert(
        fc.property(
          fc.array(LINE, { maxLength: 12 }),
          fc.boolean(),
          fc.array(fc.nat(400), { maxLength: 3 }),
          (lines, lastEnd, cuts) => {
            const [mixed, plain] = written(lines, lastEnd);
            const truth = read(plain);
            const whole = (d: ReturnType<typeof read>) => [
              Array.from(d.month),
              Array.from(d.category),
              Array.from(d.area),
              d.categories,
              d.areas,
              d.dropped,
            ];
            expect(whole(read(mixed))).toEqual(whole(truth));
            expect(whole(read(mixed, ROLES, {}, cuts))).toEqual(whole(truth));
          },
        ),
        { numRuns: 300 },
      );
    });

    it("reads all three records of a file of lone CRs, and every record of CR, LF and CRLF lines mixed", () => {
      expect(
        read(
          HEADER.replace("\n", "\r") +
            "a,2018-10,Dover 001A,Drugs\rb,2018-11,Dover 001A,Drugs\rc,2018-12,Dover 001A,Arson\r",
        ).length,
      ).toBe(3);
      const mixed =
        HEADER +
        "a,2018-10,Dover 001A,Drugs\r\nb,2018-11,Dover 001A,Drugs\rc,2018-12,Dover 001A,Arson\nd,2019-01,Dover 001A,Arson\r";
      expect(read(mixed).length).toBe(4);
    });
  });

  describe("with the later bytes read by another thread", () => {
    /** The later bytes from `cut`, read by `readRecordPart` as the worker would (on this thread), noting what was used. */
    function laterFrom(bytes: Uint8Array, cut: number, used: string[]): LaterBytes {
      let part: LaterBytes["part"] = () => undefined;
      return {
        get pieces() {
          used.push("pieces");
          return [bytes.slice(cut)];
        },
        begin(spec) {
          part = () => (used.push("part"), readRecordPart([bytes.slice(cut)], spec));
        },
        part: () => part(),
        cancel: () => void used.push("cancel"),
      };
    }

    function readInTwo(csv: string, cut: number, used: string[] = [], extra: Partial<ReadContext> = {}, roles = ROLES) {
      const sink = createRecordSink({ Shepway: "Folkestone and Hythe" });
      const bytes = encodeUtf8(csv);
      readCsvRecords(
        [bytes.slice(0, cut)],
        { sink, name: "x.csv", roles, headerRow: 0, reason: (r) => r, ...extra },
        laterFrom(bytes, cut, used),
      );
      return sink.finish("");
    }

    const whole = (d: ReturnType<typeof read>) => [
      Array.from(d.month),
      Array.from(d.category),
      Array.from(d.area),
      d.categories,
      d.areas,
      d.areaCodes,
      d.dropped,
    ];
    const CSV =
      HEADER +
      'a,2018-10,Dover 001A,"Theft,\r\n ""x"""\r\nb,2018-11,Bwâu 002B,Drugs\n\nc,,Dover 001A,Drugs\nd,2018-12,,"Robbery"\r\n' +
      'e,2018-12,Shepway 003C,Drugs\n\n\nf,2018-10,Dover 001A,\n\uFEFF\ng,2019-01,Maidstone 014C,"Theft,\r\n ""x"""\nh,2019-01,Ashford 001A,Arson\n';

    it("takes in the later part so the records, names, ids and dropped rows are those of one reading, wherever a line ends", () => {
      const one = read(CSV);
      const bytes = encodeUtf8(CSV);
      for (let cut = HEADER.length; cut < bytes.length; cut++) {
        if (bytes[cut - 1] !== 0x0a) continue;
        const used: string[] = [];
        expect(whole(readInTwo(CSV, cut, used))).toEqual(whole(one));
        // Cut between records, the part is used; cut inside the quoted field, the bytes are read here.
        const inQuotes = CSV.slice(0, cut).split('"').length % 2 === 0;
        expect(used).toEqual(inQuotes ? ["cancel", "pieces"] : ["part"]);
      }
      expect(one.categories).toEqual(['Theft,\r\n "x"', "Drugs", "Robbery", "Arson"]);
      expect(one.areas).toEqual(["Dover", "Bwâu", "Unknown area", "Folkestone and Hythe", "Maidstone", "Ashford"]);
      // A record of a byte order mark alone, just after a cut, is a row with no month (not a blank row) either way.
      expect(one.dropped.reasons.map((r) => [r.reason, r.firstRows])).toEqual([
        ["blank row", [4, 8, 9]],
        ["no month", [5, 11]],
        ["no crime type", [10]],
      ]);
    });

    it("takes in the later part as one reading whatever ends each line, the cut just after any LF (issue 23.1)", () => {
      const ends = ["\n", "\r\n", "\r"];
      const csv =
        HEADER.replace("\n", "\r") +
        Array.from(
          { length: 30 },
          (_, k) =>
            `${k},2019-0${1 + (k % 9)},${["Dover", "Swale"][k % 2]} 001A,${k % 4 === 0 ? '"a\rb"' : "Drugs"}${ends[(k * 7) % 3]}`,
        ).join("");
      const one = read(csv);
      expect(one.length).toBe(30);
      const bytes = encodeUtf8(csv);
      for (let cut = HEADER.length; cut < bytes.length; cut++) {
        if (bytes[cut - 1] !== 0x0a) continue;
        const used: string[] = [];
        expect(whole(readInTwo(csv, cut, used))).toEqual(whole(one));
        expect(used).toEqual(["part"]);
      }
    });

    it("reads as one reading does with a filter, and with LSOAs and their codes kept", () => {
      const roles: ColumnRoles = { id: 0, month: 1, area: 2, category: 3, areaCode: 4, areaIsLsoa: true };
      const csv =
        "Crime ID,Month,LSOA name,Crime type,LSOA code\n" +
        Array.from(
          { length: 40 },
          (_, k) =>
            `${k},2019-0${1 + (k % 9)},${["Dover", "Swale", "Thanet"][k % 3]} 00${k % 4}A,${k % 5 === 0 ? "Arson" : "Drugs"},${k % 7 === 0 ? "" : `E0${k % 12}`}\n`,
        ).join("");
      const extras: Partial<ReadContext>[] = [
        { filters: [{ column: 3, value: "arson", label: "Crime type=arson" }] },
        { keepLsoas: true },
      ];
      for (const extra of extras) {
        const sink = createRecordSink({});
        readCsvRecords([encodeUtf8(csv)], { sink, name: "x.csv", roles, headerRow: 0, reason: (r) => r, ...extra });
        const one = sink.finish("");
        for (const cut of [csv.indexOf("\n2,") + 1, csv.indexOf("\n17,") + 1, csv.lastIndexOf("\n39,") + 1]) {
          const used: string[] = [];
          const two = readInTwo(csv, encodeUtf8(csv.slice(0, cut)).length, used, extra, roles);
          expect([used, whole(two)]).toEqual([["part"], whole(one)]);
        }
      }
    });

    it("names the same row for a month that cannot be read in the later part", () => {
      const csv = HEADER + "a,2018-10,Dover 001A,Drugs\nb,2018-11,Dover 001A,Drugs\nc,2018-13,Dover 001A,Drugs\n";
      expect(() => read(csv)).toThrow("x.csv, row 4:");
      expect(() => readInTwo(csv, csv.indexOf("b,"))).toThrow(
        new InputError(
          (() => {
            try {
              read(csv);
            } catch (e) {
              return (e as Error).message;
            }
            return "";
          })(),
        ),
      );
    });

    it("reads the later bytes here when the other thread gives no part (it failed)", () => {
      const sink = createRecordSink({});
      const bytes = encodeUtf8(HEADER + 'a,2018-10,Dover 001A,Drugs\nb,2018-11,Dover 001A,"Drugs"x\n');
      const later: LaterBytes = {
        pieces: [bytes.slice(HEADER.length + 27)],
        begin() {},
        part: () => undefined,
        cancel() {},
      };
      expect(() =>
        readCsvRecords(
          [bytes.slice(0, HEADER.length + 27)],
          { sink, name: "x.csv", roles: ROLES, headerRow: 0, reason: (r) => r },
          later,
        ),
      ).toThrow("x.csv, row 3, field 4: text follows a closing quote");
    });
  });
});
