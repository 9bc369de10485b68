import { changeText } from "../../../src/core/change/change-text";

describe("changeText", () => {
  it("writes victim based crime's change as the seed does: +2645 and +28.6% (11890 vs 9245)", () => {
    expect(changeText(11890, 9245)).toBe("+2645");
    expect(changeText(11890, 9245, "PERCENT")).toBe("+28.6%");
  });

  it("writes all crime's change: +3323 and +32.4% (13594 vs 10271)", () => {
    expect(changeText(13594, 10271, "NUMBER")).toBe("+3323");
    expect(changeText(13594, 10271, "PERCENT")).toBe("+32.4%");
  });

  it("writes falls with a minus: theft from motor vehicle -3 and -0.6% (501 vs 504)", () => {
    expect(changeText(501, 504)).toBe("-3");
    expect(changeText(501, 504, "PERCENT")).toBe("-0.6%");
  });

  it("writes ASB's fall in section 4.1: -454 and -12.3% (3243 vs 3697)", () => {
    expect(changeText(3243, 3697)).toBe("-454");
    expect(changeText(3243, 3697, "PERCENT")).toBe("-12.3%");
  });

  it("writes no change without a sign: 0 and 0.0%", () => {
    expect(changeText(40, 40)).toBe("0");
    expect(changeText(40, 40, "PERCENT")).toBe("0.0%");
  });

  it("writes N/A for a percentage change from 0 and for a missing count", () => {
    expect(changeText(5, 0, "PERCENT")).toBe("N/A");
    expect(changeText(5, 0)).toBe("+5");
    expect(changeText(null, 286)).toBe("N/A");
    expect(changeText(null, 286, "PERCENT")).toBe("N/A");
  });

  it("rounds a half away from zero like Excel: 1 in 8 = 12.5% up, 200.5 vs 200 = +0.25% to +0.3%", () => {
    expect(changeText(9, 8, "PERCENT")).toBe("+12.5%");
    expect(changeText(200.5, 200, "PERCENT")).toBe("+0.3%");
    expect(changeText(199.5, 200, "PERCENT")).toBe("-0.3%");
  });
});
