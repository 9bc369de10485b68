import type { CliIo } from "./main";
import { UsageError } from "./usage-error";

/** A file that could not be written for a reason outside the command line (a full disk): exit 3. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputError";
  }
}

/** System error codes that mean the --out path itself is wrong: the analyst fixes the argument. */
const PATH_CODES: Record<string, string> = {
  EISDIR: "it is a folder",
  ENOENT: "its folder does not exist",
  ENOTDIR: "a part of the path is a file, not a folder",
  EACCES: "there is no permission to write there",
  EPERM: "there is no permission to write there",
  EROFS: "the disk is read-only",
  ENAMETOOLONG: "the name is too long",
};

/**
 * Writes the output file, turning a system error into plain words and an exit code instead of
 * "internal error" and a stack: a wrong path is a bad argument (exit 2); a full disk or a failing
 * device is not the analyst's argument (exit 3).
 *
 * @param io where files are written
 * @param path the --out path
 * @param data the file's text or bytes
 * @returns nothing
 * @throws {UsageError} when the path cannot be written to
 * @throws {OutputError} when the disk is full or the write fails part-way
 * @example
 * writeOutput(io, "table.csv", "Crime type,...\r\n");
 */
export function writeOutput(io: CliIo, path: string, data: string | Uint8Array): void {
  try {
    io.writeFile(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    if (PATH_CODES[code]) throw new UsageError(`Cannot write ${path}: ${PATH_CODES[code]}.`);
    if (code === "ENOSPC" || code === "EDQUOT")
      throw new OutputError(`Cannot write ${path}: the disk is full. Free some space, or write to another disk.`);
    throw new OutputError(`Cannot write ${path}: ${(error as Error).message}.`);
  }
}
