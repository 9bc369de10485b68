import { existsSync, realpathSync, statSync } from "fs";
import { dirname, extname, resolve } from "path";
import { UsageError } from "./usage-error";

/** The extensions a file of each format may have. */
const EXTENSIONS: Record<string, string[]> = {
  csv: [".csv"],
  md: [".md", ".markdown"],
  xlsx: [".xlsx"],
  docx: [".docx"],
};

/**
 * Checks `--out` before any input is read, so a wrong path is reported at once and an input is never
 * overwritten: the path must not be one of the files read (the same file by any spelling, through a
 * symbolic link, or a hard link: the same device and inode), must not be a folder, must lie in a
 * folder that exists, and must end in the extension of what is written (`--out report.xlsx` for a
 * Word document would replace a workbook), unless `force` is set. A target that exists and is not a
 * plain file (/dev/stdout) takes any name.
 *
 * @param out the path given to --out
 * @param read the paths the command reads (--input files and table files given to options)
 * @param written what is written (csv, md, xlsx or docx) and whether --force lets any extension be
 * @returns nothing
 * @throws {UsageError} naming the path and what is wrong (exit 2)
 * @example
 * checkOutPath("table.csv", ["2018-10-kent-street.csv"], { format: "csv" }); // passes
 */
export function checkOutPath(out: string, read: string[], written?: { format: string; force?: boolean }): void {
  const target = canonical(out);
  const here = identity(out);
  const same = read
    .filter((path) => existsSync(path))
    .find((path) => canonical(path) === target || (here !== undefined && identity(path) === here));
  if (same !== undefined)
    throw new UsageError(
      `--out ${out} is also an input (${same}): writing there would overwrite the data. Choose another file name.`,
    );
  if (existsSync(out) && statSync(out).isDirectory())
    throw new UsageError(`--out ${out} is a folder: give a file name, such as ${resolve(out, "table.csv")}.`);
  const folder = dirname(resolve(out));
  if (!existsSync(folder))
    throw new UsageError(
      `--out ${out}: the folder ${folder} does not exist. Create it first, or write somewhere else.`,
    );
  if (!statSync(folder).isDirectory()) throw new UsageError(`--out ${out}: ${folder} is a file, not a folder.`);
  if (written && !written.force && (!existsSync(out) || statSync(out).isFile())) checkExtension(out, written.format);
}

/** Refuses a name whose extension is not the format's, naming the extension to use. */
function checkExtension(out: string, format: string): void {
  const wanted = EXTENSIONS[format] ?? [`.${format}`];
  const given = extname(out).toLowerCase();
  if (wanted.includes(given)) return;
  const what = given === "" ? "has no extension" : `ends in ${extname(out)}`;
  throw new UsageError(
    `--out ${out} ${what}, but satk writes ${format === "md" ? "Markdown" : format.toUpperCase()} there: name it ${out.slice(0, out.length - given.length)}${wanted[0]}, or add --force to write it under this name.`,
  );
}

/** The file's device and inode, the same for every hard link to it; undefined when there is no such file. */
function identity(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/** The path with links and "..", so two spellings of one file compare equal. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
