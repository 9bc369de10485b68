import { readMatrix } from "../../../src/core/data/read-matrix";
import { createRecordSink } from "../../../src/core/data/record-sink";
import type { ReadContext } from "../../../src/core/data/read-context";
import type { ColumnRoles, Layout } from "../../../src/core/detect/ingest-types";
import { InputError } from "../../../src/core/errors";
import { inCliWords } from "../../cli/in-cli-words";

function read(values: unknown[][], layout: Layout, roles: ColumnRoles, extra: Partial<ReadContext> = {}, firstRow = 1) {
  const sink = createRecordSink({});
  readMatrix(values, layout, { sink, name: "Sheet1", roles, headerRow: 0, reason: (r) => r, ...extra }, firstRow);
  return sink.finish("");
}

const LONG: ColumnRoles = { month: 0, category: 1, area: 2, count: 3 };
const OCT = 2017 * 12 + 9;

describe("readMatrix", () => {
  it("reads long counts, with Excel serial months and counts written as text", () => {
    const ds = read(
      [
        ["Month", "Type", "Area", "Count"],
        [43009, "Burglary", "Dover", "1,204"],
      ],
      "long",
      LONG,
    );
    expect([ds.month[0], ds.categories[0], ds.areas[0], ds.count?.[0]]).toEqual([OCT, "Burglary", "Dover", 1204]);
  });

  it("reads a wide table, one record per month cell, leaving blank cells out and keeping zeros", () => {
    const roles: ColumnRoles = {
      category: 0,
      monthColumns: [
        { column: 1, month: OCT },
        { column: 2, month: OCT + 1 },
      ],
    };
    const ds = read(
      [
        ["Type", "Oct", "Nov"],
        ["Burglary", 5, ""],
        ["Drugs", 0, 2],
      ],
      "wide",
      roles,
    );
    expect(Array.from(ds.count ?? [])).toEqual([5, 0, 2]);
    expect(Array.from(ds.month)).toEqual([OCT, OCT, OCT + 1]);
  });

  it("counts blank rows, blank months, blank categories, blank counts and total rows as dropped, with their rows", () => {
    const values = [
      ["Month", "Type", "Area", "Count"],
      ["", "", "", ""],
      ["", "Burglary", "Dover", 3],
      ["2017-10", "", "Dover", 3],
      ["2017-10", "Burglary", "Dover", ""],
      ["2017-10", "Total", "Dover", 6],
      ["2017-10", "Burglary", "Dover", 3],
    ];
    const ds = read(values, "long", LONG, {}, 5);
    expect(ds.length).toBe(1);
    expect(ds.dropped.reasons).toEqual([
      { reason: "blank row", count: 1, firstRows: [6] },
      { reason: "no month", count: 1, firstRows: [7] },
      { reason: "no category", count: 1, firstRows: [8] },
      { reason: "no count", count: 1, firstRows: [9] },
      { reason: "total row", count: 1, firstRows: [10] },
    ]);
  });

  it("gives cells that differ only in spaces, or a number and its text, one category and one district", () => {
    const roles: ColumnRoles = { month: 0, category: 1, area: 2, areaIsLsoa: true };
    const values = [
      ["Month", "Crime type", "LSOA name"],
      ["2017-10", "Burglary", "Dover 001A"],
      ["2017-10", " Burglary ", "Dover 014C"],
      ["2017-10", "Burglary", " Dover 001A"],
      ["2017-10", 7, "Dover 001A"],
      ["2017-10", "7", ""],
      ["2017-10", "Drugs", "Dover 001A"],
    ];
    const ds = read(values, "record", roles);
    expect(ds.categories).toEqual(["Burglary", "7", "Drugs"]);
    expect(ds.areas).toEqual(["Dover", "Unknown area"]);
    expect(Array.from(ds.category)).toEqual([0, 0, 0, 1, 1, 2]);
    expect(Array.from(ds.area)).toEqual([0, 0, 0, 0, 1, 0]);
  });

  it("drops a wide row labelled All crime as a total row", () => {
    const roles: ColumnRoles = { category: 0, monthColumns: [{ column: 1, month: OCT }] };
    expect(
      read(
        [
          ["Type", "Oct"],
          ["All crime", 9],
        ],
        "wide",
        roles,
      ).dropped.reasons[0].reason,
    ).toBe("total row");
  });

  it.each([["#N/A"], ["-1"], ["lots"], [-3]])("stops at a count of %p, naming the sheet, row and value", (count) => {
    const values = [
      ["Month", "Type", "Area", "Count"],
      ["2017-10", "Burglary", "Dover", count],
    ];
    expect(() => read(values, "long", LONG)).toThrow(InputError);
    expect(() => inCliWords(() => read(values, "long", LONG))).toThrow(
      `Sheet1, row 2: the count ${JSON.stringify(count)} is not a number of zero or more; choose the column of counts (--count-column).`,
    );
  });

  it.each([
    ["0x10", "is written in hexadecimal, not decimal"],
    ["0b11", "is written in binary, not decimal"],
    ["0o17", "is written in octal, not decimal"],
    ["Infinity", "is not a finite number"],
    ["1e308", "is too large to be a count"],
    [1e308, "is too large to be a count"],
  ])(
    "refuses a count of %p naming the sheet, row and column, never reading it as a number (issue 23.5)",
    (count, problem) => {
      const values = [
        ["Month", "Type", "Area", "Count"],
        ["2017-10", "Burglary", "Dover", 1],
        ["2017-10", "Drugs", "Dover", count],
      ];
      expect(() => read(values, "long", LONG)).toThrow(`Sheet1, row 3: the count ${JSON.stringify(count)} ${problem}`);
      expect(() => inCliWords(() => read(values, "long", LONG))).toThrow(
        /write counts as decimal digits \(commas between thousands if any\), or choose another column \(--count-column\)\.$/,
      );
    },
  );

  it("reads counts written with thousands separators or an exponent as R writes them", () => {
    const values = [
      ["Month", "Type", "Area", "Count"],
      ["2017-10", "Burglary", "Dover", "1,204"],
      ["2017-11", "Burglary", "Dover", "1e+05"],
    ];
    expect(Array.from(read(values, "long", LONG).count ?? [])).toEqual([1204, 100000]);
  });

  it("stops at a month that cannot be read, naming the sheet, row and value", () => {
    const values = [
      ["Month", "Type"],
      ["2017-10", "Drugs"],
      ["13/13/2017", "Drugs"],
    ];
    expect(() => read(values, "record", { month: 0, category: 1 }, {}, 3)).toThrow(/^Sheet1, row 5: .*13\/13\/2017/);
  });

  it("reads records, taking districts from LSOA names and blank areas as Unknown area", () => {
    const values = [
      ["Month", "LSOA name", "Crime type"],
      ["2018-10", "Maidstone 014C", "Drugs"],
      ["2018-10", "", "Drugs"],
    ];
    expect(read(values, "record", { month: 0, area: 1, category: 2, areaIsLsoa: true }).areas).toEqual([
      "Maidstone",
      "Unknown area",
    ]);
  });

  it("drops repeated IDs when counting distinct IDs, but never blank IDs", () => {
    const values = [
      ["ID", "Month", "Type"],
      ["a", "2018-10", "Drugs"],
      ["a", "2018-10", "Drugs"],
      ["", "2018-10", "Anti-social behaviour"],
      ["", "2018-10", "Anti-social behaviour"],
    ];
    const ds = read(values, "record", { id: 0, month: 1, category: 2 }, { seenIds: new Set() });
    expect(ds.length).toBe(3);
    expect(ds.dropped.reasons).toEqual([{ reason: "duplicate crime ID", count: 1, firstRows: [3] }]);
  });

  it("says which role is missing when a layout needs it", () => {
    expect(() => read([["A"]], "record", {})).toThrow(
      "Sheet1: no column holds the period (a month, date, quarter or year); choose it (--period-column on the command line, the column roles in the wizard).",
    );
    expect(() => read([["A"]], "long", { month: 0 })).toThrow(
      "Sheet1: no column holds the count; choose it (--count-column on the command line, the column roles in the wizard).",
    );
    expect(() => read([["A"]], "wide", {})).toThrow("Sheet1: a wide table needs columns headed by months.");
  });
});
