import { readRecordPart, type RecordPart, type RecordPartSpec } from "../core/csv";
import { statSync } from "fs";
import { fileBlocks } from "./file-blocks";

/** A police.uk row is about 200 bytes: the first guess of the part's rows, so its columns are rarely copied. */
const BYTES_PER_ROW = 180;

/**
 * Reads the records of a file's bytes from `from` (a record's start) to its end, as another thread
 * does for `readDataInput` (see read-part-worker): the file read in blocks, the records read into a
 * `RecordPart` of local ids. `onBlock` is told after each block, so the waiting thread can see it work.
 *
 * @param path the file's path
 * @param from where the part starts
 * @param spec the columns and filters
 * @param onBlock called after each block is read
 * @returns the part
 * @throws {InputError} for broken quoting (rows counted from `from`), {Error} when the file cannot be read
 * @example
 * readPartOfFile("street.csv", 95_000_000, spec).rows; // => 500000
 */
export function readPartOfFile(
  path: string,
  from: number,
  spec: RecordPartSpec,
  onBlock: () => void = () => {},
): RecordPart {
  return readRecordPart(
    (function* () {
      for (const block of fileBlocks(path, from)) {
        yield block;
        onBlock();
      }
    })(),
    spec,
    Math.ceil((statSync(path).size - from) / BYTES_PER_ROW),
  );
}
