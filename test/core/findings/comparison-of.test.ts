import { comparisonOf } from "../../../src/core/findings/comparison-of";
import { keyFindings } from "../../../src/core/findings/key-findings";
import { periodComparison } from "../../../src/core/tables/period-comparison";
import { monthIndex } from "../../../src/core/periods/month-index";
import { SEED_4_1_ASB, seedDataset, type SeedSeries } from "../tables/seed-builders";

// Seed 4.1, anti-social behaviour by district: Nov 2016 - Oct 2017 against the two years before.
const ds = seedDataset(SEED_4_1_ASB.map(([d, a, b, c]) => ["Anti-social behaviour", d, 0, a, b, c] as SeedSeries));
const table = periodComparison(ds, { category: "Anti-social behaviour", periods: 3, endMonth: monthIndex(2017, 10) });

describe("comparisonOf on a recipe's table", () => {
  it("carries each row's figures beside its cells: the seed's Gravesham, 2850 from 3274, -13.0%, ranked 6th", () => {
    const gravesham = table.rows.find((r) => r.cells[0].value === "Gravesham")!;
    expect(gravesham.figures).toMatchObject({ label: "Gravesham", change: -424, percent: -13.0, rank: 6 });
    expect(gravesham.figures?.counts.slice(0, 2)).toEqual([2850, 3274]);
  });

  it("reads the figures the recipe computed, not the cells by position", () => {
    const row = table.rows.find((r) => r.cells[0].value === "Gravesham")!;
    const cellsOnly = { ...row, cells: [...row.cells].reverse() };
    expect(comparisonOf(table, cellsOnly)).toEqual(comparisonOf(table, row));
    expect(comparisonOf(table, row)).toMatchObject({ current: 2850, previous: 3274, change: -424, percent: -13.0 });
  });

  it("gives the same findings when the cells are shuffled, as the findings read the figures", () => {
    const shuffled = {
      ...table,
      rows: table.rows.map((r) => ({ ...r, cells: [r.cells[0], ...r.cells.slice(1).reverse()] })),
    };
    const options = { area: "Gravesham" };
    expect(keyFindings([shuffled], options)).toEqual(keyFindings([table], options));
  });
});
