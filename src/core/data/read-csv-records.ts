import { concatBytes } from "./concat-bytes";
import type { ReadContext } from "./read-context";
import { rowError } from "./read-context";
import { scanCsv, type CsvRow } from "./scan-csv";
import { csvLineEnd } from "./csv-line-end";
import { fieldText } from "./field-text";
import { createByteDictionary } from "./byte-dictionary";
import { parseMonth } from "../periods/parse-month";
import { filteredReason } from "./filtered-reason";
import { areaName } from "./area-name";
import { InputError } from "../errors";

const NO_ID = -1;
/** The longest record read: far beyond any real one (police.uk's are 200 bytes), short of exhausting memory. */
const LONGEST_RECORD = 64 << 20;

/**
 * Reads a record-level CSV (one row per crime, such as a police.uk street-level file) straight into
 * the sink's columns, without building a string per field: the fast path of ingestion.
 *
 * Month, category and area fields are dictionary-encoded from their bytes (`createByteDictionary`),
 * so each distinct "2018-10", "Burglary" or "Maidstone 014C" is decoded and checked once. The crime
 * ID is read only when counting distinct IDs. Rows not used are counted in the sink with their row
 * number: "blank row", "no month", "no crime type", "duplicate crime ID". Rows with no area (police.uk
 * "No Location") are kept in "Unknown area". Anti-social behaviour stays its own category.
 *
 * Missing values: a blank month or crime type drops the row (counted); a blank area is "Unknown
 * area"; a blank crime ID (every anti-social behaviour row) is never a duplicate.
 *
 * @param pieces the file's UTF-8 bytes (gunzipped): `[bytes]`, or pieces read one after another, so a
 *   large file need not be held whole (a record cut between pieces is joined up)
 * @param context the sink, roles, header row and rules
 * @returns nothing
 * @throws {InputError} naming the file, row and value for an unreadable month, broken quoting, or a
 *   record longer than 64 MB (memory stays bounded whatever the file holds)
 * @example
 * readCsvRecords([bytes], { sink, name: "2018-10-kent-street.csv", roles, headerRow: 0, reason: (r) => r });
 */
export function readCsvRecords(pieces: Iterable<Uint8Array>, context: ReadContext): void {
  const { sink, roles, seenIds } = context;
  if (roles.month === undefined || roles.category === undefined) {
    throw new InputError(`${context.name}: record-level data needs a period column (--period-column) and a category column (--category-column).`);
  }
  const monthField = roles.month;
  const categoryField = roles.category;
  const areaField = roles.area ?? -1;
  const idField = seenIds && roles.id !== undefined ? roles.id : NO_ID;
  let rowNumber = 0;
  let bytes: Uint8Array = new Uint8Array(0);
  const months = createByteDictionary((text) => (text === "" ? -1 : checkedMonth(text, context, rowNumber)));
  const categories = createByteDictionary((text) => (text === "" ? -1 : sink.categoryId(text)));
  // With LSOAs kept, each new LSOA name also records its code, read from the same row.
  const codeField = context.keepLsoas && roles.areaCode !== undefined ? roles.areaCode : -1;
  let current: CsvRow | undefined;
  const codeOf = (): string | undefined => (codeField >= 0 && current && codeField < current.fieldCount ? fieldText(bytes, current, codeField) : undefined);
  const areas = createByteDictionary((text) => sink.areaId(areaName(text, roles, context.keepLsoas), codeOf()));
  const filters = (context.filters ?? []).map((f) => ({ column: f.column, keeps: createByteDictionary((text) => (text.trim().toLowerCase() === f.value ? 1 : 0)) }));
  const wholeArea = areaField < 0 ? sink.areaId("All areas") : -1;
  const reasons = { filtered: context.reason(filteredReason(context)), blank: context.reason("blank row"), month: context.reason("no month"), category: context.reason("no crime type"), duplicate: context.reason("duplicate crime ID") };
  // The run of blank rows after the first of a run: rows first .. first + count - 1.
  const blanks = { first: -1, count: 0 };
  const flushBlanks = (): void => {
    if (blanks.count > 0) sink.drop(reasons.blank, blanks.first, blanks.count);
    blanks.count = 0;
  };
  const onRow = (row: CsvRow): void => {
    rowNumber = row.row;
    if (rowNumber <= context.headerRow + 1) return;
    if (row.fieldCount === 1 && row.starts[0] === row.ends[0]) {
      // Blank rows are counted here and handed over in runs: a file of nothing but line ends (a
      // "gzip bomb") is a billion of them, and one sink call each cost a third of the time.
      if (blanks.first + blanks.count === rowNumber) blanks.count++;
      else {
        flushBlanks();
        sink.drop(reasons.blank, rowNumber);
        blanks.first = rowNumber + 1;
      }
      return;
    }
    for (const f of filters) if (f.keeps.idOf(bytes, row, f.column) === 0) return sink.drop(reasons.filtered, rowNumber);
    const month = months.idOf(bytes, row, monthField);
    if (month < 0) return sink.drop(reasons.month, rowNumber);
    const category = categories.idOf(bytes, row, categoryField);
    if (category < 0) return sink.drop(reasons.category, rowNumber);
    if (idField !== NO_ID && idField < row.fieldCount && row.starts[idField] < row.ends[idField]) {
      const id = fieldText(bytes, row, idField);
      if (seenIds!.has(id)) return sink.drop(reasons.duplicate, rowNumber);
      seenIds!.add(id);
    }
    current = row;
    sink.add(month, category, areaField < 0 ? wholeArea : areas.idOf(bytes, row, areaField), 1);
  };
  const options = { label: context.name, fieldsWanted: Math.max(monthField, categoryField, areaField, idField, codeField, ...filters.map((f) => f.column)) + 1, final: false, rowsBefore: 0 };
  // A piece's unfinished last record is carried over and finished with the start of the next piece.
  let carried: Uint8Array = new Uint8Array(0);
  let lineEnd: number | undefined;
  const scan = (piece: Uint8Array, final: boolean): number => {
    bytes = piece;
    lineEnd ??= csvLineEnd(piece);
    return scanCsv(piece, onRow, { ...options, rowsBefore: rowNumber, lineEnd, final });
  };
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    const from = carried.length === 0 ? 0 : acrossSeam(carried, piece, scan);
    if (from < 0) {
      carried = concatBytes([carried, piece]);
      if (carried.length > LONGEST_RECORD) {
        throw new InputError(`${context.name}, row ${rowNumber + 1}: one record runs on for more than ${LONGEST_RECORD >> 20} MB (a quoted field never closed, or not a CSV file); check the file.`);
      }
      continue;
    }
    const rest = piece.subarray(from);
    carried = rest.slice(scan(rest, false));
  }
  scan(carried, true);
  flushBlanks();
}

/**
 * Reads the records that span the seam between a carried, unfinished record and the next piece, by
 * joining the carried bytes to only the first few kilobytes of the piece (more if the record is
 * longer), not to the whole piece: copying every 8 MB block once more cost a tenth of the run.
 * Returns where in the piece scanning resumes, or -1 when even the whole piece does not finish the
 * carried record.
 */
function acrossSeam(carried: Uint8Array, piece: Uint8Array, scan: (bytes: Uint8Array, final: boolean) => number): number {
  for (let size = 4096; ; size *= 2) {
    const head = concatBytes([carried, piece.subarray(0, size)]);
    const used = scan(head, false);
    // Nothing before `carried.length` can end a record (carried is one unfinished record), so
    // `used` is 0 until the head holds the carried record's end.
    if (used > carried.length) return used - carried.length;
    if (size >= piece.length) return -1;
  }
}


function checkedMonth(text: string, context: ReadContext, row: number): number {
  try {
    return (context.readPeriod ?? parseMonth)(text);
  } catch (error) {
    throw rowError(context, row, error);
  }
}
