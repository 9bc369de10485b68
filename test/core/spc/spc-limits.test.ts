import { spcLimits } from "../../../src/core/spc/spc-limits";
import { spreadLines } from "../../../src/core/spc/spread-lines";
import type { GroupSpan, SpcChart } from "../../../src/core/spc/types";

/** The per-point lines spcAnalysis draws: spcLimits' groups and limits, spread over the points. */
function spcLines(
  values: number[],
  groups: GroupSpan[],
  chart: SpcChart,
  baselinePoints: number | undefined,
  screening: boolean,
) {
  const rebaseAt = groups.slice(1).map(({ start }) => start + 1);
  const { limits } = spcLimits(values, { rebaseAt, chart, baselinePoints, rules: screening ? "NHSR" : "MDC" });
  return spreadLines(values.length, groups, limits);
}

describe("spcLimits", () => {
  it("gives each group its own limits", () => {
    // group 1 [9,11,9]: mean 29/3, mR-bar 2; group 2 [19,21]: mean 20, mR-bar 2
    const lines = spcLines(
      [9, 11, 9, 19, 21],
      [
        { start: 0, end: 3 },
        { start: 3, end: 5 },
      ],
      "XMR",
      undefined,
      false,
    );
    expect(lines.centreLine[2]).toBeCloseTo(29 / 3, 12);
    expect(lines.centreLine[3]).toBe(20);
    expect(lines.upperLimit[4]).toBeCloseTo(25.32, 10);
  });

  it("computes a fixed baseline from the first N points and applies it to the whole group", () => {
    // baseline [1,2,3]: mean 2, mR-bar 1 => limits 2 -/+ 2.66
    const lines = spcLines([1, 2, 3, 10], [{ start: 0, end: 4 }], "XMR", 3, false);
    expect(lines.centreLine).toEqual([2, 2, 2, 2]);
    expect(lines.upperLimit[3]).toBeCloseTo(4.66, 12);
    expect(lines.lowerLimit[0]).toBeCloseTo(-0.66, 12);
  });

  it("uses the whole group when it is shorter than the baseline", () => {
    const lines = spcLines([1, 3], [{ start: 0, end: 2 }], "XMR", 12, false);
    expect(lines.centreLine).toEqual([2, 2]);
  });

  it("uses c chart limits for chart C", () => {
    const lines = spcLines([90, 110, 100], [{ start: 0, end: 3 }], "C", undefined, false);
    expect(lines.lowerLimit).toEqual([70, 70, 70]);
  });

  it("refuses a baseline of fewer than 2 points or not a whole number", () => {
    const groups = [{ start: 0, end: 3 }];
    expect(() => spcLines([1, 2, 3], groups, "XMR", 1, false)).toThrow(/at least 2, not 1/);
    expect(() => spcLines([1, 2, 3], groups, "XMR", 2.5, false)).toThrow(/2\.5/);
  });

  it("splits the series at the rebase points, each group with its own limits", () => {
    const { groups, limits } = spcLimits([9, 11, 9, 19, 21], { rebaseAt: [4] });
    expect(groups).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ]);
    expect(limits[1].centreLine).toBe(20);
    expect(limits[1].upperLimit).toBeCloseTo(20 + 2.66 * 2, 10);
  });
});
