/* The SPC engine's speed (issue 3): one 100,000-point series through limits and every rule, per preset,
 * and 1,000 series of 60 points (a workbook recalculating its SPC columns). Prints milliseconds; the
 * aim is under 20 ms for the long series. Figures are the best of several runs after a warm-up, so
 * that JIT compilation and garbage collection do not decide them. */
import { performance } from "perf_hooks";
import { automaticSteps } from "../src/core/spc/automatic-steps";
import { spcAnalysis } from "../src/core/spc/spc-analysis";
import type { SpcChart, SpcRules } from "../src/core/spc/types";

/** A reproducible series of monthly-crime-like counts (a simple linear congruential generator). */
function series(length: number, seed: number): number[] {
  let state = seed;
  const values = new Array<number>(length);
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    values[i] = 400 + Math.floor((state / 2147483648) * 80) + (i % 12) * 5;
  }
  return values;
}

/** Runs before timing starts (see bestOf). */
const WARM_UP = 20;

/**
 * Best time of `repeats` runs of `work`, in milliseconds, after WARM_UP runs. Node 20 moves the engine's
 * functions to optimised code only after about a dozen calls (more when the other core is busy), so with
 * two warm-up runs the first preset measured was timed half in the interpreter: 25-50 ms against 9 ms.
 */
function bestOf(repeats: number, work: () => void): number {
  for (let w = 0; w < WARM_UP; w++) work();
  let best = Infinity;
  const collect = (globalThis as { gc?: () => void }).gc; // present under npm run bench (--expose-gc)
  for (let r = 0; r < repeats; r++) {
    collect?.();
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const PRESETS: SpcRules[] = ["MDC", "NHSR", "WECO", "ANHOEJ"];
const CHARTS: SpcChart[] = ["XMR", "C"];
const long = series(100_000, 42);
const many = Array.from({ length: 1000 }, (_, i) => series(60, i + 1));

console.log("SPC engine, best of 7 runs (ms)");
for (const chart of CHARTS) {
  for (const rules of PRESETS) {
    const one = bestOf(7, () => spcAnalysis(long, { chart, rules }));
    const thousand = bestOf(7, () => many.forEach((values) => spcAnalysis(values, { chart, rules })));
    console.log(`  ${chart.padEnd(3)} ${rules.padEnd(6)}  100,000 points: ${one.toFixed(2).padStart(7)} ms   1,000 x 60 points: ${thousand.toFixed(2).padStart(7)} ms`);
  }
}
const steps = bestOf(7, () => automaticSteps(long));
console.log(`  automatic steps (run of 5), 100,000 points: ${steps.toFixed(2)} ms`);
