import { spcLimits } from "../../../src/core/spc/spc-limits";
import { specialCauseSignals } from "../../../src/core/spc/special-cause-signals";
import type { SpcRules } from "../../../src/core/spc/types";

/** Signals of an XmR chart of one group (screening as the preset says), with an optional fixed baseline. */
function signalsOf(values: number[], rules: SpcRules, baselinePoints?: number): string[] {
  const { groups, limits } = spcLimits(values, { chart: "XMR", baselinePoints, rules });
  return specialCauseSignals(new Float64Array(values), groups, limits, rules);
}

const none = (n: number) => new Array<string>(n).fill("");

describe("specialCauseSignals", () => {
  // Series A: 6 points above then 6 below. Mean (69 + 51)/12 = 10; ranges 1,1,1,1,1,3,1,1,1,1,1 => mR-bar 13/11.
  // Limits 10 -/+ 3.1436, two-sigma 10 -/+ 2.0958 (12 and 8 are inside), one sigma 1.0479 (12 and 8 beyond it).
  // Screening cut 3.267 x 13/11 = 3.86 keeps every range.
  const seriesA = [11, 12, 11, 12, 11, 12, 9, 8, 9, 8, 9, 8];

  it("flags a shift of 6 for MDC", () => {
    expect(signalsOf(seriesA, "MDC")).toEqual([...new Array(6).fill("Run above"), ...new Array(6).fill("Run below")]);
  });

  it("needs a shift of 7 for NHSR and 8 for WECO, and WECO's 4 of 5 needs four beyond 1 sigma", () => {
    // windows of 5 hold at most 3 twelves (or eights) beyond the one-sigma lines
    expect(signalsOf(seriesA, "NHSR")).toEqual(none(12));
    expect(signalsOf(seriesA, "WECO")).toEqual(none(12));
  });

  it("flags too few crossings for ANHOEJ on every point", () => {
    // 12 useful points: longest run 6 <= round(log2 12) + 3 = 7; crossings 1 < qbinom(0.05, 11, 0.5) = 3
    expect(signalsOf(seriesA, "ANHOEJ")).toEqual(new Array(12).fill("Few crossings"));
  });

  // Series T6: mean 120/12 = 10; ranges 6,6,6,1,1,2,1,1,6,6,6 => mR-bar 42/11 = 3.818; two-sigma 10 -/+ 6.77.
  // Points 4-9 (7, 8, 9, 11, 12, 13) rise 5 times; sides alternate too often for any run.
  const seriesT6 = [13, 7, 13, 7, 8, 9, 11, 12, 13, 7, 13, 7];

  it("flags a trend of 6 points for MDC but not for NHSR, WECO or ANHOEJ", () => {
    expect(signalsOf(seriesT6, "MDC")).toEqual(["", "", "", ...new Array(6).fill("Trend up"), "", "", ""]);
    expect(signalsOf(seriesT6, "NHSR")).toEqual(none(12));
    expect(signalsOf(seriesT6, "WECO")).toEqual(none(12));
    expect(signalsOf(seriesT6, "ANHOEJ")).toEqual(none(12));
  });

  it("flags a trend of 7 points for NHSR", () => {
    // mean 140/14 = 10; ranges 8,8,8,1,1,1,2,1,1,1,8,8,8 => mR-bar 56/13, two-sigma 10 -/+ 7.64; points 4-11 rise
    const seriesT7 = [14, 6, 14, 6, 7, 8, 9, 11, 12, 13, 14, 6, 14, 6];
    const expected = ["", "", "", ...new Array(8).fill("Trend up"), "", "", ""];
    expect(signalsOf(seriesT7, "NHSR")).toEqual(expected);
    expect(signalsOf(seriesT7, "MDC")).toEqual(expected);
  });

  // Baseline of the first 4 points [9, 11, 9, 11]: mean 10, mR-bar 2, sigma 1.7733;
  // limits 4.68 .. 15.32, two-sigma 6.4533 .. 13.5467, one sigma 8.2267 .. 11.7733.
  it("counts a point beyond the limit towards 2 of 3 for MDC and WECO but not for NHSR", () => {
    // point 5 (16) is beyond the limit, point 6 (14) between the two-sigma line and the limit, point 7 above the mean
    const series = [9, 11, 9, 11, 16, 14, 11, 9, 11, 9];
    const mdc = ["", "", "", "", "Above UCL", "2 of 3 above", "", "", "", ""];
    expect(signalsOf(series, "MDC", 4)).toEqual(mdc);
    expect(signalsOf(series, "WECO", 4)).toEqual(mdc);
    expect(signalsOf(series, "NHSR", 4)).toEqual(["", "", "", "", "Above UCL", "", "", "", "", ""]);
    expect(signalsOf(series, "ANHOEJ", 4)).toEqual(["", "", "", "", "Above UCL", "", "", "", "", ""]);
  });

  it("needs all 3 points on one side of the mean for MDC and NHSR but not for WECO", () => {
    // points 5 and 7 (14) are beyond the upper two-sigma line; point 6 (9) is below the mean
    const series = [9, 11, 9, 11, 14, 9, 14, 11, 9, 11];
    expect(signalsOf(series, "MDC", 4)).toEqual(none(10));
    expect(signalsOf(series, "NHSR", 4)).toEqual(none(10));
    expect(signalsOf(series, "WECO", 4)).toEqual(["", "", "", "", "2 of 3 above", "", "2 of 3 above", "", "", ""]);
  });

  it("lets a point exactly on the mean break a run for MDC, NHSR and WECO, while ANHOEJ skips it", () => {
    // points 4-7 and 9-11 are 11 (above the mean 10); point 8 is exactly 10
    const onMean = [9, 11, 9, 11, 11, 11, 11, 10, 11, 11, 11];
    for (const rules of ["MDC", "NHSR", "WECO"] as const) expect(signalsOf(onMean, rules, 4)).toEqual(none(11));
    // ANHOEJ: 10 useful points, limit round(log2 10) + 3 = 6; the run of 7 (points 4-7, 9-11) is longer
    const run = "Run above";
    expect(signalsOf(onMean, "ANHOEJ", 4)).toEqual(["", "", "", run, run, run, run, "", run, run, run]);
  });

  it("flags the same 8 points for every preset when the point on the mean is moved above it", () => {
    // a run of 8 (points 4-11): >= 6 (MDC), >= 7 (NHSR), >= 8 (WECO), > round(log2 11) + 3 = 6 (ANHOEJ)
    const above = [9, 11, 9, 11, 11, 11, 11, 11, 11, 11, 11];
    const expected = ["", "", "", ...new Array(8).fill("Run above")];
    for (const rules of ["MDC", "NHSR", "WECO", "ANHOEJ"] as const)
      expect(signalsOf(above, rules, 4)).toEqual(expected);
  });
});
