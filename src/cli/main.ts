import type { Dataset } from "../core/data";
import { buildDataset } from "../core/data";
import { CATALOGUE, type RecipeInfo, type RecipeOptions } from "../core/tables";
import type { FindingsOptions } from "../core/findings";
import { keyFindings } from "../core/findings";
import { findingsTable } from "../core/findings";
import { findingsText } from "./findings-text";
import type { DataInput } from "../core/detect";
import { findRecipe } from "../core/tables";
import { standardTables } from "../core/tables";
import type { TableModel } from "../core/tables";
import { InputError, NotAvailableError, OptionError } from "../core";
import { parseArgs, type CliArgs } from "./parse-args";
import { helpText } from "./help-text";
import { describeReadings } from "./describe-readings";
import { ingestOptions } from "./ingest-flags";
import { readDataInput } from "./read-input";
import { runCheck } from "./run-check";
import { levelOf, placedData } from "./placed-data";
import { populationParents } from "./population-parents";
import { populationNotes } from "./population-notes";
import { recipeOptions } from "./recipe-options";
import { tableToCsv } from "../export";
import { tableToMarkdown } from "../export";
import { droppedLine } from "../export";
import { UsageError } from "./usage-error";
import { SIGNIFICANCE_LEVEL } from "../core/significance";
import { cliText, skippedReason } from "./option-flag";
import { checkOutPath } from "./check-out-path";
import { OutputError, writeOutput } from "./write-output";
import { reportPlan } from "./report-document";
import { writeFileAtomic } from "./write-file-atomic";

/** Where `main` writes: standard output and error, and files. Tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  writeFile(path: string, data: string | Uint8Array): void;
}

const PROCESS_IO: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // Written whole to a temporary file beside it and renamed over it: a failure never leaves half a file.
  writeFile: (path, data) => writeFileAtomic(path, data),
};

/**
 * The `satk` command: `satk table <recipe> --input <files...> [options]`, `satk report --input
 * <files...> --out FILE.docx` (the tables with their key findings), `satk findings --input <files...>`
 * (the key findings as text), `satk check --input TABLE [--population FILE]` (see run-check),
 * `satk --help`. Reads the inputs into one Dataset, runs the recipe(s)
 * of the catalogue, and writes CSV (default, to standard output without --out), Markdown, .xlsx or
 * .docx. Mistakes are reported as one line on standard error, never a stack trace.
 *
 * @param argv the arguments after `satk`
 * @param io where to write (default: the process's streams and files)
 * @returns the exit code: 0 done; 2 bad arguments (an unknown option, an option value out of range, an
 *   --out path that cannot be written); 3 bad input (the message names the file, row and value) or an
 *   output the disk could not take; 1 an internal error,
 *   or for `satk check`, a table with cells that disagree
 * @throws never (every error becomes a message and an exit code)
 * @example
 * process.exitCode = await main(["table", "rolling-year", "--input", "2018-10-kent-street.csv.gz", "--area", "Maidstone"]);
 */
export async function main(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === "help") {
      // Asked for, the help is the answer; given for a missing command, it explains a mistake.
      const asked = argv.includes("--help");
      (asked ? io.stdout : io.stderr)(helpText());
      return asked ? 0 : 2;
    }
    if (args.command === "check")
      return await runCheck(args.inputs, args.recipeFlags.get("--population"), io.stdout, args.roles);
    await (args.command === "table"
      ? runTable(args, io)
      : args.command === "findings"
        ? runFindings(args, io)
        : runReport(args, io));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof OptionError) return fail(io, error.message, 2);
    if (error instanceof OutputError) return fail(io, error.message, 3);
    if (error instanceof InputError) return fail(io, error.message, 3);
    if (error instanceof NotAvailableError) return fail(io, error.message, 3);
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return fail(io, `internal error, please report it:\n${stack}`, 1);
  }
}

/** A table with its notes in the command line's words. */
function cliTable(table: TableModel): TableModel {
  return { ...table, notes: table.notes.map(cliText) };
}

function fail(io: CliIo, message: string, code: number): number {
  io.stderr(`satk: ${cliText(message)}\n`);
  return code;
}

async function runTable(args: CliArgs, io: CliIo): Promise<void> {
  const recipe = recipeById(args.recipe as string);
  if (args.areaWords !== undefined || args.forceName !== undefined)
    throw new UsageError(
      "--area-words and --force-name word the key findings: use them with satk findings or satk report.",
    );
  if ((args.format === "xlsx" || args.format === "docx") && !args.out)
    throw new UsageError(`--format ${args.format} needs --out FILE.${args.format}.`);
  if (args.out)
    checkOutPath(args.out, [...args.inputs, ...args.recipeFlags.values()], { format: args.format, force: args.force });
  const options = await recipeOptions(args.recipeFlags, [recipe]);
  if (options.population) options.populationParents = populationParents(options.population, levelOf(args));
  for (const note of populationNotes(options)) io.stderr(`satk: ${cliText(note)}\n`);
  const dataset = recipe.input === "records" || args.inputs.length > 0 ? await dataOf(args, io) : null;
  const table = cliTable(recipe.run(dataset, options));
  if (args.format === "csv" || args.format === "md") {
    const text = args.format === "csv" ? tableToCsv(table) : tableToMarkdown(table);
    if (args.out) writeOutput(io, args.out, text);
    else io.stdout(text);
    // CSV has no place for the lines under the table; they go to standard error, where the analyst sees them.
    if (args.format === "csv")
      for (const line of [...table.notes, droppedLine(table.dropped)].filter((l) => l !== ""))
        io.stderr(`satk: ${line}\n`);
    return;
  }
  // The workbook gets a Key findings sheet and the document the findings under the table, as in the wizard.
  const findings = keyFindings([table], { area: options.area ?? null, significance: options.significance ?? null });
  const sheet = findingsTable(findings, options.significance ?? SIGNIFICANCE_LEVEL);
  writeOutput(
    io,
    args.out as string,
    args.format === "xlsx"
      ? await xlsxOf(sheet ? [table, sheet] : [table])
      : await docxOf(
          [table],
          undefined,
          findings.map((f) => f.findings),
        ),
  );
}

async function runReport(args: CliArgs, io: CliIo): Promise<void> {
  const { tables, options, dataset } = await reportTables(args, io);
  const plan = reportPlan(dataset, tables, options, findingsOptions(args, options), new Date());
  // Said once here, and once in the report where each table would have been (issue 22 item 6).
  for (const left of plan.leftOut) io.stderr(`satk: left out of the report: ${left.title}. ${left.reason}\n`);
  const { buildReport } = await import("../export/word-report");
  const svgToPng = (await import("../export/node-svg-to-png")).nodeSvgToPng();
  const title = options.area ? `${options.area} Strategic Assessment` : "Strategic Assessment";
  writeOutput(io, args.out as string, await buildReport(plan.tables, { ...plan, title, svgToPng }));
}

/** `satk findings`: the key findings of the standard tables, as text. */
async function runFindings(args: CliArgs, io: CliIo): Promise<void> {
  const { tables, options } = await reportTables(args, io);
  io.stdout(findingsText(keyFindings(tables, findingsOptions(args, options))));
}

async function reportTables(
  args: CliArgs,
  io: CliIo,
): Promise<{ tables: TableModel[]; options: RecipeOptions; dataset: Dataset }> {
  const standard = CATALOGUE.filter((r) => r.standard);
  if (args.out)
    checkOutPath(args.out, [...args.inputs, ...args.recipeFlags.values()], { format: "docx", force: args.force });
  const options = await recipeOptions(args.recipeFlags, standard);
  if (options.population) options.populationParents = populationParents(options.population, levelOf(args));
  for (const note of populationNotes(options)) io.stderr(`satk: ${cliText(note)}\n`);
  const dataset = await dataOf(args, io);
  const { tables, skipped } = standardTables(dataset, options);
  for (const s of skipped) io.stderr(`satk: ${s.id} left out: ${skippedReason(s)}\n`);
  if (tables.length === 0) throw new NotAvailableError("No standard table could be made from these inputs.");
  return { tables: tables.map(cliTable), options, dataset };
}

function findingsOptions(args: CliArgs, options: RecipeOptions): FindingsOptions {
  return {
    area: options.area ?? null,
    areaWords: args.areaWords ?? null,
    forceName: args.forceName ?? null,
    significance: options.significance ?? null,
  };
}

function recipeById(id: string): RecipeInfo {
  try {
    return findRecipe(id);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function dataOf(args: CliArgs, io: CliIo): Promise<Dataset> {
  if (args.inputs.length === 0)
    throw new UsageError("--input is required: name the data files (CSV, .csv.gz or .xlsx).");
  const inputs: DataInput[] = [];
  for (const path of args.inputs) inputs.push(await readDataInput(path));
  const onEncoding = (name: string, encoding: string): void =>
    io.stderr(`satk: ${name} was read as ${encoding}${encoding === "Windows-1252" ? ": it is not UTF-8" : ""}.\n`);
  return placedData(args, io, (keepLsoas) => {
    const dataset = buildDataset(inputs, {
      countDistinctIds: args.distinctIds,
      keepLsoas,
      onEncoding,
      ...(args.noRenames ? { districtRenames: {} } : {}),
      ...ingestOptions(args.ingestFlags, args.filters),
    });
    io.stderr(describeReadings(dataset));
    return dataset;
  });
}

// ExcelJS and docx take a few hundred milliseconds to load, so they are loaded only when asked for:
// a CSV table over a million rows stays well under the time the issue sets.

async function xlsxOf(tables: TableModel[]): Promise<Uint8Array> {
  const { tablesToXlsx } = await import("../export/table-xlsx");
  return tablesToXlsx(tables);
}

async function docxOf(tables: TableModel[], title?: string, findings?: string[][]): Promise<Uint8Array> {
  const { buildDocx } = await import("../export/docx");
  const charts = tables.some((t) => (t.charts ?? []).length > 0);
  const svgToPng = charts ? (await import("../export/node-svg-to-png")).nodeSvgToPng() : undefined;
  return buildDocx(tables, { title, findings, ...(svgToPng ? { svgToPng } : {}) });
}
