/**
 * One truth, every shape (issue 19): a random ground truth of months x categories x areas is written in
 * every shape the toolkit claims to read (records, long counts, wide by month, by category or by area;
 * with total rows and columns, row numbers, constant, code and measure columns; CSV, TSV, semicolons and
 * .xlsx; UTF-8 with and without BOM, Windows-1252, UTF-16), and `satk` must give the truth's monthly
 * series for each category and each area, or refuse with exit code 3 before any table. A reading that
 * is made and then gives other numbers - or names categories or areas the truth does not hold - is a
 * wrong number, and there must be none.
 */
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runSatk, type SatkRun } from "./run-satk";
import { outcome, satkArgs, type Reader, type TableRun } from "./shape-outcome";
import { fileName, shapeArb, textBytes, truthArb, truthFor, truthRows, xlsxBytes } from "./truth-shapes";

const dir = mkdtempSync(join(tmpdir(), "satk-shapes-"));
/** Runs per `npm test`: each is one to four in-process `satk` runs. SATK_SHAPE_RUNS raises it for a longer search. */
const RUNS = Number(process.env.SATK_SHAPE_RUNS ?? 200);
/** A slow, shared machine may cut the search short (at 45 s): the runs made are still checked, and must be at least this many. */
const FEWEST_RUNS = 60;

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

const tally = { shapes: new Set<string>(), runs: 0, right: 0, refused: 0, wrong: 0 };
const wrongs: string[] = [];
const refusals = new Map<string, number>();

describe("one truth written in every shape", () => {
  afterAll(() => {
    // The counts the closing note gives: shapes, runs, right, refused, wrong.
    process.stderr.write(
      `one truth every shape: ${tally.shapes.size} shapes, ${tally.runs} runs, ${tally.right} right, ${tally.refused} refused, ${tally.wrong} wrong\n`,
    );
    if (process.env.SATK_SHAPE_REPORT)
      for (const [why, n] of [...refusals].sort((x, y) => y[1] - x[1]))
        process.stderr.write(`  refused ${n}: ${why}\n`);
  });

  it("gives the truth's monthly series for every category and area, or refuses before any table, never another number", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(truthArb, shapeArb, async (monthly, shape) => {
        const truth = truthFor(monthly, shape);
        const rows = truthRows(truth, shape);
        const path = join(dir, fileName(shape, n++));
        writeFileSync(path, shape.format === "xlsx" ? await xlsxBytes(rows) : textBytes(rows, shape));
        const got = await outcome(truth, shape, inProcess(path));
        tally.runs++;
        tally.shapes.add(JSON.stringify({ ...shape, categoryHeader: 0, areaHeader: 0, totalLabel: 0 }));
        tally[got.result]++;
        if (got.result === "refused")
          refusals.set(
            got.why.replace(/\d+/g, "N").slice(0, 160),
            (refusals.get(got.why.replace(/\d+/g, "N").slice(0, 160)) ?? 0) + 1,
          );
        if (got.result === "wrong")
          wrongs.push(`${JSON.stringify(shape)} ${truth.categories.length}c ${truth.areas.length}a: ${got.why}`);
        return process.env.SATK_SHAPE_REPORT ? true : got.result !== "wrong";
      }),
      {
        numRuns: RUNS,
        seed: process.env.SATK_SHAPE_SEED ? Number(process.env.SATK_SHAPE_SEED) : undefined,
        interruptAfterTimeLimit: 45_000,
        markInterruptAsFailure: false,
      },
    );
    expect(wrongs).toEqual([]);
    expect(tally.runs).toBeGreaterThanOrEqual(Math.min(RUNS, FEWEST_RUNS));
  }, 120_000);
});
