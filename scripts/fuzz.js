/* `npm run fuzz`: calls every registered custom function (test/functions/registered-functions.ts finds
 * them, so a new one is fuzzed without an edit here) at least 10,000 times with random arguments of
 * every shape Excel passes, and prints per function how many calls gave a value, an Excel error value
 * with a helpful message, and anything else (a crash, a non-finite number, an unhelpful message, a call
 * that never returned or ran out of memory). Each function runs in a worker thread watched by this
 * process, so a call that hangs is counted and stopped, not waited for.
 *   npm run fuzz                      10,000 calls per function
 *   npm run fuzz -- 50000 SPC         50,000 calls of each function whose id contains "SPC"
 *   npm run fuzz -- files [N] [satk]  only the file attacks (scripts/fuzz-files.ts): N runs each
 * After the functions, the file attacks run `satk` as a process on bad inputs and output targets (line
 * ends, huge and wide sheets, damaged sheets, write faults, damaged gzip, number spellings), 20 runs each.
 * Exit code 1 when any call fell in "anything else", or any file attack crashed, hung, passed 1 GB,
 * gave a wrong number or lost a file. */
/* global setInterval, clearInterval */
const { Worker } = require("worker_threads");
const { spawnSync } = require("child_process");
const path = require("path");

/** The file attacks, in their own process (they start satk processes of their own). */
function fileAttacks(args) {
  return (
    spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, "fuzz-files.ts"), ...args], {
      stdio: "inherit",
    }).status ?? 1
  );
}
if (process.argv[2] === "files") process.exit(fileAttacks(process.argv.slice(3)));

const calls = Number(process.argv[2]) || 10000;
const filter = (process.argv[3] || "").toUpperCase();
const seed = 20261201;
const HANG_MS = 10000;

require("tsx/cjs");
const { registeredFunctions } = require("../test/functions/registered-functions");
const ids = registeredFunctions()
  .map((f) => f.id)
  .filter((id) => id.includes(filter));

function runFrom(id, start, progress) {
  return new Promise((resolve) => {
    // A worker cannot start from a .ts file, so a one-line script registers tsx and loads it.
    const worker = new Worker(
      `require("tsx/cjs"); require(${JSON.stringify(path.join(__dirname, "fuzz-worker.ts"))});`,
      {
        eval: true,
        workerData: { id, calls, seed, start, progress: progress.buffer },
        resourceLimits: { maxOldGenerationSizeMb: 1024 },
      },
    );
    const examples = [];
    let last = -1;
    let still = 0;
    Atomics.store(progress, 4, 0); // set to 1 by the worker once its arguments are made and calls begin
    const watch = setInterval(() => {
      if (Atomics.load(progress, 4) === 0) return;
      const at = Atomics.load(progress, 0);
      still = at === last ? still + 500 : 0;
      last = at;
      if (still >= HANG_MS) {
        clearInterval(watch);
        worker.terminate();
        resolve({ stopped: `call ${at} never returned (stopped after ${HANG_MS / 1000} s)`, at, examples });
      }
    }, 500);
    worker.on("message", (message) => {
      if (message.example) examples.push(message.example);
    });
    worker.on("error", (error) => {
      clearInterval(watch);
      resolve({
        stopped: `call ${Atomics.load(progress, 0)} crashed the worker: ${error.code || error.message}`,
        at: Atomics.load(progress, 0),
        examples,
      });
    });
    worker.on("exit", () => {
      clearInterval(watch);
      resolve({ at: calls, examples });
    });
  });
}

async function fuzz(id) {
  const progress = new Int32Array(new SharedArrayBuffer(20));
  const examples = [];
  let start = 0;
  while (start < calls) {
    const run = await runFrom(id, start, progress);
    examples.push(...run.examples);
    if (!run.stopped) break;
    Atomics.add(progress, 3, 1);
    examples.push({ what: run.stopped, args: "" });
    start = run.at + 1;
  }
  return { id, values: progress[1], errors: progress[2], others: progress[3], examples };
}

(async () => {
  console.log(`Fuzzing ${ids.length} custom functions, ${calls} calls each (seed ${seed})`);
  console.log(`${"function".padEnd(16)} ${"values".padStart(8)} ${"errors".padStart(8)} ${"other".padStart(8)}`);
  const totals = { values: 0, errors: 0, others: 0 };
  const report = [];
  for (const id of ids) {
    const r = await fuzz(id);
    console.log(
      `${id.padEnd(16)} ${String(r.values).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.others).padStart(8)}`,
    );
    for (const key of ["values", "errors", "others"]) totals[key] += r[key];
    if (r.examples.length) report.push(r);
  }
  console.log(
    `${"all".padEnd(16)} ${String(totals.values).padStart(8)} ${String(totals.errors).padStart(8)} ${String(totals.others).padStart(8)}`,
  );
  for (const r of report) {
    console.log(`\n${r.id}: first examples of "anything else"`);
    for (const e of r.examples.slice(0, 6)) console.log(`  ${e.what}${e.args ? `\n    args ${e.args}` : ""}`);
  }
  const files = filter === "" ? fileAttacks(["20"]) : 0;
  process.exit(totals.others || files ? 1 : 0);
})();
