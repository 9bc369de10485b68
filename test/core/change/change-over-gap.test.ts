import { changeOverGap } from "../../../src/core/change/change-over-gap";
import { partnerCell } from "../../../src/core/cells/partner-cell";

describe("changeOverGap", () => {
  it("gives seed 6.1's 17.6% fall in first time entrants over 2013/14 to 2015/16 (222 to 183)", () => {
    expect(changeOverGap([222, 200, 183], 2)).toEqual({ number: -39, percent: -17.6, reason: "" });
  });

  it("gives seed 1.7's month-on-month and year-on-year claimant changes for Maidstone", () => {
    // September 2016 1,220; August 2017 1,225; September 2017 1,230 (monthly, oldest first)
    const months = [1220, ...Array(10).fill(null), 1225, 1230];
    expect(changeOverGap(months, 1)).toEqual({ number: 5, percent: 0.4, reason: "" });
    expect(changeOverGap(months, 12)).toEqual({ number: 10, percent: 0.8, reason: "" });
  });

  it("gives quarter on quarter from months with a gap of 3, and any place with at", () => {
    expect(changeOverGap([10, 11, 12, 13, 14], 3, { at: 3 })).toEqual({ number: 3, percent: 30, reason: "" });
  });

  it("never works a change from a suppressed or n/a value (seed 3.5's Sheerness)", () => {
    expect(changeOverGap([partnerCell("n/a"), 14], 1)).toEqual({
      number: null,
      percent: null,
      reason: "the earlier value is not applicable",
    });
    expect(changeOverGap([12, partnerCell("*")], 1)).toEqual({
      number: null,
      percent: null,
      reason: "the later value is suppressed",
    });
    expect(changeOverGap([0, 14], 1)).toEqual({ number: 14, percent: null, reason: "the earlier value is 0" });
  });

  it("throws for a gap that reaches before the series", () => {
    expect(() => changeOverGap([1, 2], 2)).toThrow(RangeError);
    expect(() => changeOverGap([1, 2], 0)).toThrow(RangeError);
  });
});
