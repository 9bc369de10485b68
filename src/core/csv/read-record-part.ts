import { createByteDictionary, type ByteDictionary } from "./byte-dictionary";
import { createRecordReader, type DropReasons, type ReaderPosition, type RecordFields } from "./record-reader";
import { codeAt } from "./code-at";
import { concatBytes } from "../bytes";

/** What reading a later part of a file needs to know: plain data, so it can be posted to another thread. */
export interface RecordPartSpec {
  /** The file's name, for messages. */
  name: string;
  fields: RecordFields;
  /** Only rows whose column holds the value (trimmed, lower-cased) are kept. */
  filters: { column: number; value: string }[];
}

/** The distinct fields of one column of a part, in the order first seen (entry i has local id i). */
export interface PartKeys {
  /** The fields' bytes, one after another; entry i is `bytes[ends[i - 1] .. ends[i]]`. */
  bytes: Uint8Array;
  ends: Int32Array;
  /** 1 where the field was quoted. */
  quoted: Uint8Array;
  /** The row (counted from the part's start) where each was first seen. */
  firstRows: Int32Array;
  /** For areas when LSOAs are kept: the LSOA code on that first row. */
  codes?: (string | undefined)[];
}

/** The records of a later part of a file, with local ids, for `readCsvRecords` to take in after its own. */
export interface RecordPart {
  /** The number of records (rows) in the part. */
  rows: number;
  /** The kept records: local month, category and area ids (area -1 when there is no area column). */
  length: number;
  month: Int32Array;
  category: Int32Array;
  area: Int32Array;
  months: PartKeys;
  categories: PartKeys;
  areas: PartKeys;
  /** The rows not used, in the order met: reason (a key of `DropReasons`), first row and how many. */
  drops: { reason: (keyof DropReasons)[]; row: number[]; count: number[] };
}

const REASON_KEYS: DropReasons = {
  filtered: "filtered",
  blank: "blank",
  month: "month",
  category: "category",
  duplicate: "duplicate",
};

/**
 * Reads the records of a later part of a record-level CSV (from a record's start to the end of the
 * file) without the Dataset's dictionaries: on another thread, while this one reads the first part.
 * Each distinct field gets a local id, kept with its bytes and the row it was first seen on, so
 * `readCsvRecords` can give it its real id afterwards, in the order a single reading would have met
 * it; months are not read here, so an unreadable one is still named with its row there.
 *
 * Missing values: as `createRecordReader` (a blank month or crime type drops the row).
 *
 * @param pieces the part's bytes, UTF-8, starting at a record
 * @param spec the columns and filters
 * @param expectedRows a first guess of the number of records, so the columns are rarely copied (default 1024)
 * @returns the part
 * @throws {InputError} for broken quoting or a record over 16 MB (rows counted from the part's start)
 * @example
 * readRecordPart([laterBytes], { name: "street.csv", fields, filters: [] }).rows; // => 500000
 */
export function readRecordPart(pieces: Iterable<Uint8Array>, spec: RecordPartSpec, expectedRows = 1024): RecordPart {
  const at: ReaderPosition = { row: 0, bytes: new Uint8Array(0), record: undefined };
  const months = localKeys(at, (text) => text === "");
  const categories = localKeys(at, (text) => text === "");
  const areas = localKeys(at, () => false, spec.fields.code);
  const capacity = Math.max(16, expectedRows);
  const columns = {
    length: 0,
    month: new Int32Array(capacity),
    category: new Int32Array(capacity),
    area: new Int32Array(capacity),
  };
  const drops: RecordPart["drops"] = { reason: [], row: [], count: [] };
  const reader = createRecordReader({
    name: spec.name,
    headerRow: -1,
    fileStart: false,
    fields: spec.fields,
    months: months.dictionary,
    categories: categories.dictionary,
    areas: areas.dictionary,
    wholeArea: -1,
    filters: spec.filters,
    reasons: REASON_KEYS,
    at,
    target: {
      add: (m, c, a) => added(columns, m, c, a),
      drop(reason, row, count = 1) {
        drops.reason.push(reason as keyof DropReasons);
        drops.row.push(row);
        drops.count.push(count);
      },
    },
  });
  for (const piece of pieces) reader.read(piece);
  reader.finish();
  const { length } = columns;
  return {
    rows: at.row,
    length,
    month: columns.month.subarray(0, length),
    category: columns.category.subarray(0, length),
    area: columns.area.subarray(0, length),
    months: months.keys(),
    categories: categories.keys(),
    areas: areas.keys(),
    drops,
  };
}

/** A dictionary giving each new field the next local id (-1 when `blank`), remembering its first row (and LSOA code). */
function localKeys(
  at: ReaderPosition,
  blank: (text: string) => boolean,
  codeField = -1,
): { dictionary: ByteDictionary; keys(): PartKeys } {
  const firstRows: number[] = [];
  const codes: (string | undefined)[] = [];
  const dictionary = createByteDictionary((text) => {
    const id = firstRows.push(at.row) - 1;
    if (codeField >= 0) codes.push(codeAt(at, codeField));
    return blank(text) ? -1 : id;
  });
  return {
    dictionary,
    keys() {
      const entries = dictionary.entries();
      let end = 0;
      return {
        bytes: concatBytes(entries.map((e) => e.key)),
        ends: Int32Array.from(entries, (e) => (end += e.key.length)),
        quoted: Uint8Array.from(entries, (e) => e.quoted),
        firstRows: Int32Array.from(firstRows),
        ...(codeField >= 0 ? { codes } : {}),
      };
    },
  };
}

function added(
  columns: { length: number; month: Int32Array; category: Int32Array; area: Int32Array },
  month: number,
  category: number,
  area: number,
): void {
  if (columns.length === columns.month.length) {
    for (const key of ["month", "category", "area"] as const) {
      const next = new Int32Array(columns.length * 2);
      next.set(columns[key]);
      columns[key] = next;
    }
  }
  columns.month[columns.length] = month;
  columns.category[columns.length] = category;
  columns.area[columns.length] = area;
  columns.length++;
}
