import fc from "fast-check";
import { buildDataset } from "../../../src/core/data/build-dataset";
import { datasetFromColumns } from "../../../src/core/data/dataset-from-columns";
import { countCube } from "../../../src/core/tables/count-cube";
import { monthIndex } from "../../../src/core/periods/month-index";

const columns = (rows: string[][]) => ({
  name: "months",
  length: rows.length,
  month: (r: number) => rows[r][0],
  category: (r: number) => rows[r][1],
  area: (r: number) => rows[r][2],
});
const run = monthIndex(2026, 12);

describe("datasetFromColumns", () => {
  it("counts LSOA names in their district, renames Shepway, and puts a row without an area in Unknown area", () => {
    const dataset = datasetFromColumns(
      columns([
        ["2018-10", "Burglary", "Maidstone 014C"],
        ["2018-10", "Robbery", "Shepway 003A"],
        ["2018-11", "Burglary", ""],
      ]),
      { runMonth: run },
    );
    expect(dataset.areas).toEqual(["Maidstone", "Folkestone and Hythe", "Unknown area"]);
    expect(dataset.categories).toEqual(["Burglary", "Robbery"]);
    expect([...dataset.month]).toEqual([monthIndex(2018, 10), monthIndex(2018, 10), monthIndex(2018, 11)]);
    expect(dataset.kind).toBe("crimes");
  });

  it("drops and counts blank rows and rows without a month or a category, as readMatrix does", () => {
    const dataset = datasetFromColumns(
      columns([
        ["2018-10", "Burglary", "Swale"],
        ["", "", ""],
        ["", "Robbery", "Swale"],
        ["2018-10", "", "Swale"],
      ]),
      { runMonth: run },
    );
    expect(dataset.length).toBe(1);
    expect(dataset.dropped.reasons).toEqual([
      { reason: "blank row", count: 1, firstRows: [2] },
      { reason: "no month", count: 1, firstRows: [3] },
      { reason: "no category", count: 1, firstRows: [4] },
    ]);
  });

  it("names the columns and row before the month reader's message", () => {
    expect(() =>
      datasetFromColumns(
        columns([
          ["2018-10", "Burglary", "Swale"],
          ["2018-13", "Burglary", "Swale"],
        ]),
        { runMonth: run },
      ),
    ).toThrow('months, row 2: "2018-13" is not a date: there is no month 13.');
  });

  it('reads anti-social behaviour alone as incidents, and one category "All" when there is no category column', () => {
    expect(datasetFromColumns(columns([["2018-10", "Anti-social behaviour", "Swale"]]), { runMonth: run }).kind).toBe(
      "asb",
    );
    const months = datasetFromColumns(
      { name: "months", length: 2, month: (r) => ["2018-10", "2018-11"][r] },
      { runMonth: run },
    );
    expect([months.categories, months.areas, months.length]).toEqual([["All"], ["All areas"], 2]);
  });

  it("gives the counts buildDataset gives for the same rows written as a CSV", () => {
    const row = fc.tuple(
      fc.integer({ min: 0, max: 30 }),
      fc.constantFrom("Burglary", "Robbery", "Drugs", ""),
      fc.constantFrom("Maidstone 001A", "Swale 002B", "Dover", ""),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (picked) => {
        const rows = picked.map(([k, type, area]) => [
          `${2016 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`,
          type,
          area,
        ]);
        const csv = ["Month,Crime type,LSOA name", ...rows.map((r) => r.join(","))].join("\n");
        const fromCsv = buildDataset(
          { name: "x.csv", csv },
          { layout: "record", roles: { month: 0, category: 1, area: 2, areaIsLsoa: true }, runMonth: run },
        );
        const fromColumns = datasetFromColumns(columns(rows), { runMonth: run });
        const cube = (d: typeof fromCsv) => ({ ...countCube(d), counts: [...countCube(d).counts] });
        expect(cube(fromColumns)).toEqual(cube(fromCsv));
        expect(fromColumns.dropped.total).toBe(fromCsv.dropped.total);
      }),
    );
  });
});
