/* The file attacks of `npm run fuzz` (issue 23): runs `satk` as a process on generated bad inputs and
 * bad output targets, each against a truth made here, and counts per attack: runs, refused (exit 2 or 3
 * with a message), crashes (any other exit, or "internal error"), hangs (over 30 s, stopped), runs over
 * 1 GB of peak memory, wrong numbers (exit 0 with a count that is not the truth's, or "Infinity"/"NaN"
 * printed) and files lost or overwritten (a previous --out file changed or cut, an input changed, a
 * temporary file left).
 *   node --import tsx scripts/fuzz-files.ts [runs per attack] [path to bin/satk.js] [attack names contain]
 * The second argument runs another build (such as main's) to count its faults before a change. */
import { spawn } from "child_process";
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { gzipSync } from "zlib";

const runs = Number(process.argv[2]) || 20;
const satk = resolve(process.argv[3] || join(__dirname, "../bin/satk.js"));
const HANG_MS = 30000;
const dir = mkdtempSync(join(tmpdir(), "satk-fuzz-files-"));
const HEADER =
  "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

interface Run {
  code: number | null;
  out: string;
  err: string;
  ms: number;
  peakMb: number;
  hung: boolean;
}
interface Tally {
  runs: number;
  refused: number;
  crashes: number;
  hangs: number;
  over1GB: number;
  wrong: number;
  lost: number;
  examples: string[];
}

/** satk with these arguments, under GNU time for its peak memory, stopped after 30 s. */
function satkRun(args: string[], killAfterMs?: number): Promise<Run> {
  return new Promise((done) => {
    const start = Date.now();
    // A run to be killed (a write fault) is node itself, so the kill lands on satk, as the timed kills did.
    const timed = killAfterMs === undefined;
    const child = timed
      ? spawn("/usr/bin/time", ["-v", process.execPath, satk, ...args], { stdio: ["ignore", "pipe", "pipe"] })
      : spawn(process.execPath, [satk, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    let hung = false;
    const timer = setTimeout(() => ((hung = true), child.kill("SIGKILL")), HANG_MS);
    const killer = timed ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (killer) clearTimeout(killer);
      const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? 0);
      const exit = /Exit status: (\d+)/.exec(err);
      const status = signal || /Command terminated by signal/.test(err) ? -9 : exit ? Number(exit[1]) : code;
      done({
        code: status,
        out,
        err: err
          .split("\n")
          .filter((l) => l.startsWith("satk:"))
          .join("\n"),
        ms: Date.now() - start,
        peakMb: peakKb / 1024,
        hung,
      });
    });
  });
}

function tally(): Tally {
  return { runs: 0, refused: 0, crashes: 0, hangs: 0, over1GB: 0, wrong: 0, lost: 0, examples: [] };
}

/** Counts a run's outcome; `right` says whether an exit-0 run gave the truth. */
function count(t: Tally, run: Run, right: (run: Run) => boolean, what: string): void {
  t.runs++;
  if (run.hung) t.hangs++;
  if (run.peakMb > 1024) t.over1GB++;
  const crashed = !run.hung && (![0, 2, 3].includes(run.code ?? -1) || /internal error/.test(run.err));
  if (crashed) t.crashes++;
  else if (run.code === 2 || run.code === 3) t.refused++;
  else if (run.code === 0 && (!right(run) || /Infinity|NaN/.test(run.out))) t.wrong++;
  if ((crashed || (run.code === 0 && !right(run))) && t.examples.length < 3)
    t.examples.push(`${what}: exit ${run.code} ${run.err.slice(0, 160)}`);
}

/** The "All crime" count of the end month in a rolling-year table printed as CSV. */
function allCrime(out: string): string | undefined {
  return out
    .split(/\r?\n/)
    .find((l) => l.startsWith("All crime,"))
    ?.split(",")[1];
}

/** N police.uk records in Maidstone in 2019-03, a few with quoted line breaks in their Context (when `quoted`). */
function records(n: number, random: () => number, quoted = true): string[] {
  return Array.from({ length: n }, (_, k) => {
    const context = quoted && random() < 0.2 ? `"seen\r${random() < 0.5 ? "\n" : ""}then, ${k}"` : "";
    return `id${k},2019-03,Kent Police,Kent Police,0.5,51.2,On or near X,E0102${k % 10},Maidstone 00${k % 9}A,Burglary,Under investigation,${context}`;
  });
}

function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TABLE = ["table", "rolling-year", "--area", "Maidstone", "--end-month", "2019-03"];

async function lineEnds(t: Tally, random: () => number): Promise<void> {
  const n = 1 + Math.floor(random() * 3000);
  const ends = ["\n", "\r\n", "\r"];
  // Half the files have quoted line breaks in a Context field, half none (where lost records went unnoticed).
  const text = [HEADER, ...records(n, random, random() < 0.5)].map((l) => l + ends[Math.floor(random() * 3)]).join("");
  const file = join(dir, "ends.csv");
  writeFileSync(file, random() < 0.3 ? gzipSync(text) : text);
  count(t, await satkRun([...TABLE, "--input", file]), (r) => allCrime(r.out) === String(n), `line ends, ${n} records`);
}

async function numberSpellings(t: Tally, random: () => number): Promise<void> {
  const spellings: [string, number | undefined][] = [
    ["0x10", undefined],
    ["0b11", undefined],
    ["0o17", undefined],
    ["1e308", undefined],
    ["Infinity", undefined],
    ["-Infinity", undefined],
    ["NaN", undefined],
    ["9007199254740993", undefined],
    ['"1,204"', 1204],
    ["12", 12],
    ["1e+03", 1000],
    ['"12,04"', undefined],
  ];
  const [spelt, value] = spellings[Math.floor(random() * spellings.length)];
  const file = join(dir, "counts.csv");
  writeFileSync(
    file,
    `Month,Crime type,District,Count\n2019-02,Burglary,Maidstone,5\n2019-03,Burglary,Maidstone,${spelt}\n`,
  );
  // A count that is not a decimal number must be refused; a decimal one must be read exactly.
  count(
    t,
    await satkRun([...TABLE, "--input", file]),
    (r) => value !== undefined && allCrime(r.out) === String(value),
    `count ${spelt}`,
  );
}

async function damagedGzip(t: Tally, random: () => number): Promise<void> {
  const n = 500 + Math.floor(random() * 2000);
  const text = [HEADER, ...records(n, random)].join("\n") + "\n";
  const bytes = gzipSync(text, { level: random() < 0.5 ? 0 : 6 });
  // One bit flipped past the 10-byte header (whose time and system bytes no reader checks).
  const at = 10 + Math.floor(random() * (bytes.length - 10));
  bytes[at] ^= 1 << Math.floor(random() * 8);
  const file = join(dir, "damaged.csv.gz");
  writeFileSync(file, bytes);
  count(t, await satkRun([...TABLE, "--input", file]), (r) => allCrime(r.out) === String(n), `bit ${at} flipped`);
}

async function sheets(t: Tally, random: () => number): Promise<void> {
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Data");
  sheet.addRow(["Month", "Crime type", "District", "Count"]);
  sheet.addRow(["2019-03", "Burglary", "Maidstone", 4]);
  const far = [["XFD1"], ["A1048576"], ["XFD1", "A1048576"], ["XFD1048576"], ["Z500000"]][Math.floor(random() * 5)];
  for (const ref of far) sheet.getCell(ref).value = 1;
  const file = join(dir, "far.xlsx");
  await book.xlsx.writeFile(file);
  // A far cell in the count column adds to the truth only where it is read: any refusal is right, a count must be 4 (or 5).
  count(
    t,
    await satkRun([...TABLE, "--input", file]),
    (r) => ["4", "5"].includes(allCrime(r.out) ?? ""),
    `cells at ${far.join(", ")}`,
  );
}

/** A good workbook of 4 burglaries, its bytes once made (ExcelJS). */
let goodBook: Buffer | undefined;

/** A workbook with a bit flipped, a byte range zeroed or its end cut: refused naming it, or read as its 4 crimes. */
async function damagedSheets(t: Tally, random: () => number): Promise<void> {
  if (!goodBook) {
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Data");
    sheet.addRow(["Month", "Crime type", "District", "Count"]);
    for (const n of [1, 3]) sheet.addRow(["2019-03", "Burglary", "Maidstone", n]);
    goodBook = Buffer.from(await book.xlsx.writeBuffer());
  }
  const bytes = Buffer.from(goodBook);
  const at = Math.floor(random() * bytes.length);
  const kind = Math.floor(random() * 3);
  if (kind === 0) bytes[at] ^= 1 << Math.floor(random() * 8);
  else if (kind === 1) bytes.fill(0, at, at + 1 + Math.floor(random() * 64));
  const file = join(dir, "damaged.xlsx");
  writeFileSync(file, kind === 2 ? bytes.subarray(0, at) : bytes);
  const what = `${["bit flipped", "bytes zeroed", "cut"][kind]} at byte ${at} of ${bytes.length}`;
  count(t, await satkRun([...TABLE, "--input", file]), (r) => allCrime(r.out) === "4", what);
}

/** Writes over an existing good report: killed at a random moment, a hard link to the input, a wrong extension. */
async function writeFaults(t: Tally, random: () => number): Promise<void> {
  const input = join(dir, "input.csv");
  const text = [HEADER, ...records(2000, random)].join("\n") + "\n";
  writeFileSync(input, text);
  const kind = Math.floor(random() * 3);
  const folder = mkdtempSync(join(dir, "out-"));
  const out = join(folder, kind === 2 ? "report.xlsx" : "report.docx");
  const good = Buffer.from("PK the previous good file");
  if (kind === 1) linkSync(input, out);
  else writeFileSync(out, good);
  const run = await satkRun(
    ["report", "--input", input, "--area", "Maidstone", "--out", out],
    kind === 0 ? 200 + Math.floor(random() * 2500) : undefined,
  );
  const now = readFileSync(out);
  const left = readdirSync(folder).filter((name) => name !== "report.docx" && name !== "report.xlsx");
  const inputKept = readFileSync(input, "utf8") === text;
  // After a run the target is the old file or a whole new .docx (a zip ending in its central directory), and nothing else is left.
  const whole =
    now.equals(good) ||
    (kind === 1
      ? false
      : now.subarray(0, 2).toString() === "PK" && now.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06])));
  const kept = kind === 1 ? inputKept && readFileSync(out, "utf8") === text : whole && inputKept;
  // A later write removes what a killed one left (the temporary file of a process no longer running).
  if (kind === 0 && left.length > 0) {
    await satkRun(["report", "--input", input, "--area", "Maidstone", "--out", out]);
  }
  const stillLeft = readdirSync(folder).filter((name) => name !== "report.docx" && name !== "report.xlsx");
  t.runs++;
  if (!kept || stillLeft.length > 0) {
    t.lost++;
    if (t.examples.length < 3)
      t.examples.push(
        `write fault ${["killed", "hard link", "wrong extension"][kind]}: exit ${run.code}, target ${whole ? "whole" : "cut or changed"}, left ${stillLeft.join(" ")}`,
      );
  } else if (run.code === 2 || run.code === 3 || (run.code ?? 0) < 0) t.refused++;
  if (run.hung) t.hangs++;
  if (run.peakMb > 1024) t.over1GB++;
  if (run.code !== null && run.code > 0 && ![2, 3].includes(run.code)) t.crashes++;
  rmSync(folder, { recursive: true, force: true });
}

void (async () => {
  if (!existsSync(satk)) throw new Error(`No ${satk}: npm run build:cli first.`);
  console.log(`\nFile attacks on ${satk}, ${runs} runs each (seed 20261204)`);
  const attacks: [string, (t: Tally, random: () => number) => Promise<void>][] = [
    ["line ends", lineEnds],
    ["number spellings", numberSpellings],
    ["damaged gzip", damagedGzip],
    ["huge and wide sheets", sheets],
    ["damaged sheets", damagedSheets],
    ["write faults", writeFaults],
  ];
  const columns = ["runs", "refused", "crashes", "hangs", "over1GB", "wrong", "lost"] as const;
  console.log(`${"attack".padEnd(22)}${columns.map((c) => c.padStart(9)).join("")}`);
  const all = tally();
  for (const [name, attack] of attacks) {
    const t = tally();
    const random = seeded(20261204 + name.length);
    if (!name.includes(process.argv[4] ?? "")) continue;
    for (let i = 0; i < runs; i++) await attack(t, random);
    console.log(`${name.padEnd(22)}${columns.map((c) => String(t[c]).padStart(9)).join("")}`);
    for (const c of columns) all[c] += t[c];
    for (const e of t.examples) console.log(`    ${e}`);
  }
  console.log(`${"all".padEnd(22)}${columns.map((c) => String(all[c]).padStart(9)).join("")}`);
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = all.crashes + all.hangs + all.over1GB + all.wrong + all.lost > 0 ? 1 : 0;
})();
