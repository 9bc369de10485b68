/** A two-row SPC summary whose variation cells carry Making Data Count's colours, for the writers' tests. */
import type { TableModel } from "../../src/core/tables/table-model";

export function summaryTable(): TableModel {
  const row = (series: string, value: number, variation: string, fill: string) => ({
    level: 0 as const,
    kind: "data" as const,
    cells: [
      { kind: "text" as const, value: series },
      { kind: "count" as const, value },
      { kind: "text" as const, value: variation, fill },
    ],
  });
  return {
    recipe: "spc-summary",
    title: "SPC summary, Maidstone",
    sheetName: "SPC summary",
    headerRows: [[{ text: "Series" }, { text: "Latest value" }, { text: "Variation" }]],
    rows: [
      row("Burglary", 200, "Special cause concern (high)", "E46C0A"),
      row("Robbery", 10, "Common cause", "A6A6A6"),
    ],
    notes: [],
    source: "",
  };
}
