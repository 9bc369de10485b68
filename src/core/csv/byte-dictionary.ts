import type { CsvRow } from "./scan-csv";
import { fieldText } from "./field-text";

/** Maps the bytes of a field to an id, decoding text only the first time those bytes are seen. */
export interface ByteDictionary {
  /** The id of field `field` of `row` (read from `bytes`). */
  idOf(bytes: Uint8Array, row: CsvRow, field: number): number;
  /** The id of a key held on its own (`quoted` 1 when it was a quoted field's content), as `idOf` would give it. */
  idOfKey(key: Uint8Array, quoted: number): number;
  /** The keys seen, in the order first seen, with their ids. */
  entries(): readonly DictionaryEntry[];
}

/** One key of a `ByteDictionary`: a field's bytes, whether they were quoted, and the id they map to. */
export interface DictionaryEntry {
  readonly key: Uint8Array;
  readonly quoted: number;
  readonly id: number;
}

/**
 * A cache from a field's raw bytes to an id (a dictionary code), for dictionary-encoding categories
 * and areas of a large CSV without making a string per row.
 *
 * A police.uk extract repeats a few dozen crime types and a few thousand LSOA names over a million
 * rows. A field equal to the one looked up before costs one comparison; otherwise a few of its bytes
 * are hashed and it is compared with the keys under that hash. Only a new key is decoded and passed to `resolve`, which applies the naming rules (district from the LSOA
 * name, renames) once per distinct value.
 *
 * Missing values: a blank field is looked up like any other key (its text "" goes to `resolve`, which
 * decides, for example "Unknown area").
 *
 * @param resolve turns a new field text into its id; may throw to reject the value
 * @returns the dictionary
 * @throws never itself; `idOf` passes on what `resolve` throws
 * @example
 * const types = createByteDictionary((text) => categoryIdOf(text));
 * types.idOf(bytes, row, 9); // => 3
 */
export function createByteDictionary(resolve: (text: string) => number): ByteDictionary {
  // An open-addressing table of entry numbers (-1 = empty), faster than a Map on a hot path.
  let slots: Int32Array = new Int32Array(1024).fill(-1);
  const entries: Entry[] = [];
  // Extracts are sorted by month and LSOA, so a field often repeats the one before: check that first.
  let last: Entry = { key: new Uint8Array(0), quoted: -1, hash: 0, id: -1 };
  // A key on its own is looked up as the one field of a record.
  const keyRow: CsvRow = {
    row: 0,
    fieldCount: 1,
    starts: new Int32Array(1),
    ends: new Int32Array(1),
    quoted: new Uint8Array(1),
  };
  return {
    idOfKey(key, quoted) {
      keyRow.ends[0] = key.length;
      keyRow.quoted[0] = quoted;
      return this.idOf(key, keyRow, 0);
    },
    entries: () => entries,
    idOf(bytes, row, field) {
      const start = field < row.fieldCount ? row.starts[field] : 0;
      const end = field < row.fieldCount ? row.ends[field] : 0;
      // Quoted content may hold doubled quotes, so it is a different key from the same bytes unquoted.
      const quoted = field < row.fieldCount ? row.quoted[field] : 0;
      if (last.quoted === quoted && sameBytes(last.key, bytes, start, end)) return last.id;
      const hash = quickHash(bytes, start, end);
      const mask = slots.length - 1;
      let slot = hash & mask;
      for (let at = slots[slot]; at !== -1; at = slots[slot]) {
        const entry = entries[at];
        if (entry.hash === hash && entry.quoted === quoted && sameBytes(entry.key, bytes, start, end))
          return (last = entry).id;
        slot = (slot + 1) & mask;
      }
      const entry = { key: bytes.slice(start, end), quoted, hash, id: resolve(fieldText(bytes, row, field)) };
      slots[slot] = entries.push(entry) - 1;
      if (entries.length * 2 > slots.length) slots = rehashed(entries, slots.length * 2);
      return (last = entry).id;
    },
  };
}

function rehashed(entries: Entry[], size: number): Int32Array {
  const slots = new Int32Array(size).fill(-1);
  entries.forEach((entry, at) => {
    let slot = entry.hash & (size - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
    slots[slot] = at;
  });
  return slots;
}

interface Entry {
  key: Uint8Array;
  quoted: number;
  hash: number;
  id: number;
}

/**
 * A hash of the length, the first two bytes and the last four: enough to tell apart crime types and
 * LSOA names ("Maidstone 014C" differs from its neighbours at the end) without reading every byte.
 */
function quickHash(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length === 0) return 0;
  let hash = length;
  hash = Math.imul(hash ^ bytes[start], 0x01000193);
  hash = Math.imul(hash ^ bytes[start + (length > 1 ? 1 : 0)], 0x01000193);
  for (let i = Math.max(start + 2, end - 4); i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return hash & 0x3fffffff;
}

function sameBytes(key: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = key.length - 1; k >= 0; k--) if (key[k] !== bytes[start + k]) return false;
  return true;
}
