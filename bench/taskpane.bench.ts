/* Task pane benchmark (issue 13): one force's year in the wizard, in Debian's Chromium. It puts the Gwent
 * police.uk files (30 months, 167,420 rows, 12 columns) on a sheet of the playground's in-memory workbook with
 * its sync delay set to zero (standing in for Excel, so what is timed is the add-in's own work), then clicks
 * through the wizard as an analyst would and prints, for each step, the time from the click to the status
 * line saying it is done, the number of `sync` calls, the frames the page drew meanwhile and its longest task
 * (a long task is time the pane could not draw progress or hear Cancel). Last, it presses Cancel while the
 * tables are being written and prints how long the pane took to stop.
 * SATK_PROFILE=1 also takes a Chromium CPU profile of each step of the first run (CDP Profiler) and prints the
 * functions with the most self time. Figures only: nothing fails on time. */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import { basename, join } from "path";
import { gunzipSync } from "zlib";
import { chromium, type BrowserContext, type CDPSession, type Page } from "playwright-core";
import { parseCsv } from "../src/core/csv/parse-csv";
import { serveFolder } from "../scripts/static-server";
import { summariseProfile, type CpuProfile } from "./profile-summary";
import { readInChunks } from "../src/excel/read-chunks";

const ROOT = join(__dirname, "..");
const GWENT = join(ROOT, "..", "shared", "data", "police-uk", "gwent");
/** A build folder per checkout, so two checkouts can be benched side by side. */
const DIST = join(tmpdir(), `satk-bench-dist-${basename(ROOT)}`);
const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const RUNS = 5;
const PROFILE = process.env.SATK_PROFILE === "1";

type Cell = string | number;

/** The Gwent files as one sheet, the header once, each cell as Excel shows a CSV it opened: numbers as numbers. */
function gwentSheet(): Cell[][] {
  const files = readdirSync(GWENT)
    .filter((f) => f.endsWith(".csv.gz"))
    .sort();
  const sheet: Cell[][] = [];
  for (const [i, file] of files.entries()) {
    const rows = parseCsv(gunzipSync(readFileSync(join(GWENT, file))), file);
    for (const row of i === 0 ? rows : rows.slice(1))
      sheet.push(row.map((v) => (v !== "" && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)));
  }
  return sheet;
}

/** The newest modification time of the files under a folder. */
function newest(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce(
    (t, e) => Math.max(t, e.isDirectory() ? newest(join(folder, e.name)) : statSync(join(folder, e.name)).mtimeMs),
    0,
  );
}

/** Builds the add-in into a folder of its own (development mode keeps function names for the profile), unless it is up to date. */
function build(): void {
  const bundle = join(DIST, "playground.js");
  if (existsSync(bundle) && statSync(bundle).mtimeMs > newest(join(ROOT, "src"))) return;
  console.log(`building the playground into ${DIST} ...`);
  execFileSync("npx", ["webpack", "--mode", "development", "--output-path", DIST], { cwd: ROOT, stdio: "ignore" });
}

interface StepFigures {
  ms: number;
  syncs: number;
  frames: number;
  longestTask: number;
  error: string;
}

/**
 * Runs in the page: clicks a button and resolves when the status line matches `pattern` (or an error shows),
 * with the time, the syncs, the frames drawn and the longest task meanwhile.
 */
function stepInPage([buttonId, pattern]: [string, string]): Promise<StepFigures> {
  return new Promise((resolve) => {
    const status = document.getElementById("satk-status") as HTMLElement;
    const error = document.getElementById("satk-error") as HTMLElement;
    const workbook = (window as unknown as { __satk: { workbook: { syncCount: number } } }).__satk.workbook;
    const syncs = workbook.syncCount;
    let longestTask = 0;
    const tasks = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => (longestTask = Math.max(longestTask, e.duration))),
    );
    tasks.observe({ type: "longtask" });
    let frames = 0;
    let drawing = true;
    const frame = () => {
      if (!drawing) return;
      frames++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const done = new RegExp(pattern);
    let finished = false;
    const start = performance.now();
    const watch = new MutationObserver(() => {
      if (finished || !(done.test(status.textContent ?? "") || error.textContent)) return;
      finished = true;
      const ms = performance.now() - start;
      drawing = false;
      watch.disconnect();
      const figures = { ms, syncs: workbook.syncCount - syncs, frames, error: error.textContent ?? "" };
      setTimeout(() => (tasks.disconnect(), resolve({ ...figures, longestTask })), 200); // long tasks are reported late
    });
    for (const node of [status, error]) watch.observe(node, { childList: true, characterData: true, subtree: true });
    (document.getElementById(buttonId) as HTMLButtonElement).click();
  });
}

/** The steps timed; `level` first chooses the tables' area level (a ward table places the LSOAs through ONS's lookup). */
const STEPS: { name: string; button: string; done: string; level?: string }[] = [
  { name: "Read the data", button: "satk-read", done: "^Read \\d+ rows" },
  { name: "Next (columns -> records)", button: "satk-next-1", done: "^\\d+ records" },
  { name: "All standard tables", button: "satk-generate", done: "^Made \\d+ table" },
  { name: "The same tables again", button: "satk-generate", done: "^Made \\d+ table" },
  { name: "Ward tables", button: "satk-generate", done: "^Made \\d+ table", level: "ward" },
  { name: "Ward tables again", button: "satk-generate", done: "^Made \\d+ table" },
];
/** The first three steps, an analyst's first pass, against the pane's target. */
const FIRST_PASS = 3;

async function profiled<T>(cdp: CDPSession | undefined, work: () => Promise<T>): Promise<[T, CpuProfile | undefined]> {
  if (!cdp) return [await work(), undefined];
  await cdp.send("Profiler.start");
  const result = await work();
  const { profile } = await cdp.send("Profiler.stop");
  return [result, profile as CpuProfile];
}

/** The page's cumulative style-and-layout time in seconds (CDP Performance metrics). */
async function browserTimes(cdp: CDPSession): Promise<{ Layout: number }> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { Layout: value("LayoutDuration") + value("RecalcStyleDuration") };
}

/** Opens the playground with a zero sync delay and the Gwent sheet on it, the wizard set to read that sheet. */
async function openWithGwent(context: BrowserContext, base: string, sheet: Cell[][]): Promise<Page> {
  const page = await context.newPage();
  // tsx compiles this file with esbuild's keepNames, which wraps inner functions in __name(): the page needs it too.
  await page.addInitScript("globalThis.__name = (f) => f;");
  await page.goto(`${base}/playground.html?sync-delay=0`);
  await page.waitForFunction(() => /Loaded/.test(document.getElementById("pg-load-status")?.textContent ?? ""));
  await page.evaluate(
    (rows) =>
      (window as unknown as { __satk: { addUserSheet(n: string, r: unknown): void } }).__satk.addUserSheet(
        "Gwent",
        rows,
      ),
    sheet,
  );
  await page.selectOption("#satk-source-kind", "sheet");
  await page.waitForSelector('#satk-source-name option[value="Gwent"]', { state: "attached" });
  await page.selectOption("#satk-source-name", "Gwent");
  return page;
}

/** Each step's figures, run by run, for the medians. */
const figures = new Map<string, StepFigures[]>();

async function oneRun(context: BrowserContext, base: string, sheet: Cell[][], run: number): Promise<void> {
  const page = await openWithGwent(context, base, sheet);
  const metrics = await context.newCDPSession(page);
  await metrics.send("Performance.enable");
  const cdp = PROFILE && run === 1 ? metrics : undefined;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  }
  let total = 0;
  for (const step of STEPS) {
    if (step.button === "satk-generate") await page.check("#satk-all-standard");
    if (step.level) await page.selectOption("#satk-area-level", step.level);
    await page.evaluate(() => void ((document.getElementById("satk-status") as HTMLElement).textContent = "")); // a step repeated must not end on the last one's line
    const before = await browserTimes(metrics);
    const [f, profile] = await profiled(cdp, () =>
      page.evaluate(stepInPage, [step.button, step.done] as [string, string]),
    );
    const after = await browserTimes(metrics);
    total += f.ms;
    figures.set(step.name, [...(figures.get(step.name) ?? []), f]);
    const spent = (key: keyof typeof after) => `${((after[key] - before[key]) * 1000).toFixed(0)}`;
    console.log(
      `run ${run}  ${step.name.padEnd(27)} ${f.ms.toFixed(0).padStart(6)} ms  ${String(f.syncs).padStart(4)} syncs  ${String(f.frames).padStart(4)} frames drawn  longest task ${f.longestTask.toFixed(0).padStart(5)} ms  style+layout ${spent("Layout").padStart(4)} ms${f.error ? `  ERROR: ${f.error}` : ""}`,
    );
    if (profile)
      console.log(
        summariseProfile(profile, 15)
          .map((line) => `        ${line}`)
          .join("\n"),
      );
  }
  console.log(
    `run ${run}  ${"all steps".padEnd(27)} ${total.toFixed(0).padStart(6)} ms  (${await page.locator("#satk-results li").count()} tables)`,
  );
  if (run === RUNS) await cancelWhileWriting(page);
  await page.close();
}

/** Makes the tables again and presses Cancel as soon as the first table is being written: how long until the pane says it stopped. */
async function cancelWhileWriting(page: Page): Promise<void> {
  const figures = await page.evaluate(
    () =>
      new Promise<{ ms: number; message: string; written: number }>((resolve) => {
        const progress = document.getElementById("satk-progress-text") as HTMLElement;
        const error = document.getElementById("satk-error") as HTMLElement;
        const workbook = (window as unknown as { __satk: { workbook: { sheets: unknown[] } } }).__satk.workbook;
        let start = 0;
        let sheets = 0;
        const watch = new MutationObserver(() => {
          if (start === 0 && /^Writing/.test(progress.textContent ?? "")) {
            start = performance.now();
            sheets = workbook.sheets.length;
            (document.getElementById("satk-cancel") as HTMLButtonElement).click();
          } else if (start > 0 && error.textContent) {
            watch.disconnect();
            resolve({
              ms: performance.now() - start,
              message: error.textContent,
              written: workbook.sheets.length - sheets,
            });
          }
        });
        for (const node of [progress, error])
          watch.observe(node, { childList: true, characterData: true, subtree: true });
        (document.getElementById("satk-generate") as HTMLButtonElement).click();
      }),
  );
  console.log(
    `Cancel pressed as the first table was being written: the pane stopped ${figures.ms.toFixed(0)} ms later, ${figures.written} sheet(s) added meanwhile ("${figures.message}")`,
  );
}

/** The requests a read of the whole sheet makes (the same planner runs in Excel), with the largest request's JSON size. */
async function readPlan(sheet: Cell[][]): Promise<void> {
  const sizes: number[] = [];
  const start = performance.now();
  await readInChunks(sheet.length, sheet[0].length, async (first, count) => {
    const rows = sheet.slice(first, first + count);
    sizes.push(JSON.stringify(rows).length);
    return rows;
  });
  const ms = performance.now() - start - 0;
  const total = sizes.reduce((a, b) => a + b, 0);
  console.log(
    `read plan: ${sizes.length} requests for ${(total / 1e6).toFixed(1)} MB of values, largest ${(Math.max(...sizes) / 1e6).toFixed(2)} MB (Excel on the web's limit: 5 MB); planning and measuring in Node ${ms.toFixed(0)} ms`,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2
    ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
}

function printMedians(): void {
  console.log(`medians of ${RUNS} runs (the first is a cold start):`);
  let total = 0;
  for (const [i, [name, runs]] of [...figures].entries()) {
    const ms = median(runs.map((f) => f.ms));
    if (i < FIRST_PASS) total += ms;
    console.log(
      `  ${name.padEnd(27)} ${ms.toFixed(0).padStart(6)} ms  ${String(median(runs.map((f) => f.syncs))).padStart(4)} syncs  longest task ${median(
        runs.map((f) => f.longestTask),
      )
        .toFixed(0)
        .padStart(5)} ms`,
    );
  }
  console.log(`  ${"the three steps".padEnd(27)} ${total.toFixed(0).padStart(6)} ms (target: under 1,500 ms)`);
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`No ${CHROMIUM}: the task pane bench needs Debian's chromium.`);
    return;
  }
  const sheet = gwentSheet();
  console.log(
    `Gwent police.uk, ${sheet.length - 1} rows x ${sheet[0].length} columns, on a sheet of the playground's workbook (sync delay 0)`,
  );
  await readPlan(sheet);
  build();
  const { server } = await serveFolder(DIST);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const userDataDir = mkdtempSync(join(tmpdir(), "satk-bench-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
  });
  try {
    for (let run = 1; run <= RUNS; run++) await oneRun(context, base, sheet, run);
    printMedians();
  } finally {
    await context.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

void main();
