import { cellText } from "../cells";

/** What the sampled values of one column look like, and why it can never be a count. */
export interface ColumnProfile {
  /** The header as written. */
  title: string;
  /** The header lower-cased, with "_" and "." read as spaces ("Calendar_Year" -> "calendar year"). */
  header: string;
  filled: number;
  distinct: number;
  /** Values that are numbers (or text of one). */
  numbers: number;
  /** Values that are not numbers. */
  texts: number;
  /** Numbers with a fractional part (12.5). */
  fractions: number;
  /** Numbers below zero. */
  negatives: number;
  /** Why the column is never a count ("row numbers", "coordinates", "codes", "ranks", "rates or other measures ..."), or "". */
  notCount: string;
  /** Why the values alone do not look like counts ("row numbers" in sequence, "0/1 flags"), or "": a header naming a count still wins. */
  unlikelyCount: string;
}

const INDEX_HEADER = /^(|x|\.\.\.\d+|unnamed: ?\d+|index|row|row ?n(o|um|umber)?|rownames|#)$/i;
const COORDINATE_HEADER =
  /\b(lat|latitude|lon|lng|long|longitude|easting|northing|x coord(inate)?|y coord(inate)?|coordinates?)\b/;
const CODE_HEADER = /\b(code|cd|id|ref|reference|urn|number id|postcode)\b|code$|cd$/;
/** Measures of an area or a group, never counts of its records (a population beside the counts). */
const POPULATION_HEADER =
  /\b(population|pop|residents|households|persons|people|usual residents|hectares|area km2|sq km)\b/;
/** A place in a ranking is never a count, even when the ranks run 1, 2, 3 as counts might. */
const RANK_HEADER = /\b(rank|ranked|ranking|position)\b/;
const RATE_HEADER =
  /\b(rate|rates|percent|percentage|pct|proportion|ratio|share|per ?1,?000|per ?100,?000|per (head|capita)|mean|average|median|score|index)\b|%|_pct$|change/;

/** Numbers JavaScript reads that are not decimal counts: hex, binary, octal, exponents, infinity, NaN. */
const OTHER_NUMBER = /^[+-]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|(\d+(\.\d*)?|\.\d+)[eE][+-]?\d+|Infinity|NaN)$/;

/**
 * Profiles the columns of a table from its header and a sample of rows: how many values are filled,
 * distinct, numeric, fractional or negative, and whether the column can never hold counts.
 *
 * A count is a whole number of zero or more, so these are never counts: row numbers and index
 * columns (an unnamed header, "X" from R's write.csv, "...1" from readr, "Unnamed: 0" from pandas, or
 * values 1, 2, 3 ... in sequence, unless the header names a count), coordinates (latitude, longitude, easting, northing), columns of 0
 * and 1 only (flags, unless the header names a count), codes (a header saying code or ID), populations (a header saying
 * population, residents or households), and rates or measures (a header saying rate,
 * percentage, per 1,000, change, or fractional values). This is what keeps a re-saved file's index
 * column or an outcomes file's Longitude from being added up as crimes.
 *
 * Missing values: blank cells ("", null, NaN) are left out of every count.
 *
 * @param header the header row's cells
 * @param sample data rows below it (fifty is plenty)
 * @returns one profile per header cell
 * @throws never
 * @example
 * profileColumns(["", "Month", "count"], [[0, "2022-07", 5388], [1, "2022-08", 5480]])[0].notCount; // => "row numbers"
 */
export function profileColumns(header: readonly unknown[], sample: readonly unknown[][]): ColumnProfile[] {
  return header.map((cell, column) =>
    profile(
      cellText(cell),
      sample.map((row) => row[column]),
    ),
  );
}

function profile(title: string, values: unknown[]): ColumnProfile {
  const header = title.toLowerCase().replace(/[_.]+/g, " ").replace(/\s+/g, " ").trim();
  const p: ColumnProfile = {
    title,
    header,
    filled: 0,
    distinct: 0,
    numbers: 0,
    texts: 0,
    fractions: 0,
    negatives: 0,
    notCount: "",
    unlikelyCount: "",
  };
  const seen = new Set<string>();
  const numbers: number[] = [];
  for (const value of values) {
    const text = cellText(value);
    if (text === "") continue;
    p.filled++;
    seen.add(text);
    // "1,204" is a number written with a thousands separator, as spreadsheets save it. Other spellings of
    // numbers (0x10, 1e308, Infinity) count as numbers here, so the column is still taken for what it holds
    // and the reader refuses the cell by name, instead of the rows being counted.
    const n =
      typeof value === "number"
        ? value
        : /^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/.test(text)
          ? Number(text.replace(/,/g, ""))
          : OTHER_NUMBER.test(text)
            ? 0
            : NaN;
    if (Number.isNaN(n)) {
      p.texts++;
      continue;
    }
    p.numbers++;
    numbers.push(n);
    if (!Number.isInteger(n)) p.fractions++;
    if (n < 0) p.negatives++;
  }
  p.distinct = seen.size;
  p.notCount = notCountReason(title, header, p);
  if (numbers.length >= 5 && numbers.length === p.filled && inSequence(numbers)) p.unlikelyCount = "row numbers";
  else if (numbers.length >= 3 && numbers.every((n) => n === 0 || n === 1)) p.unlikelyCount = "0/1 flags";
  return p;
}

function notCountReason(title: string, header: string, p: ColumnProfile): string {
  if (INDEX_HEADER.test(title.trim())) return "row numbers";
  if (COORDINATE_HEADER.test(header)) return "coordinates";
  if (RATE_HEADER.test(header) || p.fractions > 0) return "rates or other measures (not whole counts)";
  if (CODE_HEADER.test(header)) return "codes";
  if (RANK_HEADER.test(header)) return "ranks";
  if (POPULATION_HEADER.test(header)) return "a population or other measure of the area, not counts of records";
  if (p.negatives > 0) return "negative numbers";
  return "";
}

/** True when the numbers go up by exactly one from row to row (0, 1, 2 ... or 1, 2, 3 ...). */
function inSequence(numbers: number[]): boolean {
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
}
