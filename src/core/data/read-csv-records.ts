import type { ReadContext } from "./read-context";
import { rowError } from "./read-context";
import { scanCsv, type CsvRow } from "./scan-csv";
import { csvLineEnd } from "./csv-line-end";
import { fieldText } from "./field-text";
import { createByteDictionary } from "./byte-dictionary";
import { districtOfLsoa } from "./district-of-lsoa";
import { parseMonth } from "../periods/parse-month";
import { InputError } from "../errors";

const NO_ID = -1;

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
 * @throws {InputError} naming the file, row and value for an unreadable month, or broken quoting
 * @example
 * readCsvRecords([bytes], { sink, name: "2018-10-kent-street.csv", roles, headerRow: 0, reason: (r) => r });
 */
export function readCsvRecords(pieces: Iterable<Uint8Array>, context: ReadContext): void {
  const { sink, roles, seenIds } = context;
  if (roles.month === undefined || roles.category === undefined) {
    throw new InputError(`${context.name}: record-level data needs a month column and a category column.`);
  }
  const monthField = roles.month;
  const categoryField = roles.category;
  const areaField = roles.area ?? -1;
  const idField = seenIds && roles.id !== undefined ? roles.id : NO_ID;
  let rowNumber = 0;
  let bytes: Uint8Array = new Uint8Array(0);
  const months = createByteDictionary((text) => (text === "" ? -1 : checkedMonth(text, context, rowNumber)));
  const categories = createByteDictionary((text) => (text === "" ? -1 : sink.categoryId(text)));
  const areas = createByteDictionary((text) => sink.areaId(roles.areaIsLsoa ? districtOfLsoa(text) : text));
  const wholeArea = areaField < 0 ? sink.areaId("All areas") : -1;
  const reasons = { blank: context.reason("blank row"), month: context.reason("no month"), category: context.reason("no crime type"), duplicate: context.reason("duplicate crime ID") };
  const onRow = (row: CsvRow): void => {
    rowNumber = row.row;
    if (rowNumber <= context.headerRow + 1) return;
    if (row.fieldCount === 1 && row.starts[0] === row.ends[0]) return sink.drop(reasons.blank, rowNumber);
    const month = months.idOf(bytes, row, monthField);
    if (month < 0) return sink.drop(reasons.month, rowNumber);
    const category = categories.idOf(bytes, row, categoryField);
    if (category < 0) return sink.drop(reasons.category, rowNumber);
    if (idField !== NO_ID && idField < row.fieldCount && row.starts[idField] < row.ends[idField]) {
      const id = fieldText(bytes, row, idField);
      if (seenIds!.has(id)) return sink.drop(reasons.duplicate, rowNumber);
      seenIds!.add(id);
    }
    sink.add(month, category, areaField < 0 ? wholeArea : areas.idOf(bytes, row, areaField), 1);
  };
  const options = { label: context.name, fieldsWanted: Math.max(monthField, categoryField, areaField, idField) + 1, final: false, rowsBefore: 0 };
  // A piece's unfinished last record is carried over and read with the next piece.
  let carried: Uint8Array = new Uint8Array(0);
  let lineEnd: number | undefined;
  for (const piece of pieces) {
    bytes = carried.length === 0 ? piece : joined(carried, piece);
    lineEnd ??= csvLineEnd(bytes);
    const used = scanCsv(bytes, onRow, { ...options, rowsBefore: rowNumber, lineEnd });
    carried = bytes.slice(used);
  }
  bytes = carried;
  scanCsv(bytes, onRow, { ...options, rowsBefore: rowNumber, lineEnd, final: true });
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const both = new Uint8Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

function checkedMonth(text: string, context: ReadContext, row: number): number {
  try {
    return parseMonth(text);
  } catch (error) {
    throw rowError(context, row, error);
  }
}
