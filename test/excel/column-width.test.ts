import { MAX_COLUMN_WIDTH_POINTS, pointsForCharacters } from "../../src/excel/column-width";

describe("pointsForCharacters", () => {
  it("gives at least Excel's own width of n characters of Calibri 11, (7n + 5) pixels at 0.75 points each", () => {
    for (const n of [2, 9, 14, 22, 34, 48, 60, 200])
      expect(pointsForCharacters(n)).toBeGreaterThanOrEqual((7 * n + 5) * 0.75);
  });

  it("gives 94 points for 14 characters and 298 for 48", () => {
    expect(pointsForCharacters(14)).toBe(94);
    expect(pointsForCharacters(48)).toBe(298);
  });

  it("never goes past Excel's widest column, 255 characters", () => {
    expect(MAX_COLUMN_WIDTH_POINTS).toBe((255 * 7 + 5) * 0.75);
    expect(pointsForCharacters(10000)).toBe(MAX_COLUMN_WIDTH_POINTS);
  });

  it("refuses a negative or non-finite number of characters", () => {
    expect(() => pointsForCharacters(-1)).toThrow(RangeError);
    expect(() => pointsForCharacters(NaN)).toThrow(/cannot be NaN characters wide/);
  });
});
