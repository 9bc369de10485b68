import type { WorkbookPort } from "./workbook-port";

/**
 * One run of the toolkit that adds sheets (a set of tables, a MoRiLE matrix, a check report) is all or
 * nothing: should any write fail part way (Excel busy, the network of Excel on the web, a cancel), the
 * sheets the run added are removed, so no half-written set is left for the analyst to mistake for a
 * whole one. Only sheets the run itself added are removed; the analyst's sheets are never touched.
 */

/** The sheets a run has added so far, by the names `addSheet` gave them. */
export class SheetRun {
  readonly added: string[] = [];

  constructor(private readonly workbook: WorkbookPort) {}

  /** Adds a sheet, as `WorkbookPort.addSheet`, and remembers it as this run's. */
  async addSheet(preferredName: string): Promise<string> {
    const name = await this.workbook.addSheet(preferredName);
    this.added.push(name);
    return name;
  }
}

/** A run that failed, after its sheets were removed (or could not be). */
export class RunUndoneError extends Error {
  /**
   * @param cause what made the run fail
   * @param removed the sheets the run had added and that were removed
   * @param left the sheets the run had added that could not be removed
   */
  constructor(
    readonly cause: unknown,
    readonly removed: readonly string[],
    readonly left: readonly string[],
  ) {
    super(`${cause instanceof Error ? cause.message : String(cause)} ${sheetsNote(removed, left)}`);
    this.name = "RunUndoneError";
  }

  /** What became of the run's sheets, as a sentence for the task pane. */
  get sheetsNote(): string {
    return sheetsNote(this.removed, this.left);
  }
}

function sheetsNote(removed: readonly string[], left: readonly string[]): string {
  const names = (sheets: readonly string[]) => sheets.map((s) => `"${s}"`).join(", ");
  const plural = (n: number) => (n === 1 ? "sheet" : "sheets");
  if (left.length > 0)
    return `The ${plural(left.length)} this run had added could not be removed: delete ${names(left)} before trying again.`;
  return `The ${removed.length} ${plural(removed.length)} this run had added (${names(removed)}) ${removed.length === 1 ? "was" : "were"} removed, so nothing is half written.`;
}

/**
 * Runs `work`, giving it a `SheetRun` to add its sheets through; if `work` throws after adding any, those
 * sheets are deleted (one batch) and a `RunUndoneError` saying so is thrown instead.
 *
 * @param workbook the workbook
 * @param work computes everything first, then adds and writes its sheets through the run
 * @returns what `work` returns
 * @throws RunUndoneError when `work` fails after adding sheets; what `work` threw when it had added none
 * @example
 * await allOrNothing(workbook, async (run) => workbook.writeValues(await run.addSheet("Report"), "A1", [["x"]]));
 */
export async function allOrNothing<T>(workbook: WorkbookPort, work: (run: SheetRun) => Promise<T>): Promise<T> {
  const run = new SheetRun(workbook);
  try {
    return await work(run);
  } catch (error) {
    if (run.added.length === 0) throw error;
    try {
      await workbook.deleteSheets(run.added);
    } catch {
      throw new RunUndoneError(error, [], run.added);
    }
    throw new RunUndoneError(error, run.added, []);
  }
}
