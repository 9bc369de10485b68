import { daysInMonth } from "../../../src/core/periods/days-in-month";

describe("daysInMonth", () => {
  it("gives 31 for October, 30 for September and November", () => {
    expect(daysInMonth(2017, 10)).toBe(31);
    expect(daysInMonth(2017, 9)).toBe(30);
    expect(daysInMonth(2017, 11)).toBe(30);
  });

  it("gives February 29 days in 2016 and 2000, 28 in 2017 and 1900 (Gregorian century rule)", () => {
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2017, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it("gives NaN for a month outside 1-12", () => {
    expect(daysInMonth(2017, 13)).toBeNaN();
  });
});
