import { concatBytes } from "../bytes";
import { LONGEST_RECORD, scanCsv, tooLong, type CsvRow } from "./scan-csv";
import { fieldText } from "./field-text";
import { createByteDictionary, type ByteDictionary } from "./byte-dictionary";

/** No crime ID column is read (IDs are read only when counting distinct IDs). */
export const NO_ID = -1;

/** The columns a record reader reads (-1: none). */
export interface RecordFields {
  month: number;
  category: number;
  area: number;
  /** The crime ID, read only when counting distinct IDs (`NO_ID` otherwise). */
  id: number;
  /** The LSOA code, read with each new LSOA name when LSOAs are kept. */
  code: number;
}

/** Where a record reader puts what it reads: the records kept, and the rows not used with their reason. */
export interface RecordTarget {
  add(month: number, category: number, area: number, count: number): void;
  drop(reason: string, row: number, count?: number): void;
}

/** The reason a record reader gives for each kind of row it does not use. */
export interface DropReasons {
  filtered: string;
  blank: string;
  month: string;
  category: string;
  duplicate: string;
}

/** Where the reader is: the record's row number, the record and the bytes it was scanned from. */
export interface ReaderPosition {
  row: number;
  bytes: Uint8Array;
  record: CsvRow | undefined;
}

/** How a record reader reads: the columns, the dictionaries that turn fields into ids, and where rows go. */
export interface RecordReaderPlan {
  /** The input's name, for messages. */
  name: string;
  /** Rows up to this 0-based row (the header) are not data; -1 when every row is. */
  headerRow: number;
  /** False when the pieces start part-way through the file (at a record), where a byte order mark is data. */
  fileStart: boolean;
  fields: RecordFields;
  /** Field -> month index (-1 blank), category id (-1 blank) and area id. */
  months: ByteDictionary;
  categories: ByteDictionary;
  areas: ByteDictionary;
  /** The area of every record when there is no area column. */
  wholeArea: number;
  /** The analyst's filters: only rows whose column holds the value (trimmed, lower-cased) are kept. */
  filters: readonly { column: number; value: string }[];
  /** The IDs seen so far, when counting distinct crime IDs. */
  seenIds?: Set<string>;
  reasons: DropReasons;
  target: RecordTarget;
  /** Updated as rows are read, for the dictionaries' resolvers (the row of an unreadable month, the LSOA code). */
  at: ReaderPosition;
}

/** Reads a record-level CSV piece by piece into a `RecordTarget` (see `createRecordReader`). */
export interface RecordReader {
  /** Reads one piece; a record it does not finish is carried to the next. */
  read(piece: Uint8Array): void;
  /** True when the pieces read so far end where a record ends (nothing is carried). */
  atRecordEnd(): boolean;
  /** Hands over the run of blank rows being counted. */
  flushBlanks(): void;
  /** Reads what is carried as the end of the file, and hands over the last blank rows. */
  finish(): void;
}

/**
 * Creates the reader at the heart of the fast CSV path (`readCsvRecords`, `readRecordPart`): it scans
 * pieces of a record-level CSV (`scanCsv`), joins a record cut between pieces, and turns each record
 * into a kept record or a dropped row with its reason: "blank row", "filtered", "no month", "no crime
 * type", "duplicate crime ID". Fields become ids through the plan's byte dictionaries, so no string is
 * made per field. Blank rows are counted in runs: a file of nothing but line ends (a "gzip bomb") is
 * a billion of them, and one call each cost a third of the time.
 *
 * Missing values: a blank month or crime type drops the row (counted); a blank area is looked up like
 * any other (the area dictionary decides, "Unknown area"); a blank crime ID is never a duplicate.
 *
 * @param plan the columns, dictionaries, reasons and target
 * @returns the reader
 * @throws never itself; `read` and `finish` throw InputError for broken quoting or a record over 16 MB
 * @example
 * const reader = createRecordReader(plan); for (const piece of pieces) reader.read(piece); reader.finish();
 */
export function createRecordReader(plan: RecordReaderPlan): RecordReader {
  const { fields, target, reasons, at, seenIds } = plan;
  // Each filter's verdict on a field, looked up as bytes like every other field.
  const filters = plan.filters.map((f) => ({
    column: f.column,
    keeps: createByteDictionary((text) => (text.trim().toLowerCase() === f.value ? 1 : 0)),
  }));
  const blanks = { first: -1, count: 0 };
  const flushBlanks = (): void => {
    if (blanks.count > 0) target.drop(reasons.blank, blanks.first, blanks.count);
    blanks.count = 0;
  };
  const onRow = (row: CsvRow): void => {
    const rowNumber = (at.row = row.row);
    if (rowNumber <= plan.headerRow + 1) return;
    if (row.fieldCount === 1 && row.starts[0] === row.ends[0]) {
      if (blanks.first + blanks.count === rowNumber) blanks.count++;
      else {
        flushBlanks();
        target.drop(reasons.blank, rowNumber);
        blanks.first = rowNumber + 1;
      }
      return;
    }
    const bytes = at.bytes;
    for (const f of filters)
      if (f.keeps.idOf(bytes, row, f.column) === 0) return target.drop(reasons.filtered, rowNumber);
    const month = plan.months.idOf(bytes, row, fields.month);
    if (month < 0) return target.drop(reasons.month, rowNumber);
    const category = plan.categories.idOf(bytes, row, fields.category);
    if (category < 0) return target.drop(reasons.category, rowNumber);
    if (seenIds && fields.id !== NO_ID && fields.id < row.fieldCount && row.starts[fields.id] < row.ends[fields.id]) {
      const id = fieldText(bytes, row, fields.id);
      if (seenIds.has(id)) return target.drop(reasons.duplicate, rowNumber);
      seenIds.add(id);
    }
    at.record = row;
    target.add(month, category, fields.area < 0 ? plan.wholeArea : plan.areas.idOf(bytes, row, fields.area), 1);
  };
  const wanted =
    Math.max(
      fields.month,
      fields.category,
      fields.area,
      seenIds ? fields.id : NO_ID,
      fields.code,
      ...plan.filters.map((f) => f.column),
    ) + 1;
  const scan = (piece: Uint8Array, final: boolean): number => {
    at.bytes = piece;
    return scanCsv(piece, onRow, {
      label: plan.name,
      fieldsWanted: wanted,
      rowsBefore: at.row,
      final,
      fileStart: plan.fileStart && at.row === 0,
    });
  };
  // A piece's unfinished last record is carried over and finished with the start of the next piece.
  let carried: Uint8Array = new Uint8Array(0);
  return {
    read(piece) {
      if (piece.length === 0) return;
      const from = carried.length === 0 ? 0 : acrossSeam(carried, piece, scan);
      if (from < 0) {
        carried = concatBytes([carried, piece]);
        if (carried.length > LONGEST_RECORD) throw tooLong(plan.name, at.row + 1);
        return;
      }
      const rest = piece.subarray(from);
      carried = rest.slice(scan(rest, false));
    },
    atRecordEnd: () => carried.length === 0,
    flushBlanks,
    finish() {
      scan(carried, true);
      flushBlanks();
    },
  };
}

/**
 * Reads the records that span the seam between a carried, unfinished record and the next piece, by
 * joining the carried bytes to only the first few kilobytes of the piece (more if the record is
 * longer), not to the whole piece: copying every 8 MB block once more cost a tenth of the run.
 * A long carried record (a quoted note of megabytes) is joined to the whole piece at the second try,
 * not to ever larger heads: each try copies and rescans it, and a 50 MB line took 37 s that way.
 * Returns where in the piece scanning resumes, or -1 when even the whole piece does not finish the
 * carried record.
 */
function acrossSeam(
  carried: Uint8Array,
  piece: Uint8Array,
  scan: (bytes: Uint8Array, final: boolean) => number,
): number {
  for (let size = 4096; ; size = carried.length > 1 << 16 ? piece.length : size * 2) {
    const head = concatBytes([carried, piece.subarray(0, size)]);
    const used = scan(head, false);
    // Nothing before `carried.length` can end a record (carried is one unfinished record), so
    // `used` is 0 until the head holds the carried record's end; it is `carried.length` itself when
    // the carried record ended at a CR the piece does not follow with an LF.
    if (used >= carried.length) return used - carried.length;
    if (size >= piece.length) return -1;
  }
}
