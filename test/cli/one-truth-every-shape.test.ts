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
import {
  fileName,
  shapeArb,
  textBytes,
  truthArb,
  truthRows,
  truthSeries,
  xlsxBytes,
  type Shape,
  type Truth,
} from "./truth-shapes";

const dir = mkdtempSync(join(tmpdir(), "satk-shapes-"));
/** Runs per `npm test`: each is one to four in-process `satk` runs. SATK_SHAPE_RUNS raises it for a longer search. */
const RUNS = Number(process.env.SATK_SHAPE_RUNS ?? 200);
/** A slow, shared machine may cut the search short (at 45 s): the runs made are still checked, and must be at least this many. */
const FEWEST_RUNS = 60;

type Outcome = { result: "right" } | { result: "refused"; why: string } | { result: "wrong"; why: string };

/** The series of a spc-series table, by name, as month label -> count. */
function seriesOf(run: SatkRun): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const row of run.table.slice(1)) {
    if (!out.has(row[0])) out.set(row[0], new Map());
    out.get(row[0])!.set(row[1], Number(row[2]));
  }
  return out;
}

/** "" when the table's series equals the truth's (months absent from either count 0), else what differs. */
function differs(got: Map<string, number> | undefined, want: Map<string, number>): string {
  const months = new Set([...(got?.keys() ?? []), ...want.keys()]);
  for (const m of months)
    if ((got?.get(m) ?? 0) !== (want.get(m) ?? 0)) return `${m}: ${got?.get(m) ?? 0} for ${want.get(m) ?? 0}`;
  return "";
}

/** A refusal is exit code 3 before any reading was made; exit 3 after one (a category the table lacks) is a misreading. */
function refusal(run: SatkRun): Outcome | undefined {
  if (run.code === 0) return undefined;
  if (run.code === 3 && !/^satk: read /m.test(run.err))
    return { result: "refused", why: run.err.trim().split("\n").pop() ?? "" };
  return { result: "wrong", why: `exit ${run.code} after reading: ${run.err.trim().split("\n").pop()}` };
}

async function outcome(truth: Truth, shape: Shape, path: string): Promise<Outcome> {
  const present = truth.categories.filter((_c, ci) => [...truthSeries(truth, ci, -1).values()].some((n) => n > 0));
  const all = await runSatk(
    "table",
    "spc-series",
    "--grouping",
    "none",
    "--categories",
    present.join(","),
    "--input",
    path,
  );
  const refused = refusal(all);
  if (refused) return refused;
  const series = seriesOf(all);
  for (const name of series.keys())
    if (!present.includes(name)) return { result: "wrong", why: `a series "${name}" the truth does not hold` };
  for (const name of present) {
    const d = differs(series.get(name), truthSeries(truth, truth.categories.indexOf(name), -1));
    if (d) return { result: "wrong", why: `category ${name}, ${d}` };
  }
  if (truth.areas.length === 1) return { result: "right" };
  for (const [a, area] of truth.areas.entries()) {
    const want = truthSeries(truth, -1, a);
    const run = await runSatk("table", "spc-series", "--grouping", "none", "--area", area, "--input", path);
    const no = refusal(run);
    if (no)
      return [...want.values()].every((n) => n === 0)
        ? { result: "right" }
        : { result: "wrong", why: `area ${area}: ${"why" in no ? no.why : ""}` };
    const got = seriesOf(run);
    const d = differs(got.values().next().value, want);
    if (d) return { result: "wrong", why: `area ${area}, ${d}` };
  }
  return { result: "right" };
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
      fc.asyncProperty(truthArb, shapeArb, async (truth, shape) => {
        const rows = truthRows(truth, shape);
        const path = join(dir, fileName(shape, n++));
        writeFileSync(path, shape.format === "xlsx" ? await xlsxBytes(rows) : textBytes(rows, shape));
        const got = await outcome(truth, shape, path);
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
