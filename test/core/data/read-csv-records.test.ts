import { readCsvRecords } from "../../../src/core/data/read-csv-records";
import { createRecordSink } from "../../../src/core/data/record-sink";
import type { ReadContext } from "../../../src/core/data/read-context";
import type { ColumnRoles } from "../../../src/core/data/ingest-types";
import { encodeUtf8 } from "../../../src/core/data/utf8-encode";
import fc from "fast-check";
import { InputError } from "../../../src/core/errors";

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
    const csv = HEADER + "a,2018-10,Dover 001A,Drugs\na,2018-10,Dover 001A,Drugs\n,2018-10,Dover 001A,Anti-social behaviour\n,2018-10,Dover 001A,Anti-social behaviour\n";
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
    expect(() => read(HEADER, { month: 1 })).toThrow("x.csv: record-level data needs a period column (--period-column) and a category column (--category-column).");
  });

  it("reads records longer than the seam's first join, and than a whole piece, when cut into pieces", () => {
    const long = "Theft ".repeat(2000).trim();
    const csv = HEADER + `a,2018-10,Dover 001A,Drugs\nb,2018-11,Dover 001A,${long}\nc,2018-12,Dover 001A,"${long}"\nd,2019-01,Dover 001A,Robbery\n`;
    // Pieces of 3000 bytes (each shorter than a long record), then pieces of 5000 and 15000 bytes.
    for (const cuts of [Array.from({ length: 20 }, (_, k) => 40 + k * 3000), [40, 5040, 20040]]) {
      const ds = read(csv, ROLES, {}, cuts);
      expect(ds.categories).toEqual(["Drugs", long, "Robbery"]);
      expect([Array.from(ds.category), Array.from(ds.month)]).toEqual([[0, 1, 1, 2], [2018 * 12 + 9, 2018 * 12 + 10, 2018 * 12 + 11, 2019 * 12]]);
    }
  });

  it("reads a file cut into pieces anywhere - inside quotes, line ends and characters - as it reads it whole (property)", () => {
    const csv = HEADER + 'a,2018-10,Dover 001A,"Theft,\r\n ""x"""\r\nb,2018-11,Bwâu 002B,Drugs\n\nc,,Dover 001A,Drugs\nd,2018-12,,"Robbery"';
    const whole = read(csv);
    fc.assert(
      fc.property(fc.array(fc.nat(csv.length + 4), { maxLength: 6 }), (cuts) => {
        const cut = read(csv, ROLES, {}, cuts);
        expect([Array.from(cut.month), Array.from(cut.category), Array.from(cut.area), cut.categories, cut.areas, cut.dropped]).toEqual([
          Array.from(whole.month), Array.from(whole.category), Array.from(whole.area), whole.categories, whole.areas, whole.dropped,
        ]);
      }),
    );
    expect(whole.categories).toEqual(['Theft,\r\n "x"', "Drugs", "Robbery"]);
    expect(whole.dropped.reasons).toEqual([{ reason: "blank row", count: 1, firstRows: [4] }, { reason: "no month", count: 1, firstRows: [5] }]);
  });

  it("counts a long run of blank rows in one entry, with the first row numbers", () => {
    const ds = read(`${HEADER}${"\n".repeat(1000)}a,2018-10,Dover 001A,Drugs\n\n`, ROLES, {}, [500, 900]);
    expect(ds.dropped.reasons).toEqual([{ reason: "blank row", count: 1001, firstRows: [2, 3, 4, 5, 6] }]);
    expect(ds.length).toBe(1);
  });

  it("refuses a record that runs on past 64 MB across pieces instead of holding it all", () => {
    const piece = new Uint8Array(8 << 20).fill(0x61);
    const pieces = (function* () {
      yield encodeUtf8(HEADER);
      for (let i = 0; i < 10; i++) yield piece;
    })();
    const sink = createRecordSink({});
    expect(() => readCsvRecords(pieces, { sink, name: "x.csv", roles: ROLES, headerRow: 0, reason: (r) => r })).toThrow(
      "x.csv, row 2: one record runs on for more than 64 MB",
    );
  });
});
