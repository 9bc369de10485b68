import { errorOf } from "./error-of";
import { spc, spcAssurance, spcSignals, spcSteps, spcVariation } from "../../src/functions/functions";

const column = (values: unknown[]): any[][] => values.map((value) => [value]); // eslint-disable-line @typescript-eslint/no-explicit-any
// Two levels: points 1-6 around 10 and points 7-12 around 20 (mR-bar 2 in each group).
const LEVELS = column([9, 11, 9, 11, 9, 11, 19, 21, 19, 21, 19, 21]);
// Six points above the mean, then six below (mean 10): MDC flags both runs.
const RUNS = column([11, 12, 11, 12, 11, 12, 9, 8, 9, 8, 9, 8]);

describe("CSP.SPC", () => {
  it("spills centre line, lower limit and upper limit, one row per point", () => {
    // mean 78/5 = 15.6; mR-bar (2+1+4+15)/4 = 5.5; 15.6 -/+ 14.63
    const rows = spc(column([10, 12, 11, 15, 30]));
    expect(rows).toHaveLength(5);
    expect(rows[0][0]).toBe(15.6);
    expect(rows[0][1]).toBeCloseTo(0.97, 10);
    expect(rows[4][2]).toBeCloseTo(30.23, 10);
  });

  it("reads a row of values like a column", () => {
    expect(spc([[10, 12, 11, 15, 30]])).toEqual(spc(column([10, 12, 11, 15, 30])));
  });

  it("takes rebase_at as a number, a range or an array constant, skipping blank cells", () => {
    const expected = [...new Array(6).fill(10), ...new Array(6).fill(20)];
    const centres = (rebase: unknown) =>
      spc(LEVELS, null as unknown as string, rebase as number[][]).map((row) => row[0]);
    expect(centres(7)).toEqual(expected);
    expect(centres([[7]])).toEqual(expected);
    expect(centres([[7], [0], [""]])).toEqual(expected);
    expect(centres([[1, 7]])).toEqual(expected);
  });

  it("uses a c chart and a fixed baseline when asked", () => {
    // c chart: mean 4, limits 0 .. 10
    expect(spc(column([2, 3, 2, 3, 2, 3, 2, 15]), "c")[0]).toEqual([4, 0, 10]);
    // baseline of 3: mean 2, mR-bar 1 => 2 -/+ 2.66
    const row = spc(column([1, 2, 3, 10]), "XMR", undefined, 3)[3];
    expect(row[0]).toBe(2);
    expect(row[2]).toBeCloseTo(4.66, 10);
  });

  it("lets the rules preset decide screening", () => {
    // ranges 2,2,2,2,30: NHSR screens the 30 out => mR-bar 2, upper = 94/6 + 5.32
    expect(spc(column([10, 12, 10, 12, 10, 40]), "XMR", undefined, undefined, "NHSR")[0][2]).toBeCloseTo(
      94 / 6 + 5.32,
      10,
    );
  });

  it("gives #VALUE! naming the point for text, and #N/A for fewer than two points", () => {
    const text = errorOf(() => spc(column([5, "N/A", 7])));
    expect(text.code).toBe("#VALUE!");
    expect(text.message).toMatch(/point 2 is "N\/A"/);
    const short = errorOf(() => spc(column([5])));
    expect(short.code).toBe("#N/A");
    expect(short.message).toMatch(/at least 2 points/);
  });

  it("gives #VALUE! for an unknown chart, preset or rebase point", () => {
    expect(errorOf(() => spc(LEVELS, "P")).message).toMatch(/chart must be one of XMR, C/);
    expect(errorOf(() => spc(LEVELS, "XMR", undefined, undefined, "NELSON")).code).toBe("#VALUE!");
    expect(errorOf(() => spc(LEVELS, "XMR", [["June"]])).message).toMatch(/rebase_at .*"June"/);
    expect(errorOf(() => spc(LEVELS, "XMR", [[40]])).message).toMatch(/Rebase point 40/);
  });
});

describe("CSP.SPC.SIGNALS", () => {
  it("spills one label per point, empty for common cause", () => {
    expect(spcSignals(RUNS)).toEqual([...new Array(6).fill(["Run above"]), ...new Array(6).fill(["Run below"])]);
    expect(spcSignals(RUNS, "DOWN", "XMR", undefined, undefined, "NHSR")).toEqual(new Array(12).fill([""]));
  });

  it("evaluates the rules within each rebase group", () => {
    expect(spcSignals(LEVELS, undefined, undefined, [[7]])).toEqual(new Array(12).fill([""]));
  });

  it("refuses an unknown improvement direction", () => {
    expect(errorOf(() => spcSignals(RUNS, "SIDEWAYS")).message).toMatch(/improvement must be one of DOWN, UP, NEITHER/);
  });
});

describe("CSP.SPC.VARIATION", () => {
  it("reads the latest point as improvement when fewer crimes is better and it sits in a run below", () => {
    expect(spcVariation(RUNS)).toBe("Special cause improvement (low)");
    expect(spcVariation(RUNS, "UP")).toBe("Special cause concern (low)");
    expect(spcVariation(RUNS, "NEITHER")).toBe("Special cause neither (low)");
  });

  it("says common cause when the latest point has no signal", () => {
    expect(spcVariation(column([10, 12, 11, 15, 30]))).toBe("Common cause");
  });
});

describe("CSP.SPC.ASSURANCE", () => {
  // group 2 of LEVELS: limits 14.68 .. 25.32
  it("judges the target against the latest point's limits", () => {
    expect(spcAssurance(LEVELS, 30, "DOWN", "XMR", [[7]])).toBe("Consistently passing");
    expect(spcAssurance(LEVELS, 12, "DOWN", "XMR", [[7]])).toBe("Consistently failing");
    expect(spcAssurance(LEVELS, 20, undefined, undefined, [[7]])).toBe("Hit and miss");
    expect(spcAssurance(LEVELS, 30, "UP", "XMR", [[7]])).toBe("Consistently failing");
  });

  it("gives #N/A without an improvement direction and #VALUE! for a text target", () => {
    expect(errorOf(() => spcAssurance(LEVELS, 20, "NEITHER")).code).toBe("#N/A");
    expect(errorOf(() => spcAssurance(LEVELS, "twenty" as unknown as number)).message).toMatch(/^target /);
  });
});

describe("CSP.SPC.STEPS", () => {
  it("spills the point numbers where Kent's 5 data point step changes start, with a run length of 5", () => {
    // mean of points 1-5 = 10; points 6-10 above it; group 2 mean 20.4; points 11-15 above it
    expect(spcSteps(column([10, 11, 9, 10, 10, 20, 21, 19, 22, 20, 30, 31, 29, 32, 30]), 5)).toEqual([[6], [11]]);
  });

  it("by default steps only after a sustained shift and never leaves a group under 12 points", () => {
    const twoLevels = [10, 11, 9, 10, 10, 20, 21, 19, 22, 20, 30, 31, 29, 32, 30];
    expect(spcSteps(column(twoLevels))).toEqual([[""]]); // 15 points cannot hold two groups of 12
    // 12 months around 10, then 12 around 20: one step, at point 13
    const shift = [10, 11, 9, 10, 12, 9, 11, 10, 10, 11, 9, 10, 20, 21, 19, 22, 20, 21, 19, 20, 22, 21, 19, 20];
    expect(spcSteps(column(shift))).toEqual([[13]]);
    expect(spcSteps(column(shift), null, null as unknown as string, 13)).toEqual([[""]]); // 13 points at least
    expect(errorOf(() => spcSteps(column(shift), null, null as unknown as string, 1)).code).toBe("#VALUE!");
  });

  it("takes the run length and gives a single empty cell when there is no step", () => {
    expect(spcSteps(column([1, 1, 1, 5, 5, 5]))).toEqual([[""]]);
    expect(spcSteps(column([1, 1, 1, 5, 5, 5]), 3)).toEqual([[4]]);
  });

  it("gives steps that CSP.SPC accepts as rebase_at", () => {
    const values = column([10, 11, 9, 10, 10, 20, 21, 19, 22, 20]);
    expect(spc(values, "XMR", spcSteps(values, 5)).map((row) => row[0])).toEqual([
      ...new Array(5).fill(10),
      ...new Array(5).fill(20.4),
    ]);
  });

  it("gives #VALUE! for text and a bad run length, #N/A for one point", () => {
    expect(errorOf(() => spcSteps(column([1, "x", 3]))).code).toBe("#VALUE!");
    expect(errorOf(() => spcSteps(column([1, 2, 3]), 1)).code).toBe("#VALUE!");
    expect(errorOf(() => spcSteps(column([1]))).code).toBe("#N/A");
  });
});

describe("the SPC functions at the edge (issue 15)", () => {
  it("put #NUM! in the cells of limits that overflow", () => {
    const rows = spc(column([1e308, 1e308]));
    expect(rows.flat().map((cell) => (cell as unknown as { code: string }).code)).toEqual(new Array(6).fill("#NUM!"));
  });

  it("name an error cell, NaN and Infinity among the values as typed", () => {
    expect(errorOf(() => spcSignals(column([1, 2, 3, { code: "#N/A" }]))).message).toBe(
      "values: point 4 is #N/A: fix that cell first.",
    );
    expect(errorOf(() => spcVariation(column([1, NaN, 3]))).message).toBe(
      "values: point 2 is NaN, not a finite number.",
    );
    expect(errorOf(() => spcSteps(column([1, 2, Infinity]))).message).toBe(
      "values: point 3 is Infinity, not a finite number.",
    );
  });

  it("range-check run_length and baseline_points before any loop", () => {
    expect(errorOf(() => spcSteps(column([1, 2, 3]), 1e15)).message).toBe(
      "run_length must be a whole number from 2 to 1000, not 1000000000000000.",
    );
    expect(errorOf(() => spc(column([1, 2, 3]), "XMR", undefined, 1.5)).message).toBe(
      "baseline_points must be a whole number from 2 to 1048576, not 1.5.",
    );
  });
});

describe("CSP.SPC lower limits of counts (issue 22 item 2)", () => {
  it("spills 0, not a negative lower limit, for counts on an XmR chart", () => {
    // mean 1, mR-bar 2 => 1 - 5.32 = -4.32 unfloored; upper 6.32
    const rows = spc(column([0, 1, 0, 3, 0, 2]));
    expect(rows[0][1]).toBe(0);
    expect(rows[0][2]).toBeCloseTo(6.32, 10);
  });

  it("spills 0 for a c chart's lower limit", () => {
    expect(spc(column([0, 1, 0, 3, 0, 2]), "C").map((row) => row[1])).toEqual(new Array(6).fill(0));
  });

  it("keeps a negative lower limit for a series with negative values", () => {
    expect(spc(column([0, -1, 0, 3, 0, 2]))[0][1]).toBeLessThan(0);
  });
});
