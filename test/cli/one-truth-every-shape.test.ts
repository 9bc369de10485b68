/**
 * One truth, every shape (issue 19): a random ground truth of periods x categories x areas is written in
 * every shape the toolkit claims to read (records, long counts, wide by period, by category or by area;
 * months, calendar or financial years and named 12-month periods, as rows or as columns; with total rows,
 * group rows and total columns; row numbers, constant, code and measure columns; without a category
 * column; CSV, TSV, semicolons and .xlsx; UTF-8 with and without BOM, Windows-1252, UTF-16 LE and BE;
 * LF, CRLF and lone CR), and `satk` must give the truth's tables - the monthly series (spc-series) or
 * the counts by type and year (category-by-year) of each category and each area - or refuse with exit
 * code 3 before any table. A reading that is made and then gives other numbers, or names categories or
 * areas the truth does not hold, is a wrong number, and there must be none. Most files are read by
 * `satk` in this process; a sample by `satk` as a process of its own.
 */
import { spawnSync } from "child_process";
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseCsv } from "../../src/core/csv";
import { runSatk, type SatkRun } from "./run-satk";
import { outcome, satkArgs, type Reader, type TableRun } from "./shape-outcome";
import { fileName, shapeArb, textBytes, truthArb, truthFor, truthRows, xlsxBytes } from "./truth-shapes";

const dir = mkdtempSync(join(tmpdir(), "satk-shapes-"));
/**
 * Files per `npm test` read by `satk` in this process: each asks one to four tables (thousands of
 * tables in all). SATK_SHAPE_RUNS raises it for a longer search.
 */
const RUNS = Number(process.env.SATK_SHAPE_RUNS ?? 800);
/** A slow, shared machine may cut the search short (at 60 s): the files read are still checked, and must be at least this many. */
const FEWEST_RUNS = 200;
/** Files read by `satk` as a process of its own (a third of a second each to start): a sample of the same search. */
const PROCESS_RUNS = Number(process.env.SATK_SHAPE_PROCESS_RUNS ?? 8);

/** `satk` in this process, as a Reader: a refusal is exit 3 before its "read" lines. */
function inProcess(path: string): Reader {
  return async (ask) => satkRun(await runSatk(...satkArgs(ask, path)));
}

function satkRun(run: Pick<SatkRun, "code" | "err" | "table">): TableRun {
  return {
    code: run.code,
    beforeReading: !/^satk: read /m.test(run.err),
    why: run.err.trim().split("\n").pop() ?? "",
    table: run.table,
  };
}

/** `satk` as its own process (`node` running src/cli/main.ts through tsx, as bin/satk.js runs lib/): real files, exit code and streams. */
function asProcess(path: string): Reader {
  const main = JSON.stringify(join(__dirname, "../../src/cli/main.ts"));
  const script = `require(${main}).main(process.argv.slice(1)).then((code) => { process.exitCode = code; })`;
  return async (ask) => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "-e", script, ...satkArgs(ask, path)], {
      encoding: "utf8",
    });
    const code = run.status ?? -1;
    return satkRun({ code, err: run.stderr, table: run.stdout === "" ? [] : parseCsv(run.stdout) });
  };
}

type Tally = { files: number; tables: number; right: number; refused: number; wrong: number };
const tallies: Record<"in-process" | "process", Tally> = {
  "in-process": { files: 0, tables: 0, right: 0, refused: 0, wrong: 0 },
  process: { files: 0, tables: 0, right: 0, refused: 0, wrong: 0 },
};
const shapes = new Set<string>();
const wrongs: string[] = [];
const refusals = new Map<string, number>();

/** Writes `runs` random truths in random shapes and reads each through `reader`, tallying what it gave. */
async function search(runs: number, reader: (path: string) => Reader, tally: Tally, limit: number): Promise<void> {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(truthArb, shapeArb, async (monthly, shape) => {
      const truth = truthFor(monthly, shape);
      const rows = truthRows(truth, shape);
      const path = join(dir, fileName(shape, n++));
      writeFileSync(path, shape.format === "xlsx" ? await xlsxBytes(rows) : textBytes(rows, shape));
      const read = reader(path);
      const got = await outcome(truth, shape, (ask) => (tally.tables++, read(ask)));
      tally.files++;
      shapes.add(JSON.stringify({ ...shape, categoryHeader: 0, areaHeader: 0, totalLabel: 0 }));
      tally[got.result]++;
      if (got.result === "refused") {
        const why = got.why.replace(/\d+/g, "N").slice(0, 160);
        refusals.set(why, (refusals.get(why) ?? 0) + 1);
      }
      if (got.result === "wrong")
        wrongs.push(`${JSON.stringify(shape)} ${truth.categories.length}c ${truth.areas.length}a: ${got.why}`);
      return process.env.SATK_SHAPE_REPORT ? true : got.result !== "wrong";
    }),
    {
      numRuns: runs,
      seed: process.env.SATK_SHAPE_SEED ? Number(process.env.SATK_SHAPE_SEED) : undefined,
      interruptAfterTimeLimit: limit,
      markInterruptAsFailure: false,
    },
  );
}

describe("one truth written in every shape", () => {
  afterAll(() => {
    // The counts the closing note gives: files (each one truth in one shape), tables asked, right, refused, wrong.
    for (const [how, t] of Object.entries(tallies))
      process.stderr.write(
        `one truth every shape (satk ${how}): ${t.files} files, ${t.tables} tables, ${t.right} right, ${t.refused} refused, ${t.wrong} wrong\n`,
      );
    process.stderr.write(`one truth every shape: ${shapes.size} distinct shapes\n`);
    if (process.env.SATK_SHAPE_REPORT)
      for (const [why, n] of [...refusals].sort((x, y) => y[1] - x[1]))
        process.stderr.write(`  refused ${n}: ${why}\n`);
  });

  it("gives the truth's tables for every category and area, or refuses before any table, never another number", async () => {
    await search(RUNS, inProcess, tallies["in-process"], 60_000);
    expect(wrongs).toEqual([]);
    expect(tallies["in-process"].files).toBeGreaterThanOrEqual(Math.min(RUNS, FEWEST_RUNS));
  }, 150_000);

  it("gives the same through satk as a process of its own: its exit code, standard output and error", async () => {
    await search(PROCESS_RUNS, asProcess, tallies.process, 60_000);
    expect(wrongs).toEqual([]);
    expect(tallies.process.files).toBeGreaterThanOrEqual(Math.min(PROCESS_RUNS, 4));
  }, 150_000);
});
