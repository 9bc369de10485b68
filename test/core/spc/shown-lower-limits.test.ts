import { shownLowerLimits } from "../../../src/core/spc/shown-lower-limits";
import { spcAnalysis } from "../../../src/core/spc/spc-analysis";

describe("shownLowerLimits (issue 22 item 2)", () => {
  it("shows a count's XmR lower limit below 0 as 0", () => {
    // mean 1, mR-bar 2 => 1 - 5.32 = -4.32, shown as 0
    const counts = [0, 1, 0, 3, 0, 2];
    expect(spcAnalysis(counts).lowerLimit[0]).toBeCloseTo(-4.32, 10);
    expect(shownLowerLimits(spcAnalysis(counts).lowerLimit, counts)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("leaves a lower limit above 0 as it is", () => {
    // mean 15.6, mR-bar 5.5 => 0.97
    const counts = [10, 12, 11, 15, 30];
    expect(shownLowerLimits(spcAnalysis(counts).lowerLimit, counts)[0]).toBeCloseTo(0.97, 10);
  });

  it("keeps the c chart's lower limit at 0, as qicharts2 floors it", () => {
    const counts = [2, 3, 2, 3, 2, 3, 2, 15];
    expect(shownLowerLimits(spcAnalysis(counts, { chart: "C" }).lowerLimit, counts)).toEqual(new Array(8).fill(0));
  });

  it("keeps a negative limit for a series that has negative values (a change, not a count)", () => {
    const changes = [0, -1, 0, 3, 0, 2];
    const raw = spcAnalysis(changes).lowerLimit;
    expect(raw[0]).toBeLessThan(0);
    expect(shownLowerLimits(raw, changes)).toEqual(raw);
  });

  it("does not change the input", () => {
    const limits = [-1, 2];
    shownLowerLimits(limits, [1, 2]);
    expect(limits).toEqual([-1, 2]);
  });
});
