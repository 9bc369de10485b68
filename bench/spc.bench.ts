/* The SPC engine's speed (issues 3 and 13): one 100,000-point series through limits and every rule, per
 * preset, and 1,000 series of 60 points (a workbook recalculating its SPC columns). First the engine on its
 * own; then the custom functions as Excel calls them (values as one-cell rows, [[v], [v], ...]) beside
 * the floor of bench/spc-floor.ts (copy out, a few linear passes, the spill arrays), run in turn, with the
 * ratio the issue aims to keep at or under 1.5. Figures are the best of several runs after a warm-up, so
 * that JIT compilation and garbage collection do not decide them. */
import { performance } from "perf_hooks";
import { automaticSteps } from "../src/core/spc/automatic-steps";
import { spcAnalysis } from "../src/core/spc/spc-analysis";
import type { SpcChart, SpcRules } from "../src/core/spc/types";
import { spc, spcSignals, spcSteps, spcVariation } from "../src/functions/functions";
import { signalsFloor, spcFloor } from "./spc-floor";

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
const collect = (globalThis as { gc?: () => void }).gc; // present under npm run bench (--expose-gc)

/**
 * Best time of `repeats` runs of `work`, in milliseconds, after WARM_UP runs. Node 20 moves the engine's
 * functions to optimised code only after about a dozen calls (more when the other core is busy), so with
 * two warm-up runs the first preset measured was timed half in the interpreter: 25-50 ms against 9 ms.
 */
function bestOf(repeats: number, work: () => void): number {
  return bestInTurn(repeats, [work])[0];
}

/** Best times of several pieces of work measured in turn (A, B, A, B, ...), so both see the same machine. */
function bestInTurn(repeats: number, works: (() => void)[]): number[] {
  for (let w = 0; w < WARM_UP; w++) works.forEach((work) => work());
  const best = works.map(() => Infinity);
  for (let r = 0; r < repeats; r++) {
    works.forEach((work, k) => {
      collect?.();
      const start = performance.now();
      work();
      best[k] = Math.min(best[k], performance.now() - start);
    });
  }
  return best;
}

const PRESETS: SpcRules[] = ["MDC", "NHSR", "WECO", "ANHOEJ"];
const CHARTS: SpcChart[] = ["XMR", "C"];
const long = series(100_000, 42);
const many = Array.from({ length: 1000 }, (_, i) => series(60, i + 1));

/* The custom functions through Excel's interface, beside the floor. */
const column = (values: number[]): number[][] => values.map((v) => [v]);
const longRange = column(long);
const manyRanges = many.map(column);
type Call = (range: number[][]) => unknown;
const CALLS: { name: string; call: Call; floor: Call }[] = [
  { name: "CSP.SPC", call: (r) => spc(r), floor: spcFloor },
  ...PRESETS.map((rules) => ({
    name: `CSP.SPC.SIGNALS ${rules}`,
    call: (r: number[][]) => spcSignals(r, undefined, undefined, undefined, undefined, rules),
    floor: signalsFloor,
  })),
  { name: "CSP.SPC.VARIATION", call: (r) => spcVariation(r), floor: signalsFloor },
  { name: "CSP.SPC.STEPS", call: (r) => spcSteps(r), floor: signalsFloor },
];

/*
 * Everything is first run on the short series. Run first on 100,000 points, V8 compiles only a
 * function's hot loop while it runs (on-stack replacement), before the code after the loop has ever run;
 * that code then leaves the compiled loop for the interpreter at every later call, and which functions
 * it catches (the engine's, the functions', the floor's) changed from run to run, swinging their times
 * 2-3 fold. Short series first let V8 compile whole functions, as a workbook's recalculation would.
 */
for (let w = 0; w < WARM_UP; w++) {
  for (const chart of CHARTS)
    for (const rules of PRESETS) many.forEach((values) => spcAnalysis(values, { chart, rules }));
  many.forEach((values) => automaticSteps(values));
  for (const { call, floor } of CALLS) {
    manyRanges.forEach(call);
    manyRanges.forEach(floor);
  }
}

console.log("SPC engine, best of 7 runs (ms)");
for (const chart of CHARTS) {
  for (const rules of PRESETS) {
    const one = bestOf(7, () => spcAnalysis(long, { chart, rules }));
    const thousand = bestOf(7, () => many.forEach((values) => spcAnalysis(values, { chart, rules })));
    console.log(
      `  ${chart.padEnd(3)} ${rules.padEnd(6)}  100,000 points: ${one.toFixed(2).padStart(7)} ms   1,000 x 60 points: ${thousand.toFixed(2).padStart(7)} ms`,
    );
  }
}
const steps = bestOf(7, () => automaticSteps(long));
console.log(`  automatic steps (run of 5), 100,000 points: ${steps.toFixed(2)} ms`);

/* Each of these allocates a spill of 100,000 small arrays, whose cost swings with the state of V8's
 * young generation (and whether it has begun to allocate them straight into the old one), by 2-3 times
 * from one run to the next on this machine: 15 runs in turn give each side the same chances. */
const REPEATS = 15;
console.log(
  `\nCustom functions as Excel calls them, best of ${REPEATS} runs in turn with the floor (ms; ratio = function / floor)`,
);
for (const { name, call, floor } of CALLS) {
  const [floorLong, callLong] = bestInTurn(REPEATS, [() => floor(longRange), () => call(longRange)]);
  const [floorMany, callMany] = bestInTurn(REPEATS, [() => manyRanges.forEach(floor), () => manyRanges.forEach(call)]);
  console.log(
    `  ${name.padEnd(22)} 100,000 points: ${callLong.toFixed(2).padStart(6)} vs floor ${floorLong.toFixed(2).padStart(6)} = ${(callLong / floorLong).toFixed(2)}x` +
      `   60 points per call: ${callMany.toFixed(3).padStart(6)} vs ${floorMany.toFixed(3).padStart(6)} ms per 1,000 = ${(callMany / floorMany).toFixed(2)}x`,
  );
}
