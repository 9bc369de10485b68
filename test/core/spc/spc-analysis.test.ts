import fc from "fast-check";
import { InputError, NotAvailableError } from "../../../src/core/errors";
import { spcAnalysis } from "../../../src/core/spc/spc-analysis";
import type { SpcRules, SpcSignal } from "../../../src/core/spc/types";
import { monthlyCrimeCounts } from "../../police-uk-files";

const PRESETS: SpcRules[] = ["MDC", "NHSR", "WECO", "ANHOEJ"];
const repeat = <T>(value: T, times: number): T[] => new Array<T>(times).fill(value);

describe("spcAnalysis", () => {
  it("reads an XmR chart with the MDC rules by default", () => {
    // mean 78/5 = 15.6; ranges 2,1,4,15 => mR-bar 5.5; 15.6 +/- 2.66 x 5.5 = 0.97 .. 30.23; 30 is inside
    const result = spcAnalysis([10, 12, 11, 15, 30]);
    expect(result.centreLine).toEqual(repeat(15.6, 5));
    expect(result.upperLimit[4]).toBeCloseTo(30.23, 10);
    expect(result.lowerLimit[0]).toBeCloseTo(0.97, 10);
    expect(result.signals).toEqual(repeat("", 5));
    expect(result.group).toEqual(repeat(1, 5));
    expect(result.variation).toBe("Common cause");
  });

  it("works each group of a rebase on its own, numbering the groups", () => {
    // group 1 mean 10 and group 2 mean 20, both mR-bar 2 => limits 4.68..15.32 and 14.68..25.32
    const series = [9, 11, 9, 11, 9, 11, 19, 21, 19, 21, 19, 21];
    const result = spcAnalysis(series, { rebaseAt: [7] });
    expect(result.centreLine).toEqual([...repeat(10, 6), ...repeat(20, 6)]);
    expect(result.upperLimit[0]).toBeCloseTo(15.32, 10);
    expect(result.lowerLimit[11]).toBeCloseTo(14.68, 10);
    expect(result.group).toEqual([...repeat(1, 6), ...repeat(2, 6)]);
    expect(result.signals).toEqual(repeat("", 12));
  });

  it("sees the same series without the rebase as runs and 2 of 3 on either side", () => {
    // mean 15; ranges ten 2s and one 8 => mR-bar 28/11 = 2.545; two-sigma 15 -/+ 4.514 = 10.49 .. 19.51;
    // the 9s are below 10.49 and the 21s above 19.51, so 2 of 3 marks them; the rest are runs of 6
    const below = ["2 of 3 below", "Run below", "2 of 3 below", "Run below", "2 of 3 below", "Run below"];
    const above = ["Run above", "2 of 3 above", "Run above", "2 of 3 above", "Run above", "2 of 3 above"];
    expect(spcAnalysis([9, 11, 9, 11, 9, 11, 19, 21, 19, 21, 19, 21]).signals).toEqual([...below, ...above]);
  });

  it("does not let a trend cross a rebase", () => {
    // no rebase: mean 4.5, mR-bar 1, limits 1.84 .. 7.16 => 1 below, 8 above, the rest a rising trend
    const series = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(spcAnalysis(series).signals).toEqual(["Below LCL", ...repeat("Trend up", 6), "Above UCL"]);
    // rebased at 5: two groups of 4 points (limits 2.5 -/+ 2.66 and 6.5 -/+ 2.66), no trend of 6
    expect(spcAnalysis(series, { rebaseAt: [5] }).signals).toEqual(repeat("", 8));
  });

  it("takes each group's limits from its first N points with a fixed baseline", () => {
    // group 1 baseline [1,2,3]: mean 2, mR-bar 1 => upper 4.66; group 2 baseline [20,21,22]: mean 21 => upper 23.66
    const result = spcAnalysis([1, 2, 3, 10, 20, 21, 22, 40], { rebaseAt: [5], baselinePoints: 3 });
    expect(result.centreLine).toEqual([...repeat(2, 4), ...repeat(21, 4)]);
    expect(result.upperLimit[3]).toBeCloseTo(4.66, 10);
    expect(result.upperLimit[7]).toBeCloseTo(23.66, 10);
    expect(result.signals).toEqual(["", "", "", "Above UCL", "", "", "", "Above UCL"]);
  });

  it("reads a c chart: mean +/- 3 sqrt(mean), lower limit floored at 0", () => {
    // mean 32/8 = 4, sigma 2 => limits 0 (4 - 6 floored) .. 10; the first 7 points are a run below
    const result = spcAnalysis([2, 3, 2, 3, 2, 3, 2, 15], { chart: "C" });
    expect(result.centreLine).toEqual(repeat(4, 8));
    expect(result.upperLimit).toEqual(repeat(10, 8));
    expect(result.lowerLimit).toEqual(repeat(0, 8));
    expect(result.signals).toEqual([...repeat("Run below", 7), "Above UCL"]);
    expect(result.variation).toBe("Special cause concern (high)");
  });

  it("gives a series of all zeros flat lines at 0 and no signals, on either chart", () => {
    for (const chart of ["C", "XMR"] as const) {
      const result = spcAnalysis(repeat(0, 8), { chart });
      expect(result.upperLimit).toEqual(repeat(0, 8));
      expect(result.signals).toEqual(repeat("", 8));
      expect(result.variation).toBe("Common cause");
    }
  });

  it("lets the XmR lower limit go negative for low counts", () => {
    // mean 1, mR-bar 2 => 1 - 5.32 = -4.32
    expect(spcAnalysis([0, 1, 0, 3, 0, 2]).lowerLimit[0]).toBeCloseTo(-4.32, 10);
  });

  it("reads the latest point's variation by the improvement direction", () => {
    // the last point is in a run below the mean (see special-cause-signals.test.ts, series A)
    const series = [11, 12, 11, 12, 11, 12, 9, 8, 9, 8, 9, 8];
    expect(spcAnalysis(series).variation).toBe("Special cause improvement (low)");
    expect(spcAnalysis(series, { improvement: "UP" }).variation).toBe("Special cause concern (low)");
    expect(spcAnalysis(series, { improvement: "NEITHER" }).variation).toBe("Special cause neither (low)");
    expect(spcAnalysis(series, { rules: "NHSR" }).variation).toBe("Common cause");
  });

  it("screens the moving ranges for NHSR but not for MDC", () => {
    // ranges 2,2,2,2,30: MDC mR-bar 7.6; NHSR drops 30 (>= 24.83) => 2. Mean 94/6 either way.
    const series = [10, 12, 10, 12, 10, 40];
    expect(spcAnalysis(series).upperLimit[0]).toBeCloseTo(94 / 6 + 2.66 * 7.6, 10);
    expect(spcAnalysis(series, { rules: "NHSR" }).upperLimit[0]).toBeCloseTo(94 / 6 + 5.32, 10);
    expect(spcAnalysis(series, { rules: "NHSR" }).signals[5]).toBe("Above UCL");
  });

  it("refuses too few points, text and bad rebase points with plain messages", () => {
    expect(() => spcAnalysis([5])).toThrow(NotAvailableError);
    expect(() => spcAnalysis([5, NaN, 6])).toThrow(/Point 2 is NaN/);
    expect(() => spcAnalysis([5, 6, 7], { rebaseAt: [9] })).toThrow(InputError);
    expect(() => spcAnalysis([5, 6, 7], { baselinePoints: 1 })).toThrow(InputError);
  });

  it("handles Kent's half-size December 2018 without crashing (shared/data/README.md)", () => {
    const { months, counts } = monthlyCrimeCounts("kent");
    expect(months).toEqual(["2018-10", "2018-11", "2018-12", "2019-01", "2019-02"]);
    const december = months.indexOf("2018-12");
    expect(Math.min(...counts)).toBe(counts[december]);
    // XmR: five points give wide limits (mean +/- 2.66 x mean moving range) that hold December;
    // a c chart's limits (mean +/- 3 sqrt(mean), about +/- 342 here) put it below the lower limit.
    const xmr = spcAnalysis(counts);
    const mean = counts.reduce((a, b) => a + b, 0) / 5;
    expect(xmr.centreLine[december]).toBeCloseTo(mean, 8);
    expect(xmr.signals[december]).toBe("");
    expect(spcAnalysis(counts, { chart: "C" }).signals[december]).toBe("Below LCL");
  });
});

describe("spcAnalysis properties", () => {
  const series = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 2, maxLength: 60 });
  const preset = fc.constantFrom(...PRESETS);

  it("keeps XmR limits and two-sigma lines symmetric about the centre line", () => {
    fc.assert(
      fc.property(series, preset, (values, rules) => {
        const result = spcAnalysis(values, { rules });
        values.forEach((_, i) => {
          expect(result.upperLimit[i] - result.centreLine[i]).toBeCloseTo(
            result.centreLine[i] - result.lowerLimit[i],
            9,
          );
          expect(result.upperTwoSigma[i] - result.centreLine[i]).toBeCloseTo(
            result.centreLine[i] - result.lowerTwoSigma[i],
            9,
          );
        });
      }),
    );
  });

  it("finds no signal in a constant series, for every preset and chart", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 2, max: 50 }),
        preset,
        fc.constantFrom("XMR" as const, "C" as const),
        (level, n, rules, chart) => {
          expect(spcAnalysis(repeat(level, n), { rules, chart }).signals).toEqual(repeat("", n));
        },
      ),
    );
  });

  it("swaps trend up and trend down when the series is reversed, and keeps every other label", () => {
    const swap = (label: SpcSignal) =>
      label === "Trend up" ? "Trend down" : label === "Trend down" ? "Trend up" : label;
    fc.assert(
      fc.property(series, fc.constantFrom("MDC" as const, "NHSR" as const), (values, rules) => {
        const forward = spcAnalysis(values, { rules }).signals;
        const backward = spcAnalysis([...values].reverse(), { rules }).signals.reverse();
        values.forEach((value, i) => {
          // a turning point can end one trend and start another; it takes the direction to its right
          const turning = i > 0 && i < values.length - 1 && (values[i - 1] - value) * (values[i + 1] - value) > 0;
          if (!turning) expect(backward[i]).toBe(swap(forward[i]));
        });
      }),
    );
  });

  it("gives one label and one group number per point, groups counting up from 1", () => {
    fc.assert(
      fc.property(series, preset, (values, rules) => {
        const rebaseAt = values.length >= 6 ? [Math.floor(values.length / 2) + 1] : [];
        const result = spcAnalysis(values, { rules, rebaseAt });
        expect(result.signals).toHaveLength(values.length);
        expect(result.group[0]).toBe(1);
        expect(result.group[values.length - 1]).toBe(rebaseAt.length + 1);
      }),
    );
  });
});
