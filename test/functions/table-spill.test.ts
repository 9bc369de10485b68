import { tableSpill } from "../../src/functions/table-spill";
import { volumeByType } from "../export/seed-tables";

describe("tableSpill", () => {
  it("lays seed table 2.6 out as one header row and its figures as the report prints them, N/A as text", () => {
    const spill = tableSpill(volumeByType());
    expect(spill[0]).toEqual([
      "",
      "October 2017",
      "RY ending Oct 2017",
      "RY ending Oct 2016",
      "Number change",
      "% change",
    ]);
    expect(spill[1]).toEqual(["Victim based crime", 1214, 11890, 9245, 2645, 28.6]);
    expect(spill[3]).toEqual(["- Sexual Offences", 40, 446, 284, 162, 57]);
    expect(spill[5]).toEqual(["Burglary Residential", 77, "N/A", 286, "N/A", "N/A"]);
    expect(spill[7]).toEqual(["- Theft From Motor Vehicle", 37, 501, 504, -3, -0.6]);
    expect(spill.every((row) => row.length === 6)).toBe(true);
  });

  it("rounds changes to whole numbers and never spills -0", () => {
    const table = {
      ...volumeByType(),
      rows: [
        {
          level: 0 as const,
          kind: "data" as const,
          cells: [
            { kind: "text" as const, value: "X" },
            { kind: "change" as const, value: -0.4 },
            { kind: "percentChange" as const, value: -0.04 },
            { kind: "rate" as const, value: 12.345, decimals: 1 },
          ],
        },
      ],
    };
    expect(tableSpill(table).slice(1)).toEqual([["X", 0, 0, 12.3, "", ""]]);
    expect(Object.is(tableSpill(table)[1][1], -0)).toBe(false);
  });
});
