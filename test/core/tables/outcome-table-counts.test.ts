import { outcomeTableCounts } from "../../../src/core/tables/outcome-table-counts";
import { outcomesTable } from "../../../src/core/tables/outcomes-table";

const HEADER = ["Force", "Period", "Recorded crimes", "Charge/Summons"];

describe("outcomeTableCounts", () => {
  it("reads a force's counts by year, latest year first whatever the row order, held-back counts kept", () => {
    const counts = outcomeTableCounts([HEADER, ["Kent", "2016", 40090, 4330], ["Kent", "2017", 51637, "*"]]);
    expect(counts.periods.map((p) => p.label)).toEqual(["2017", "2016"]);
    expect(counts.bases.get("Kent")).toEqual([
      { kind: "number", value: 51637 },
      { kind: "number", value: 40090 },
    ]);
    expect(counts.parts.get("Kent")?.get("Charge/Summons")?.[0]).toEqual({ kind: "suppressed", marker: "*" });
    // A held-back count's share is -, never 0%: 4330 / 40090 = 10.8%.
    const table = outcomesTable({ table: [HEADER, ["Kent", "2016", 40090, 4330], ["Kent", "2017", 51637, "*"]] });
    expect(table.rows[0].cells.map((c) => c.value)).toEqual(["Kent", 51637, 40090, "-", 10.8]);
  });

  it("refuses an outcome count above its crimes, a force and year given twice, and a table without its crimes column", () => {
    expect(() => outcomeTableCounts([HEADER, ["Kent", "2017", 100, 101]])).toThrow(
      /row 2: 101 crimes with the outcome "Charge\/Summons" is more than the 100 recorded crimes/,
    );
    expect(() => outcomeTableCounts([HEADER, ["Kent", "2017", 100, 1], ["Kent", "2017", 100, 2]])).toThrow(
      /gives Kent, 2017, twice \(row 3\)/,
    );
    expect(() =>
      outcomeTableCounts([
        ["Force", "Charge/Summons"],
        ["Kent", 5],
      ]),
    ).toThrow(/no column of recorded crimes/);
    expect(() =>
      outcomeTableCounts([
        ["Force", "Recorded crimes", "Recorded offences", "Cautions"],
        ["Kent", 5, 5, 1],
      ]),
    ).toThrow(/2 columns that could be the recorded crimes/);
  });
});
