/* One function's share of `npm run fuzz` (see scripts/fuzz.js): calls it with the random arguments of
 * test/functions/excel-arguments.ts from call `start` on, writing its progress and counts to the shared
 * array before and after every call, so the parent can see a call that never returns. */
import { parentPort, workerData } from "worker_threads";
import fc from "fast-check";
import { argumentsFor, outcomeOf } from "../test/functions/excel-arguments";
import { registeredFunctions } from "../test/functions/registered-functions";

interface Job {
  id: string;
  calls: number;
  seed: number;
  start: number;
  progress: SharedArrayBuffer;
}

const job = workerData as Job;
const fn = registeredFunctions().find((f) => f.id === job.id);
if (!fn) throw new Error(`No function ${job.id}`);
const progress = new Int32Array(job.progress); // [next call, values, errors, others, calling]
const samples = fc.sample(argumentsFor(fn), { numRuns: job.calls, seed: job.seed });
const seen = new Set<string>(); // the "anything else" kinds already sent as an example
Atomics.store(progress, 4, 1);
for (let i = job.start; i < job.calls; i++) {
  Atomics.store(progress, 0, i);
  const outcome = outcomeOf(fn, samples[i]);
  Atomics.add(progress, outcome.kind === "value" ? 1 : outcome.kind === "error" ? 2 : 3, 1);
  if (outcome.kind === "other") {
    const key = outcome.what.replace(/\d+(\.\d+)?(e[+-]?\d+)?/g, "N").slice(0, 160);
    if (!seen.has(key))
      parentPort?.postMessage({
        example: { what: outcome.what.slice(0, 300), args: JSON.stringify(samples[i]).slice(0, 300) },
      });
    seen.add(key);
  }
}
Atomics.store(progress, 0, job.calls);
