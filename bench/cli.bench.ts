/* Whole-process benchmark (issue 6): one `node bin/satk.js table rolling-year` over the 1,000,000-row
 * file of ingest.bench.ts, timed with its peak memory (GNU time -v when present, else the child's own
 * resource usage). Target: under 1.5 s and 300 MB. Figures only: nothing fails on time. */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { benchFile } from "./ingest.bench";

const root = join(__dirname, "..");
const [modules, bundle] = [join(root, "lib/cli/main.js"), join(root, "lib/bundle/satk.js")];
if (!existsSync(modules) || !existsSync(bundle))
  execFileSync("npm", ["run", "build:cli"], { cwd: root, stdio: "inherit" });
// bin/satk.js runs the bundle only when it is at least as new as lib/ (see there).
console.log(
  `bin/satk.js runs ${statSync(bundle).mtimeMs >= statSync(modules).mtimeMs ? "lib/bundle/satk.js" : "lib/cli/main.js (the bundle is older: npm run build:cli)"}`,
);
const file = benchFile();
const command = [join(root, "bin/satk.js"), "table", "rolling-year", "--input", file, "--area", "Maidstone"];

/** One run of the command: its exit status and peak resident memory in KB (from GNU time -v, else the child itself). */
function measured(): { status: number | null; maxKb: number } {
  if (existsSync("/usr/bin/time")) {
    const result = spawnSync("/usr/bin/time", ["-v", process.execPath, ...command], { encoding: "utf8" });
    return {
      status: result.status,
      maxKb: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? NaN),
    };
  }
  const script = `require(${JSON.stringify(join(root, "lib/cli/main.js"))}).main(${JSON.stringify(command.slice(1))}, { stdout() {}, stderr: (t) => process.stderr.write(t), writeFile() {} }).then((c) => { process.stderr.write("maxRSS " + process.resourceUsage().maxRSS + "\\n"); process.exitCode = c; })`;
  const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  return { status: result.status, maxKb: Number(/maxRSS (\d+)/.exec(result.stderr)?.[1] ?? NaN) };
}

for (let run = 1; run <= 3; run++) {
  const start = performance.now();
  const { status, maxKb } = measured();
  const wall = (performance.now() - start) / 1000;
  console.log(
    `run ${run}: exit ${status}, ${wall.toFixed(2)} s wall, peak ${(maxKb / 1024).toFixed(0)} MB RSS (target < 1.5 s, < 300 MB)`,
  );
}

/* The floors under the run (issue 13.4), each the fastest of five processes: node doing nothing, satk
 * loading itself (--help), and the least any Node process must do with the file: read it in 1 MB blocks,
 * and walk every byte for commas and line ends (one thread; two threads, each half, with a worker). */
const FLOOR = `
const fs = require("fs"), { Worker, isMainThread, workerData, parentPort } = require("worker_threads");
function walk(file, from, to, look) {
  const fd = fs.openSync(file, "r"), b = new Uint8Array(1 << 20);
  let stops = 0;
  for (let at = from, r; at < to && (r = fs.readSync(fd, b, 0, Math.min(b.length, to - at), at)) > 0; at += r)
    if (look) for (let i = 0; i < r; i++) { const x = b[i]; if (x <= 0x2c && (x === 0x2c || x === 10)) stops++; }
  fs.closeSync(fd);
  return stops;
}
if (!isMainThread) parentPort.postMessage(walk(workerData.file, workerData.from, workerData.to, true));
else {
  const [mode, file] = process.argv.slice(2), size = fs.statSync(file).size;
  if (mode !== "two") walk(file, 0, size, mode === "walk");
  else {
    const worker = new Worker(__filename, { workerData: { file, from: size >> 1, to: size } });
    const mine = walk(file, 0, size >> 1, true);
    worker.once("message", (theirs) => void (mine + theirs));
  }
}`;
const floorScript = join(tmpdir(), "satk-cli-floor.js");
writeFileSync(floorScript, FLOOR);
const fastest = (args: string[]): number =>
  Math.min(
    ...[1, 2, 3, 4, 5].map(() => {
      const start = performance.now();
      const { status, stderr } = spawnSync(process.execPath, args, { encoding: "utf8" });
      if (status !== 0) throw new Error(`floor ${args.join(" ")} failed: ${stderr}`);
      return (performance.now() - start) / 1000;
    }),
  );
const floors: [string, string[]][] = [
  ["node -e 0", ["-e", "0"]],
  ["satk --help (loading the tool)", [join(root, "bin/satk.js"), "--help"]],
  ["read the file in 1 MB blocks", [floorScript, "read", file]],
  ["walk its bytes for commas and line ends, one thread", [floorScript, "walk", file]],
  ["the same, two threads (a worker reads the later half)", [floorScript, "two", file]],
];
for (const [what, args] of floors) console.log(`floor: ${what}: ${fastest(args).toFixed(2)} s wall`);

/* pandas side by side (issue 13.4): the same counts (Maidstone, by crime type, the rolling year to the last
 * month and the year before) as a whole python3 process, when Debian's python3-pandas is installed. */
const PANDAS = `
import sys, pandas as pd
d = pd.read_csv(sys.argv[1], usecols=["Month", "LSOA name", "Crime type"], dtype=str)
d = d[d["LSOA name"].str.startswith("Maidstone ", na=False)]
last = d["Month"].max()
y, m = map(int, last.split("-"))
key = lambda k: f"{y + (m - 1 - k) // 12}-{(m - 1 - k) % 12 + 1:02d}"
now = d[(d["Month"] > key(12)) & (d["Month"] <= last)].groupby("Crime type").size()
before = d[(d["Month"] > key(24)) & (d["Month"] <= key(12))].groupby("Crime type").size()
print(now.sum(), before.sum())
`;
// Debian's python3-pandas is installed for /usr/bin/python3, which a pyenv shim on PATH may hide.
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const python = spawnSync(PYTHON, ["-c", "import pandas"], { encoding: "utf8" });
if (python.status !== 0) console.log("pandas: not installed (apt-get install -y python3-pandas), no comparison");
else {
  for (let run = 1; run <= 2; run++) {
    const start = performance.now();
    const result = existsSync("/usr/bin/time")
      ? spawnSync("/usr/bin/time", ["-v", PYTHON, "-c", PANDAS, file], { encoding: "utf8" })
      : spawnSync(PYTHON, ["-c", PANDAS, file], { encoding: "utf8" });
    const wall = (performance.now() - start) / 1000;
    const maxKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? "")?.[1] ?? NaN);
    console.log(
      `pandas run ${run}: exit ${result.status}, ${wall.toFixed(2)} s wall, peak ${(maxKb / 1024).toFixed(0)} MB RSS (counts ${result.stdout.trim()})`,
    );
  }
}
