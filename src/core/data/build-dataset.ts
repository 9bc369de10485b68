import { optionRef } from "..";
import { concatBytes } from "../bytes";
import { csvRows } from "../csv";
import type { Dataset } from "./dataset";
import type { BuildOptions, ColumnRoles, DataInput, DataKind, InputReading, LaterBytes } from "../detect";
import { planInput } from "./input-reading";
import type { ReadContext } from "./read-context";
import { createRecordSink } from "./record-sink";
import { detectLayout } from "../detect";
import { encodeUtf8 } from "../bytes";
import { readCsvRecords } from "./read-csv-records";
import { readMatrix } from "./read-matrix";
import { cellText } from "../cells";
import { DEFAULT_DISTRICT_RENAMES } from "./district-renames";
import { InputError } from "..";
import { checkHeaderRow } from "../detect";
import { dropStrayMonths } from "./drop-stray-months";
import { monthIndex } from "../periods";
import { detectEncoding } from "../bytes";
import { utf8Pieces } from "../bytes";
import { delimiterNamed, sniffDelimiter, type Delimiter } from "../csv";

/** How much of a CSV is parsed to detect its layout: the header and a few hundred rows. */
const SAMPLE_BYTES = 65536;
/** How many rows of that sample are parsed (enough for a header below a title block). */
const SAMPLE_ROWS = 500;
/** A police.uk row is about 200 bytes; the first guess of the row count saves most column copies. */
const BYTES_PER_ROW = 180;
const OGL = "Contains public sector information licensed under the Open Government Licence v3.0 (data.police.uk).";

/**
 * Builds one Dataset from one or more inputs (CSV text or bytes, or matrices of cell values), in any
 * of the three layouts, detected per input unless `options.layout` says which.
 *
 * Several inputs (one police.uk file per month) go into one Dataset with shared category and area
 * dictionaries. Record-level CSV takes the fast path (`readCsvRecords`: straight from bytes into
 * columns, no string per field); everything else is read as a matrix (`readMatrix`). police.uk rules:
 * the area is the district from the LSOA name, renamed by `options.districtRenames` (default
 * Shepway -> Folkestone and Hythe); rows without an LSOA are "Unknown area"; anti-social behaviour is
 * its own category; counting is by rows unless `countDistinctIds`, when a repeated crime ID is a
 * dropped row. Every row not used is in `dropped` with its reason and first row numbers (the reason
 * names the file when there are several). Records dated after the month of the run, or cut off from
 * the rest of the data by years without records, are taken out and counted (`dropStrayMonths`), so a
 * mistyped "2999-01" never becomes the end of the data.
 *
 * Each input is read as `planInput` settles it from the detected guess and the analyst's choices
 * (roles by header name, kind, filters): periods may be months, timestamps (in UK time), quarters,
 * calendar or financial years, or separate year and month columns; the Dataset records the kind
 * (crimes, ASB, outcomes, searches, other counts), the period unit, and `readings` - what was
 * understood of each input and why, for the command line and the wizard to show. Inputs that count
 * different things or hold periods of different lengths are refused rather than mixed.
 *
 * Missing values: see `readCsvRecords` and `readMatrix` - blank months and categories drop a row
 * (counted); blank areas become "Unknown area"; blank counts drop a long row.
 *
 * @param inputs one input or several
 * @param options layout and role overrides, distinct-ID counting, renames, source line
 * @returns the Dataset
 * @throws {InputError} naming the input, row and value when a period or count cannot be read, a layout needs a role no column has, or an input is empty;
 *   naming the input, column and flag for rates, a non-count column as the count, a count over a span, or an unknown column
 * @example
 * buildDataset({ name: "2018-10-kent-street.csv", csv: bytes }).length; // => 16912
 */
export function buildDataset(inputs: DataInput | DataInput[], options: BuildOptions = {}): Dataset {
  const list = Array.isArray(inputs) ? inputs : [inputs];
  if (list.length === 0) throw new InputError("No input was given: name at least one file or range.");
  const expected = list.reduce(
    (sum, i) => sum + (i.values ? i.values.length : (i.byteLength ?? csvLength(i.csv)) / BYTES_PER_ROW),
    0,
  );
  const sink = createRecordSink(options.districtRenames ?? DEFAULT_DISTRICT_RENAMES, Math.ceil(expected));
  const seenIds = options.countDistinctIds ? new Set<string>() : undefined;
  const forces = new Set<string>();
  const files = new Set<string>();
  const readings: InputReading[] = [];
  const units = new Set<string>();
  const kinds = new Set<DataKind>();
  let yearStart = 1;
  for (const input of list) {
    const prepared = prepare(input, options.onEncoding, options.delimiter);
    try {
      readInput(input, prepared);
    } catch (error) {
      prepared.later?.(false);
      throw error;
    }
  }
  function readInput(input: DataInput, { sample, pieces, whole, later, delimiter }: ReturnType<typeof prepare>): void {
    const detected = detectLayout(sample);
    checkHeaderRow(sample, detected.headerRow, withoutChosen(detected.roles, options), input.name, whole);
    const layout = options.layout ?? detected.layout;
    const plan = planInput(input.name, sample, detected, options);
    const context: ReadContext = {
      sink,
      seenIds,
      name: input.name,
      headerRow: detected.headerRow,
      roles: plan.roles,
      ...plan.context,
      keepLsoas: options.keepLsoas,
      reason: list.length > 1 ? (text) => `${text} (${input.name})` : (text) => text,
    };
    files.add(detected.policeUkFile ?? "");
    fallsWithin(sample, detected.headerRow).forEach((f) => forces.add(f));
    units.add(`${plan.period.unit}/${plan.period.yearStart}`);
    kinds.add(plan.kind);
    yearStart = plan.period.yearStart;
    if (delimiter && delimiter.name !== "comma")
      plan.reading.reasons.splice(1, 0, delimiterReason(delimiter, options.delimiter !== undefined));
    readings.push(plan.reading);
    // The fast path scans commas only: a file of tabs or semicolons (a small table) is read as a matrix.
    const records =
      pieces && layout === "record" && plan.roles.year === undefined && (delimiter?.name ?? "comma") === "comma";
    // Distinct crime IDs are counted in file order, so only one thread may read them.
    const handed = later?.(records === true && !seenIds);
    if (records) readCsvRecords(pieces, context, handed);
    else
      readMatrix(
        input.values ?? csvRows(joined(pieces ?? []), input.name, { delimiter: delimiter?.byte }),
        layout,
        context,
        input.firstRowNumber,
      );
  }
  if (units.size > 1)
    throw new InputError(
      `The inputs hold periods of different lengths (${readings.map((r) => `${r.name}: ${r.periods}`).join("; ")}); read them separately.`,
    );
  if (kinds.size > 1)
    throw new InputError(
      `The inputs count different things (${readings.map((r) => `${r.name}: ${r.kind}`).join("; ")}); read them separately, or choose one kind with ${optionRef("kind")}.`,
    );
  const dataset = dropStrayMonths(
    sink.finish(options.source ?? sourceLine(list, files, forces)),
    options.runMonth ?? thisMonth(),
  );
  const unit = [...units][0].split("/")[0] as "month" | "quarter" | "year";
  const kind = finalKind([...kinds][0], dataset.categories, options.kind);
  const fell = forces.size > 0 ? { forces: [...forces] } : {};
  return { ...dataset, kind, periodUnit: unit, ...(unit === "month" ? {} : { yearStart }), readings, ...fell };
}

/** ASB alone is incidents, not crimes: a police.uk street file filtered to anti-social behaviour gives ASB tables. */
export function finalKind(kind: DataKind, categories: readonly string[], chosen: DataKind | undefined): DataKind {
  if (chosen !== undefined || kind !== "crimes" || categories.length === 0) return kind;
  return categories.every((c) => c.toLowerCase() === "anti-social behaviour") ? "asb" : kind;
}

/** The forces named in a "Falls within" column (police.uk files) among the sampled rows. */
function fallsWithin(sample: unknown[][], headerRow: number): string[] {
  const column = (sample[headerRow] ?? []).findIndex((h) => /^falls within$/i.test(cellText(h)));
  if (column < 0) return [];
  const names = new Set(sample.slice(headerRow + 1).map((row) => cellText(row[column])));
  names.delete("");
  return [...names];
}

/** The month of this run, from the clock: data cannot be dated after it. */
function thisMonth(): number {
  const now = new Date();
  return monthIndex(now.getFullYear(), now.getMonth() + 1);
}

/** The detected roles the caller did not settle by choosing a column, by position (`roles`) or by header (`columnNames`). */
function withoutChosen(detected: ColumnRoles, options: BuildOptions): ColumnRoles {
  const left: ColumnRoles = { ...detected };
  for (const role of [
    ...Object.keys(options.roles ?? {}),
    ...Object.keys(options.columnNames ?? {}),
  ] as (keyof ColumnRoles)[])
    delete left[role];
  return left;
}

function csvLength(csv: string | Uint8Array | undefined): number {
  return csv === undefined ? 0 : csv.length;
}

/**
 * The input's first rows (to detect its layout) and, for CSV, its bytes as pieces. With `input.later`,
 * the pieces run on into the later bytes unless `later(true)` hands those to another thread first
 * (`readCsvRecords`); that is refused (undefined) once the pieces have reached them, or when the file
 * is not UTF-8 (the other thread reads bytes as they are).
 */
function prepare(
  input: DataInput,
  onEncoding?: BuildOptions["onEncoding"],
  chosen?: BuildOptions["delimiter"],
): Prepared {
  if (input.values) {
    if (input.values.length === 0) throw new InputError(`${input.name} is empty: there is no header row.`);
    return { sample: input.values.slice(0, 100), whole: input.values.length <= 100 };
  }
  const handing = { reached: false, off: false, encoding: "UTF-8" };
  const fromLater = input.later;
  const within =
    input.pieces && fromLater
      ? (function* () {
          yield* input.pieces!;
          if (!handing.off) {
            handing.reached = true;
            yield* fromLater.pieces;
          }
        })()
      : input.pieces;
  const given =
    within ??
    (input.csv === undefined ? undefined : [typeof input.csv === "string" ? encodeUtf8(input.csv) : input.csv]);
  if (given === undefined) throw new InputError(`${input.name} has neither CSV text nor cell values.`);
  const source = inUtf8(given, input, (name, encoding) => {
    handing.encoding = encoding;
    onEncoding?.(name, encoding);
  });
  const later =
    fromLater &&
    ((handOff: boolean) => {
      handing.off = handOff && !handing.reached && handing.encoding === "UTF-8";
      if (!handing.off) fromLater.cancel();
      return handing.off ? fromLater : undefined;
    });
  const rest = source[Symbol.iterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let more = true;
  while (size < SAMPLE_BYTES) {
    const next = rest.next();
    if (next.done) {
      more = false;
      break;
    }
    head.push(input.pieces ? next.value.slice() : next.value);
    size += next.value.length;
  }
  const first = joined(head);
  if (first.length === 0) throw new InputError(`${input.name} is empty: there is no header row.`);
  const pieces = more
    ? (function* () {
        yield first;
        for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
      })()
    : [first];
  const delimiter = (chosen && delimiterNamed(chosen)) || sniffDelimiter(first);
  // A quoted field may run past the first block (a 10 MB "Context"): the sample stops before a record the block does not finish.
  const sample = csvRows(first, input.name, { final: !more, maxRows: SAMPLE_ROWS, delimiter: delimiter.byte });
  return { sample, pieces, whole: !more && sample.length < SAMPLE_ROWS, delimiter, ...(later ? { later } : {}) };
}

/** An input ready to read: its first rows, its bytes (CSV) and the delimiter found or chosen. */
interface Prepared {
  sample: unknown[][];
  pieces?: Iterable<Uint8Array>;
  whole: boolean;
  later?: (handOff: boolean) => LaterBytes | undefined;
  delimiter?: Delimiter;
}

/** What the reading says of a delimiter other than the comma: found in the file, or the analyst's. */
function delimiterReason(delimiter: Delimiter, chosen: boolean): string {
  return chosen
    ? `You chose ${delimiter.words} as the delimiter.`
    : `Fields are separated by ${delimiter.words}: they are the separator the file's first lines agree on.`;
}

/**
 * The CSV's pieces as UTF-8, whatever its encoding: the encoding is read from the first piece
 * (`detectEncoding`), reported when it is not UTF-8, and the pieces re-encoded (`utf8Pieces`). Text
 * given as a string is UTF-8 already.
 */
function inUtf8(
  pieces: Iterable<Uint8Array>,
  input: DataInput,
  onEncoding?: BuildOptions["onEncoding"],
): Iterable<Uint8Array> {
  if (typeof input.csv === "string") return pieces;
  const rest = pieces[Symbol.iterator]();
  let next = rest.next();
  while (!next.done && next.value.length === 0) next = rest.next();
  if (next.done) return [];
  const encoding = detectEncoding(next.value);
  if (encoding === "UTF-8")
    return (function* () {
      yield next.value;
      for (let more = rest.next(); !more.done; more = rest.next()) yield more.value;
    })();
  onEncoding?.(input.name, encoding);
  const first = input.pieces ? next.value.slice() : next.value;
  return utf8Pieces(
    (function* () {
      yield first;
      for (let more = rest.next(); !more.done; more = rest.next()) yield more.value;
    })(),
    encoding,
  );
}

/**
 * The pieces as one byte array (the piece itself when there is only one). Pieces after the first are
 * copied as they come, because a reader may reuse its buffer; the first is always `prepare`'s own.
 */
function joined(pieces: Iterable<Uint8Array>): Uint8Array {
  const list: Uint8Array[] = [];
  for (const piece of pieces) list.push(list.length === 0 ? piece : piece.slice());
  return concatBytes(list);
}

const POLICE_UK_DATA: Record<string, string> = {
  street: "police.uk street-level crime data",
  outcomes: "police.uk outcomes data",
  "stop-and-search": "police.uk stop and search data",
};

function sourceLine(inputs: DataInput[], files: Set<string>, forces: Set<string>): string {
  const names =
    inputs.length > 3
      ? `${inputs.length} files, ${inputs[0].name} to ${inputs[inputs.length - 1].name}`
      : inputs.map((i) => i.name).join(", ");
  const [file] = files;
  if (files.size !== 1 || !POLICE_UK_DATA[file]) return names;
  const force = [...forces].filter((f) => f !== "").join(", ");
  return `${POLICE_UK_DATA[file]}${force ? `, ${force}` : ""} (${names}). ${OGL}`;
}
