import { closeSync, openSync, readFileSync, readSync, statSync } from "fs";
import { concatBytes } from "../core/bytes";
import { availableParallelism, loadavg } from "os";
import { basename } from "path";
import { gunzipSync } from "zlib";
import type { Gunzip } from "fflate";
import type { DataInput } from "../core/detect";
import { parseCsv } from "../core/csv";
import { InputError } from "../core";
import { UsageError } from "./usage-error";
import { streamSheetValues } from "./stream-sheet-values";
import { crc32 } from "./crc32";
import { checkGzipTrailer } from "../core/bytes";
import { fileBlocks } from "./file-blocks";
import { laterBytes, type LaterReader } from "./later-bytes";

/**
 * A plain CSV larger than this is read by two threads, each half (see `laterBytes`). A worker costs
 * 40 to 70 ms to start and reads its first megabytes slowly (its code not yet optimised), so a force's
 * year (35 MB) is read faster by one thread; the 1,000,000-row file (190 MB) by two.
 */
const SPLIT_ABOVE = 64 << 20;
/**
 * A .gz file is read in compressed blocks of this size: deflate inflates at most about 1,032 times,
 * so one block gives at most 17 MB however the file was made (a "gzip bomb" of newlines included).
 */
const GZ_BLOCK = 4 << 10;
/** Unpacked bytes are handed on in pieces of about this size (fewer seams for the scanner). */
const GZ_PIECE = 1 << 20;
/**
 * A .gz data file is refused once it has unpacked to more than `GZ_RATIO_FROM` bytes at more than
 * `GZ_RATIO` times its packed size, or to more than `GZ_LARGEST` bytes at all: police.uk files pack
 * 6 to 10 times, the same rows repeated about 300 times (read, as a stream), and a file of line ends
 * 1,000 times (a 1.5 GB "bomb" of them took 19.5 s to be refused).
 */
const GZ_RATIO = 500;
const GZ_RATIO_FROM = 64 << 20;
const GZ_LARGEST = 2 ** 32;
/** A table file given to an option (population, divisions...) may unpack to at most this many bytes. */
const TABLE_LIMIT = 64 << 20;

/**
 * Reads one input file for ingestion: plain CSV as blocks read one after another (a 200 MB extract
 * is never held whole in memory), its later half handed to another thread when it is large (`split`), .csv.gz unpacked as it is read (fflate's streaming gunzip), so
 * memory stays bounded whatever the file inflates to, .xlsx as the first worksheet's cell values.
 * The file's name (without .gz) names it in messages and the source line.
 *
 * @param path the file's path
 * @param split when to hand a plain CSV's later half to another thread: above how many bytes (default
 *   64 MB) and when a core is free (default: by the load average), and who reads it (default a worker
 *   thread; tests read it on this thread)
 * @returns the input for `buildDataset`
 * @throws {UsageError} when the file cannot be opened (exit 2: the argument is wrong)
 * @throws {InputError} when a .gz or .xlsx file cannot be unpacked (exit 3: the input is bad)
 * @example
 * await readDataInput("2018-10-kent-street.csv.gz"); // => { name: "2018-10-kent-street.csv", csv: <bytes> }
 */
export async function readDataInput(
  path: string,
  split: { above?: number; reader?: LaterReader; coreFree?: () => boolean } = {},
): Promise<DataInput> {
  const name = basename(path).replace(/\.gz$/i, "");
  const size = openable(path);
  if (/\.xlsx$/i.test(path)) return { name, values: await xlsxValues(fileBytes(path), name) };
  // fflate builds its tables when loaded (20 ms), so it is loaded only for a .gz file.
  if (isGzip(path)) return { name, pieces: primed(gunzippedPieces(path, name, (await import("fflate")).Gunzip)) };
  const cut =
    size > (split.above ?? SPLIT_ABOVE) && (split.coreFree ?? coreFree)() ? lineEndAfter(path, size >> 1, size) : -1;
  const later = cut > 0 ? laterBytes(path, cut, split.reader) : undefined;
  return { name, pieces: fileBlocks(path, 0, later ? cut : Infinity), byteLength: size, ...(later ? { later } : {}) };
}

/**
 * True when a core looks free for a worker: the last minute's load average at least half a core short
 * of the cores. Measured side by side on a two-core machine, the 190 MB file took 1.1 to 1.5 s on two
 * threads against 0.8 to 1.3 s on one with a load of 3 to 4, and 0.61 to 0.77 s against 0.67 to 1.05 s
 * with a load of 1 (itself mostly the runs before, which the average still counts).
 */
function coreFree(): boolean {
  return availableParallelism() - loadavg()[0] >= 0.5;
}

/** Where the first line after byte `from` starts (just after its LF), or -1 when none does nearby. */
function lineEndAfter(path: string, from: number, size: number): number {
  const fd = openSync(path, "r");
  try {
    const window = new Uint8Array(1 << 16);
    const read = readSync(fd, window, 0, window.length, from);
    const lf = window.subarray(0, read).indexOf(0x0a);
    return lf < 0 || from + lf + 1 >= size ? -1 : from + lf + 1;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a small table file given to an option (population, divisions, grouping, survey answers):
 * CSV, .csv.gz or .xlsx, as a matrix of cell values.
 *
 * @param path the file's path
 * @returns the table's rows
 * @throws {UsageError} when the file cannot be opened
 * @throws {InputError} when it cannot be unpacked or its CSV quoting is broken
 * @example
 * await readTableFile("census.csv"); // => [["LAD", "NAME", ...], ...]
 */
export async function readTableFile(path: string): Promise<unknown[][]> {
  const name = basename(path).replace(/\.gz$/i, "");
  const bytes = fileBytes(path);
  if (/\.xlsx$/i.test(path)) return xlsxValues(bytes, name);
  return parseCsv(startsAsGzip(bytes) ? gunzipped(bytes, name, TABLE_LIMIT) : bytes, name);
}

/** The file's size, after checking it can be read. */
function openable(path: string): number {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UsageError(`Cannot read ${path}: it is a folder.`);
    closeSync(openSync(path, "r"));
    return stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `Cannot read ${path}: ${code === "ENOENT" ? "there is no such file" : (error as Error).message}.`,
    );
  }
}

function fileBytes(path: string): Uint8Array {
  openable(path);
  const buffer = readFileSync(path);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** True when the file starts with the gzip signature (1F 8B), whatever its name. */
function isGzip(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const head = new Uint8Array(2);
    return readSync(fd, head, 0, 2, 0) === 2 && startsAsGzip(head);
  } finally {
    closeSync(fd);
  }
}

/** True when the bytes start with the gzip signature (1F 8B). */
function startsAsGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A small table file unpacked whole, refused when it would unpack past `limit` bytes. */
function gunzipped(bytes: Uint8Array, name: string, limit: number): Uint8Array {
  try {
    const buffer = gunzipSync(bytes, { maxOutputLength: limit });
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw new InputError(
        `${name}.gz unpacks to more than ${limit >> 20} MB, too large for a table given to an option; is it the file you meant?`,
      );
    }
    throw new InputError(`${name}.gz cannot be unpacked (${(error as Error).message}); is the file complete?`);
  }
}

/**
 * A .gz file's unpacked bytes in pieces, read and inflated a compressed block at a time, so memory
 * holds one block's output however large the whole is. Each gzip member's bytes are checked against
 * its trailer (CRC-32 and length), so a damaged file is refused naming it, not read with corrupted
 * fields; and a file that unpacks to more than `GZ_RATIO` times its packed size past `GZ_RATIO_FROM`
 * (a "gzip bomb") is refused as soon as it does, in a fraction of a second.
 */
function* gunzippedPieces(path: string, name: string, Unzipper: typeof Gunzip): Generator<Uint8Array> {
  const fd = openSync(path, "r");
  const out: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  // The member being unpacked: its CRC-32 and length so far, checked when the next member starts or the file ends.
  const member = { crc: 0, length: 0 };
  let total = 0;
  const gunzip = new Unzipper((chunk, final) => {
    out.push(chunk);
    size += chunk.length;
    total += chunk.length;
    member.crc = crc32(chunk, member.crc);
    member.length += chunk.length;
    ended ||= final;
  });
  gunzip.onmember = (offset) => {
    checkGzipTrailer(bytesAt(fd, offset - 8, 8), member.crc, member.length, `${name}.gz`);
    [member.crc, member.length] = [0, 0];
  };
  try {
    const block = new Uint8Array(GZ_BLOCK);
    let packed = 0;
    for (let read = readSync(fd, block, 0, GZ_BLOCK, null); ; read = readSync(fd, block, 0, GZ_BLOCK, null)) {
      const last = read < GZ_BLOCK;
      packed += read;
      pushed(gunzip, block.subarray(0, read), last, name);
      if (total > GZ_LARGEST || (total > GZ_RATIO_FROM && total > GZ_RATIO * packed)) {
        throw new InputError(
          `${name}.gz unpacks to more than ${Math.floor(total / 2 ** 20)} MB from ${Math.ceil(packed / 2 ** 20)} MB, over ${GZ_RATIO} times its size (files of records pack 5 to 20 times): it is not an extract satk reads. Unpack it yourself and check what it holds.`,
        );
      }
      if (size >= GZ_PIECE || last) {
        yield concatBytes(out);
        out.length = 0;
        size = 0;
      }
      if (last) break;
    }
  } finally {
    closeSync(fd);
  }
  if (!ended) throw new InputError(`${name}.gz ends before its data do; is the file complete?`);
  checkGzipTrailer(lastBytes(path, 8), member.crc, member.length, `${name}.gz`);
}

/** `length` bytes of an open file from `at` (fewer at its end). */
function bytesAt(fd: number, at: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  return bytes.subarray(0, at < 0 ? 0 : readSync(fd, bytes, 0, length, at));
}

/** The file's last `length` bytes: a gzip file's trailer. */
function lastBytes(path: string, length: number): Uint8Array {
  const fd = openSync(path, "r");
  try {
    return bytesAt(fd, statSync(path).size - length, length);
  } finally {
    closeSync(fd);
  }
}

/** The pieces with the first one read already, so a file broken from its start is reported at once. */
function primed(pieces: Generator<Uint8Array>): Iterable<Uint8Array> {
  const first = pieces.next();
  return (function* () {
    if (first.done) return;
    yield first.value;
    yield* pieces;
  })();
}

function pushed(gunzip: Gunzip, bytes: Uint8Array, last: boolean, name: string): void {
  try {
    gunzip.push(bytes, last);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${name}.gz cannot be unpacked (${(error as Error).message}); is the file complete?`);
  }
}

/** The first worksheet's values, read as a stream in bounded memory (see `streamSheetValues`). */
async function xlsxValues(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  return streamSheetValues(bytes, name);
}
