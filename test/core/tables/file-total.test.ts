import { withoutFileTotal } from "../../../src/core/tables/file-total";
import { countCube } from "../../../src/core/tables/count-cube";
import { InputError } from "../../../src/core/errors";
import type { Dataset } from "../../../src/core/data/dataset";
import { monthIndex } from "../../../src/core/periods/month-index";

/** Seed 3.2's first three districts and a total row, as yearly records starting in September. */
function admissions(total2016: number): Dataset {
  const rows: [number, string, number][] = [
    [2015, "Ashford", 37],
    [2016, "Ashford", 26],
    [2015, "Canterbury", 32],
    [2016, "Canterbury", 25],
    [2015, "Dartford", 36],
    [2016, "Dartford", 38],
    [2015, "All Kent", 105],
    [2016, "All Kent", total2016],
  ];
  const areas = ["Ashford", "Canterbury", "Dartford", "All Kent"];
  return {
    length: rows.length,
    month: Int32Array.from(rows.map(([y]) => monthIndex(y, 9))),
    category: new Int32Array(rows.length),
    area: Int32Array.from(rows.map(([, a]) => areas.indexOf(a))),
    count: Float64Array.from(rows.map(([, , n]) => n)),
    categories: ["Admissions"],
    areas,
    source: "test",
    dropped: { total: 0, reasons: [] },
    periodUnit: "year",
    yearStart: 9,
  };
}

describe("withoutFileTotal", () => {
  it("leaves out the file's All Kent row when the districts add up to it", () => {
    const cube = withoutFileTotal(countCube(admissions(89)), "All Kent");
    expect(cube.areas).toEqual(["Ashford", "Canterbury", "Dartford"]);
    expect(Array.from(cube.counts).filter((n) => n > 0)).toEqual([37, 26, 32, 25, 36, 38]);
  });

  it("matches the label by name, whatever its case and spacing", () => {
    expect(withoutFileTotal(countCube(admissions(89)), " all kent ").areas).toHaveLength(3);
  });

  it("refuses a total row the other rows do not add up to, naming the period and both numbers", () => {
    expect(() => withoutFileTotal(countCube(admissions(90)), "All Kent")).toThrow(InputError);
    expect(() => withoutFileTotal(countCube(admissions(90)), "All Kent")).toThrow(
      /Sep 2016 holds 90 there and 89 in the other rows/,
    );
  });

  it("returns the cube as it is without a label or without a row of that name", () => {
    const cube = countCube(admissions(90));
    expect(withoutFileTotal(cube, null)).toBe(cube);
    expect(withoutFileTotal(cube, "Force")).toBe(cube);
  });
});
