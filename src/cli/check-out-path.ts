import { existsSync, realpathSync, statSync } from "fs";
import { dirname, resolve } from "path";
import { UsageError } from "./usage-error";

/**
 * Checks `--out` before any input is read, so a wrong path is reported at once and an input is never
 * overwritten: the path must not be one of the files read (the same file by any spelling, through a
 * link too), must not be a folder, and must lie in a folder that exists.
 *
 * @param out the path given to --out
 * @param read the paths the command reads (--input files and table files given to options)
 * @returns nothing
 * @throws {UsageError} naming the path and what is wrong (exit 2)
 * @example
 * checkOutPath("table.csv", ["2018-10-kent-street.csv"]); // passes
 */
export function checkOutPath(out: string, read: string[]): void {
  const target = canonical(out);
  const same = read.filter((path) => existsSync(path)).find((path) => canonical(path) === target);
  if (same !== undefined) throw new UsageError(`--out ${out} is also an input (${same}): writing there would overwrite the data. Choose another file name.`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`--out ${out} is a folder: give a file name, such as ${resolve(out, "table.csv")}.`);
  const folder = dirname(resolve(out));
  if (!existsSync(folder)) throw new UsageError(`--out ${out}: the folder ${folder} does not exist. Create it first, or write somewhere else.`);
  if (!statSync(folder).isDirectory()) throw new UsageError(`--out ${out}: ${folder} is a file, not a folder.`);
}

/** The path with links and "..", so two spellings of one file compare equal. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
