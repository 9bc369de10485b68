import { droppedLine } from "../../src/export/dropped-line";

describe("droppedLine", () => {
  it("says nothing when no row was left out", () => {
    expect(droppedLine(undefined)).toBe("");
    expect(droppedLine({ total: 0, reasons: [] })).toBe("");
  });

  it("names each reason with its count and first rows", () => {
    expect(
      droppedLine({
        total: 12,
        reasons: [
          { reason: "no month", count: 10, firstRows: [4, 9, 17] },
          { reason: "unknown area", count: 2, firstRows: [30, 31] },
        ],
      }),
    ).toBe(
      "12 rows of the input were not used: no month (10; first rows 4, 9, 17); unknown area (2; first rows 30, 31).",
    );
  });

  it("speaks of one row in the singular", () => {
    expect(droppedLine({ total: 1, reasons: [{ reason: "no month", count: 1, firstRows: [4] }] })).toBe(
      "1 row of the input was not used: no month (1; first row 4).",
    );
  });
});
