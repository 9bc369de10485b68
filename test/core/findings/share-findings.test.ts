import { shareFindings } from "../../../src/core/findings/share-findings";
import type { TableModel, TableRow } from "../../../src/core/tables/table-model";

/** A row with one group's shares, typed by hand (latest period first). */
function row(
  label: string,
  parts: (number | null)[],
  bases: (number | null)[],
  percents: (number | null)[],
  kind: TableRow["kind"] = "data",
): TableRow {
  return {
    level: 0,
    kind,
    cells: [{ kind: "text", value: label }],
    figures: {
      label,
      counts: bases,
      change: null,
      percent: null,
      shares: [{ group: "Charged", parts, bases, percents }],
    },
  };
}

function table(rows: TableRow[]): TableModel {
  return { recipe: "outcomes", title: "t", sheetName: "t", headerRows: [], rows, notes: [], source: "" };
}

describe("shareFindings", () => {
  it("names the highest and lowest latest share, the rises and falls, and tests the largest of each exactly", () => {
    // SciPy 1.17.1: fisher_exact([[30, 70], [10, 90]]) p = 0.00065; fisher_exact([[5, 95], [15, 85]]) p = 0.0317
    const findings = shareFindings(
      table([
        row("A", [30, 10], [100, 100], [30, 10]),
        row("B", [5, 15], [100, 100], [5, 15]),
        row("C", [null, 2], [100, 100], [null, 2]),
        row("All", [35, 27], [300, 300], [11.7, 9], "total"),
      ]),
      0.05,
    );
    expect(findings).toEqual([
      "Charged: the highest share was in A (30%); the lowest in B (5%).",
      "Charged rose in 1 of 2 and fell in 1 of 2.",
      "The largest rise was in A, from 10% to 30% (+20 percentage points; a statistically significant change at the 5% level, p < 0.001).",
      "The largest fall was in B, from 15% to 5% (-10 percentage points; a statistically significant change at the 5% level, p = 0.032).",
    ]);
  });

  it("tests no change whose counts are not given, and says nothing of a table without share figures", () => {
    const findings = shareFindings(
      table([row("A", [null, null], [null, null], [40, 20]), row("B", [null, null], [null, null], [10, 20])]),
      0.05,
    );
    expect(findings.slice(2)).toEqual([
      "The largest rise was in A, from 20% to 40% (+20 percentage points).",
      "The largest fall was in B, from 20% to 10% (-10 percentage points).",
    ]);
    expect(shareFindings(table([{ level: 0, kind: "data", cells: [] }]), 0.05)).toEqual([]);
  });
});
