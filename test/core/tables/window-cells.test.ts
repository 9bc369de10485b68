import { monthIndex } from "../../../src/core/periods/month-index";
import { countCube } from "../../../src/core/tables/count-cube";
import { formatCell } from "../../../src/core/house-style/format-cell";
import { TableNotes } from "../../../src/core/tables/table-notes";
import { windowCells } from "../../../src/core/tables/window-cells";
import { countsDataset } from "./police-uk-fixture";

// Burglary in one area: 10 in Jan 2023, 5 in Jun 2023, 20 in Jan 2024, 4 in Mar 2024 (the data start in Jan 2023).
const cube = countCube(
  countsDataset([
    ["2023-01", "Burglary", "Newport", 10],
    ["2023-06", "Burglary", "Newport", 5],
    ["2024-01", "Burglary", "Newport", 20],
    ["2024-03", "Burglary", "Newport", 4],
  ]),
);
const q1 = (year: number) => ({ first: monthIndex(year, 1), last: monthIndex(year, 3) });

describe("windowCells", () => {
  it("counts each period and the change between the latest two: Jan-Mar 2024 24 against Jan-Mar 2023 10, +14 and +140.0%", () => {
    const notes = new TableNotes();
    expect(windowCells(cube, null, [0], [q1(2024), q1(2023)], "period", notes).map(formatCell)).toEqual([
      "24",
      "10",
      "+14",
      "+140.0%",
    ]);
    expect(notes.list()).toEqual([]);
  });

  it("shows a period starting before the data as N/A with one footnote, and the changes that need it too", () => {
    const notes = new TableNotes();
    expect(windowCells(cube, null, [0], [q1(2023), q1(2022)], "period", notes).map(formatCell)).toEqual([
      "10",
      "N/A*",
      "N/A*",
      "N/A*",
    ]);
    expect(notes.list()).toEqual([
      "* The data start in Jan 2023, so a period starting before then cannot be counted in full.",
    ]);
  });
});
