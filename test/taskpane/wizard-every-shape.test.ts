/**
 * One truth, every shape, through the wizard (issue 19): the same truths and shapes as the command
 * line's shape test, put on a sheet of the in-memory workbook as Excel holds them (numbers as numbers,
 * text as text), then read as the task pane reads them - the port's used range, the layout guess, the
 * Dataset with the guessed roles - and made into the same tables with the recipes the wizard runs. The
 * wizard must give the truth's tables or refuse (an InputError before any table, which the task pane
 * shows as its message or question), never another number.
 */
import fc from "fast-check";
import { InputError } from "../../src/core/errors";
import { parseCsv } from "../../src/core/csv";
import { CATALOGUE, groupingTable, type RecipeOptions } from "../../src/core/tables";
import { tableToCsv } from "../../src/export/table-csv";
import { MemoryWorkbook } from "../../src/excel";
import type { CellValue } from "../../src/excel";
import { chosenLayout, dataFacts, datasetFrom, guessLayout, readSource } from "../../src/taskpane/wizard-logic";
import { outcome, type Reader, type TableRun } from "../cli/shape-outcome";
import { shapeArb, truthArb, truthFor, truthRows } from "../cli/truth-shapes";

/** Shapes per `npm test` (each one to four tables). SATK_WIZARD_SHAPE_RUNS raises it. */
const RUNS = Number(process.env.SATK_WIZARD_SHAPE_RUNS ?? 1000);

/** The wizard's reading of a sheet of `rows`, as a Reader: a refusal is an InputError before any table. */
async function wizardReader(rows: unknown[][]): Promise<Reader> {
  const workbook = new MemoryWorkbook();
  workbook.seedSheet("Data", rows.map((row) => row.map((cell) => cell as CellValue)) as CellValue[][]);
  let dataset: ReturnType<typeof datasetFrom>;
  try {
    const source = await readSource(workbook, { kind: "sheet", name: "Data" });
    const guess = guessLayout(source.values);
    // As the task pane reads it with the Source step's fields left as guessed.
    dataset = datasetFrom(source, chosenLayout(guess, guess.layout), guess.roles, guess.kind);
    dataFacts(dataset);
  } catch (error) {
    const refused: TableRun = {
      code: error instanceof InputError ? 3 : 1,
      beforeReading: true,
      why: (error as Error).message,
      table: [],
    };
    return async () => refused;
  }
  return async (ask) => {
    const recipe = CATALOGUE.find((r) => r.id === ask.recipe)!;
    const options: RecipeOptions = {
      ...(ask.recipe === "spc-series" ? { grouping: groupingTable("none") } : {}),
      ...(ask.categories ? { categories: ask.categories } : {}),
      ...(ask.area ? { area: ask.area } : {}),
      ...(ask.years ? { years: ask.years } : {}),
      ...(ask.startMonth ? { startMonth: ask.startMonth } : {}),
    } as RecipeOptions;
    try {
      return { code: 0, beforeReading: false, why: "", table: parseCsv(tableToCsv(recipe.run(dataset, options))) };
    } catch (error) {
      return { code: 3, beforeReading: false, why: (error as Error).message, table: [] };
    }
  };
}

const tally = { sheets: 0, tables: 0, right: 0, refused: 0, wrong: 0 };
const wrongs: string[] = [];

describe("the wizard's reading of one truth in every shape", () => {
  afterAll(() => {
    process.stderr.write(
      `one truth every shape (wizard, through the port): ${tally.sheets} sheets, ${tally.tables} tables, ${tally.right} right, ${tally.refused} refused, ${tally.wrong} wrong\n`,
    );
  });

  it("gives the truth's tables from a sheet or refuses before any table, never another number", async () => {
    await fc.assert(
      fc.asyncProperty(truthArb, shapeArb, async (monthly, shape) => {
        const truth = truthFor(monthly, shape);
        const read = await wizardReader(truthRows(truth, shape));
        const got = await outcome(truth, shape, (ask) => (tally.tables++, read(ask)));
        tally.sheets++;
        tally[got.result]++;
        if (got.result === "wrong") wrongs.push(`${JSON.stringify(shape)}: ${got.why}`);
        return got.result !== "wrong";
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: 45_000, markInterruptAsFailure: false },
    );
    expect(wrongs).toEqual([]);
    expect(tally.sheets).toBeGreaterThanOrEqual(Math.min(RUNS, 100));
  }, 120_000);
});
