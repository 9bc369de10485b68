import { optionRef } from "..";
import type { ReadContext } from "./read-context";
import { rowError } from "./read-context";
import { createByteDictionary, type ByteDictionary } from "../csv";
import { createRecordReader, NO_ID, type DropReasons, type ReaderPosition, type RecordFields } from "../csv";
import { codeAt } from "../csv";
import type { LaterBytes } from "../detect";
import type { PartKeys, RecordPart } from "../csv";
import { parseMonth } from "../periods";
import { filteredReason } from "./filtered-reason";
import { areaName } from "./area-name";
import { InputError } from "..";

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
 * With `later` (a large file cut just after a line end), another thread reads the later bytes while
 * this one reads `pieces`; its part is then taken in as if read here: each of its distinct fields is
 * looked up in this reading's dictionaries in the order first seen, so ids, names, dropped rows and
 * messages are those of one reading from start to end. When the cut turns out not to fall between
 * records (a quoted field running across it), or the other thread fails, the later bytes are read here.
 *
 * Missing values: a blank month or crime type drops the row (counted); a blank area is "Unknown
 * area"; a blank crime ID (every anti-social behaviour row) is never a duplicate.
 *
 * @param pieces the file's UTF-8 bytes (gunzipped): `[bytes]`, or pieces read one after another, so a
 *   large file need not be held whole (a record cut between pieces is joined up)
 * @param context the sink, roles, header row and rules
 * @param later the rest of the file, when another thread may read it (not when counting distinct IDs)
 * @returns nothing
 * @throws {InputError} naming the file, row and value for an unreadable month, broken quoting, or a
 *   record longer than 16 MB (memory stays bounded whatever the file holds)
 * @example
 * readCsvRecords([bytes], { sink, name: "2018-10-kent-street.csv", roles, headerRow: 0, reason: (r) => r });
 */
export function readCsvRecords(pieces: Iterable<Uint8Array>, context: ReadContext, later?: LaterBytes): void {
  const { sink, roles, seenIds } = context;
  if (roles.month === undefined || roles.category === undefined) {
    later?.cancel();
    throw new InputError(
      `${context.name}: record-level data needs a period column (${optionRef("periodColumn")}) and a category column (${optionRef("categoryColumn")}).`,
    );
  }
  const fields: RecordFields = {
    month: roles.month,
    category: roles.category,
    area: roles.area ?? -1,
    id: seenIds && roles.id !== undefined ? roles.id : NO_ID,
    // With LSOAs kept, each new LSOA name also records its code, read from the same row.
    code: context.keepLsoas && roles.areaCode !== undefined ? roles.areaCode : -1,
  };
  const at: ReaderPosition = { row: 0, bytes: new Uint8Array(0), record: undefined };
  // Taking in a later part, an LSOA's code comes from the part, not from the row being read.
  const taken: { code?: string } = {};
  const dictionaries = {
    months: createByteDictionary((text) => (text === "" ? -1 : checkedMonth(text, context, at.row))),
    categories: createByteDictionary((text) => (text === "" ? -1 : sink.categoryId(text))),
    areas: createByteDictionary((text) =>
      sink.areaId(areaName(text, roles, context.keepLsoas), "code" in taken ? taken.code : codeAt(at, fields.code)),
    ),
  };
  const filters = (context.filters ?? []).map(({ column, value }) => ({ column, value }));
  const wholeArea = fields.area < 0 ? sink.areaId("All areas") : -1;
  const reasons: DropReasons = {
    filtered: context.reason(filteredReason(context)),
    blank: context.reason("blank row"),
    month: context.reason("no month"),
    category: context.reason("no crime type"),
    duplicate: context.reason("duplicate crime ID"),
  };
  const reader = createRecordReader({
    name: context.name,
    headerRow: context.headerRow,
    fileStart: true,
    fields,
    ...dictionaries,
    wholeArea,
    filters,
    seenIds,
    reasons,
    target: sink,
    at,
  });
  let asked = false;
  for (const piece of pieces) {
    if (later && !asked && piece.length > 0) {
      asked = true;
      // The cut is just after an LF, which ends a line in any mix of line ends (unless quoted: see below).
      later.begin({ name: context.name, fields, filters });
    }
    reader.read(piece);
  }
  if (later && asked && reader.atRecordEnd()) {
    const part = later.part();
    if (part) {
      reader.flushBlanks();
      return takeIn(part, { ...dictionaries, taken, at, wholeArea, reasons, sink: context.sink });
    }
  } else later?.cancel();
  for (const piece of later?.pieces ?? []) reader.read(piece);
  reader.finish();
}

/**
 * Takes in a part read by another thread after this one's rows: its distinct fields get their ids in
 * the order first seen (so new names join the dictionaries as they would have), its dropped rows and
 * records follow, with its row numbers moved past this reading's.
 */
function takeIn(
  part: RecordPart,
  into: {
    months: ByteDictionary;
    categories: ByteDictionary;
    areas: ByteDictionary;
    taken: { code?: string };
    at: ReaderPosition;
    wholeArea: number;
    reasons: DropReasons;
    sink: ReadContext["sink"];
  },
): void {
  const { at, sink } = into;
  const rowsBefore = at.row;
  const ids = (keys: PartKeys, dictionary: ByteDictionary): Int32Array =>
    keys.firstRows.map((firstRow, i) => {
      at.row = rowsBefore + firstRow;
      if (keys.codes) into.taken.code = keys.codes[i];
      return dictionary.idOfKey(keys.bytes.subarray(i === 0 ? 0 : keys.ends[i - 1], keys.ends[i]), keys.quoted[i]);
    });
  const months = ids(part.months, into.months);
  const categories = ids(part.categories, into.categories);
  const areas = ids(part.areas, into.areas);
  for (let d = 0; d < part.drops.row.length; d++)
    sink.drop(into.reasons[part.drops.reason[d]], rowsBefore + part.drops.row[d], part.drops.count[d]);
  // The part's columns are this thread's now (moved, not copied): their local ids are replaced in place.
  const { month, category, area } = part;
  for (let i = 0; i < part.length; i++) {
    month[i] = months[month[i]];
    category[i] = categories[category[i]];
    area[i] = area[i] < 0 ? into.wholeArea : areas[area[i]];
  }
  sink.addAll(month, category, area, part.length);
  at.row = rowsBefore + part.rows;
}

function checkedMonth(text: string, context: ReadContext, row: number): number {
  try {
    return (context.readPeriod ?? parseMonth)(text);
  } catch (error) {
    throw rowError(context, row, error);
  }
}
