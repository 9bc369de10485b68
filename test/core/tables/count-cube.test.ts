import fc from "fast-check";
import { countCube } from "../../../src/core/tables/count-cube";
import { cubeSum } from "../../../src/core/tables/cube-sum";
import { cubeSeries } from "../../../src/core/tables/cube-series";
import { monthIndex } from "../../../src/core/periods/month-index";
import { countsDataset, datasetOf, policeRows } from "./police-uk-fixture";

const kentRows = policeRows("kent");
const kent = datasetOf(kentRows);

describe("countCube", () => {
  it("is built once per Dataset and reused", () => {
    expect(countCube(kent)).toBe(countCube(kent));
  });

  it("spans the Kent files' months, October 2018 to February 2019", () => {
    const cube = countCube(kent);
    expect([cube.firstMonth, cube.lastMonth, cube.monthCount]).toEqual([monthIndex(2018, 10), monthIndex(2019, 2), 5]);
  });

  it("holds every Kent row: the grand total equals the number of data lines", () => {
    const cube = countCube(kent);
    expect(cubeSum(cube, { months: [cube.firstMonth, cube.lastMonth] })).toBe(kentRows.length);
    expect(kentRows.length).toBe(75735); // shared/data/README.md
  });

  it("counts Maidstone's burglaries in December 2018 as the raw lines do", () => {
    const cube = countCube(kent);
    const expected = kentRows.filter(
      (r) => r.district === "Maidstone" && r.type === "Burglary" && r.month === "2018-12",
    ).length;
    const maidstone = cube.areas.indexOf("Maidstone");
    const burglary = cube.categories.indexOf("Burglary");
    const m = monthIndex(2018, 12);
    expect(cubeSum(cube, { areas: [maidstone], categories: [burglary], months: [m, m] })).toBe(expected);
  });

  it("gives the half-size Kent December 2018 month in a monthly series (8,438 rows)", () => {
    const cube = countCube(kent);
    expect(cubeSeries(cube, null, null, cube.firstMonth, cube.lastMonth)[2]).toBe(8438);
  });

  it("adds counts from a counts column and ignores NaN counts", () => {
    const ds = countsDataset([
      ["2020-01", "A", "X", 5],
      ["2020-01", "A", "X", 2.5],
      ["2020-03", "A", "X", NaN],
    ]);
    const cube = countCube(ds);
    expect(cubeSeries(cube, null, null, monthIndex(2020, 1), monthIndex(2020, 3))).toEqual([7.5, 0, 0]);
  });

  it("counts months outside the data as 0", () => {
    const cube = countCube(kent);
    expect(cubeSum(cube, { months: [monthIndex(2010, 1), monthIndex(2010, 12)] })).toBe(0);
  });

  it("always adds up to the sum of the records' counts, however the records fall", () => {
    const record = fc.tuple(
      fc.integer({ min: 0, max: 30 }),
      fc.constantFrom("A", "B", "C"),
      fc.constantFrom("X", "Y"),
      fc.integer({ min: 0, max: 9 }),
    );
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 60 }), (records) => {
        const entries = records.map(
          ([m, c, a, n]) =>
            [`${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`, c, a, n] as [
              string,
              string,
              string,
              number,
            ],
        );
        const cube = countCube(countsDataset(entries));
        const total = records.reduce((s, r) => s + r[3], 0);
        return cubeSum(cube, { months: [cube.firstMonth, cube.lastMonth] }) === total;
      }),
    );
  });
});
