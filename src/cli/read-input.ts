import { closeSync, openSync, readFileSync, readSync, statSync } from "fs";
import { basename } from "path";
import { gunzipSync } from "zlib";
import type { DataInput } from "../core/data/ingest-types";
import { parseCsv } from "../core/data/parse-csv";
import { InputError } from "../core/errors";
import { UsageError } from "./usage-error";
import { worksheetValues } from "./worksheet-values";

/** Plain CSV is read in blocks of this size, so a 200 MB extract is never held whole. */
const BLOCK = 8 << 20;

/**
 * Reads one input file for ingestion: plain CSV as blocks read one after another (a 200 MB extract
 * is never held whole in memory), .csv.gz whole, gunzipped here with Node's zlib (native, faster than
 * the core's fflate), .xlsx as the first worksheet's cell values. The file's name (without .gz)
 * names it in messages and the source line.
 *
 * @param path the file's path
 * @returns the input for `buildDataset`
 * @throws {UsageError} when the file cannot be opened (exit 2: the argument is wrong)
 * @throws {InputError} when a .gz or .xlsx file cannot be unpacked (exit 3: the input is bad)
 * @example
 * await readDataInput("2018-10-kent-street.csv.gz"); // => { name: "2018-10-kent-street.csv", csv: <bytes> }
 */
export async function readDataInput(path: string): Promise<DataInput> {
  const name = basename(path).replace(/\.gz$/i, "");
  const size = openable(path);
  if (/\.xlsx$/i.test(path)) return { name, values: await xlsxValues(fileBytes(path), name) };
  if (isGzip(path)) return { name, csv: gunzipped(fileBytes(path), name) };
  return { name, pieces: blocks(path), byteLength: size };
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
  return parseCsv(startsAsGzip(bytes) ? gunzipped(bytes, name) : bytes, name);
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
    throw new UsageError(`Cannot read ${path}: ${code === "ENOENT" ? "there is no such file" : (error as Error).message}.`);
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

/** The file's bytes in blocks, one reused buffer (ingestion uses each block before asking for the next). */
function* blocks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, "r");
  try {
    const block = new Uint8Array(BLOCK);
    for (let read = readSync(fd, block, 0, BLOCK, null); read > 0; read = readSync(fd, block, 0, BLOCK, null)) yield block.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function gunzipped(bytes: Uint8Array, name: string): Uint8Array {
  try {
    const buffer = gunzipSync(bytes);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new InputError(`${name}.gz cannot be unpacked (${(error as Error).message}); is the file complete?`);
  }
}

async function xlsxValues(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  // Loaded only for .xlsx input: ExcelJS takes a few hundred milliseconds to load.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new InputError(`${name} is not a readable .xlsx workbook (${(error as Error).message}).`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new InputError(`${name} has no worksheet.`);
  return worksheetValues(sheet);
}
