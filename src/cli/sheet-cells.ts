import { columnLetters } from "../core/cells";
import { AttributeCursor, xmlAttributes } from "./xml-attributes";
import { nameCode, xmlText, type XmlSink } from "./xml-scan";

/** What a sheet's cells are read with: the workbook's strings, date styles and date system. */
export interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  /** Told of each row with a value (row number from 1, values from column A, "" between); may refuse it. */
  row(number: number, values: unknown[]): void;
  /** Told of a cell about to be placed (0-based column, row from 1), before its row is padded to it; may refuse it. */
  reach(column: number, row: number): void;
}

const SHEETDATA = nameCode("sheetData");
const ROW = nameCode("row");
const C = nameCode("c");
const V = nameCode("v");
const IS = nameCode("is");
const T = nameCode("t");
const RPH = nameCode("rPh");
/** A number as a sheet's XML holds it: decimal digits, a point, an exponent (never hex, never "Infinity"). */
const DECIMAL = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
/** Excel's largest sheet: 1,048,576 rows by 16,384 columns (A to XFD). */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;
/** 25,569 days from 30 December 1899 (day 0 of the 1900 system) to 1 January 1970; 1,462 more from 1904. */
const DAYS_TO_1970 = 25_569;
const DAYS_1904 = 1_462;

/**
 * Reads the <sheetData> of a worksheet's XML into rows of values, as Office.js `range.values` gives
 * them: numbers, text (shared, inline, rich text joined, a formula's cached text), booleans, error
 * codes ("#N/A"), and numbers in a date format (or cells of type d) as a Date in UTC. Rows and cells
 * without an r attribute follow the one before. Blank cells are not placed.
 */
export class SheetCells implements XmlSink {
  wantsText = false;
  /** True once </sheetData> is read: the rest of the part holds no cells. */
  done = false;
  private inData = false;
  private rowNumber = 0;
  private values: unknown[] = [];
  private column = -1;
  private type = "n";
  private style = 0;
  private inCell = false;
  private inInline = false;
  private phonetic = 0;
  private cellText: string | undefined;
  /** A shared string cell's index, read from its digits (-1 when its text is read instead). */
  private index = -1;

  private readonly attributes = new AttributeCursor();

  constructor(private readonly context: SheetContext) {}

  open(code: number, bytes: Uint8Array, from: number, to: number): void {
    if (code === C && this.rowNumber > 0) this.openCell(bytes, from, to);
    else if (!this.inCell) {
      if (code === ROW && this.inData) this.openRow(bytes, from, to);
      else if (code === SHEETDATA) this.inData = true;
    } else if (code === V) this.wantsText = true;
    else if (code === IS) this.inInline = true;
    else if (code === RPH) this.phonetic++;
    else if (code === T) this.wantsText = this.inInline && this.phonetic === 0;
  }

  close(code: number): void {
    if (code === V || code === T) this.wantsText = false;
    else if (code === C && this.inCell) this.closeCell();
    else if (code === IS) this.inInline = false;
    else if (code === RPH) this.phonetic--;
    else if (code === ROW && this.rowNumber > 0 && !this.inCell) {
      if (this.values.length > 0) this.context.row(this.rowNumber, this.values);
      this.values = [];
      this.rowNumber = -this.rowNumber;
    } else if (code === SHEETDATA) this.done = true;
  }

  text(bytes: Uint8Array, from: number, to: number, raw: boolean): void {
    // A shared string's index, the most common cell of all, is read from its digits without making a string.
    if (this.type === "s" && this.cellText === undefined && !raw) {
      const index = digits(bytes, from, to);
      if (index > 0 || (to - from === 1 && bytes[from] === 0x30)) {
        [this.index, this.cellText] = [index, ""];
        return;
      }
    }
    this.index = -1;
    const text = raw ? new TextDecoder().decode(bytes.subarray(from, to)) : xmlText(bytes, from, to);
    this.cellText = this.cellText === undefined ? text : this.cellText + text;
  }

  private openRow(bytes: Uint8Array, from: number, to: number): void {
    const last = Math.abs(this.rowNumber);
    let number = last + 1;
    xmlAttributes(bytes, from, to, (n, m, v, w) => {
      if (m - n === 1 && bytes[n] === 0x72) number = digits(bytes, v, w);
    });
    if (!(number > last))
      throw new Error(`row ${number || 'with r=""'} comes after row ${last}: its rows are out of order`);
    if (number > EXCEL_ROWS) throw new Error(`it has a row ${number}, beyond Excel's last row (${EXCEL_ROWS})`);
    [this.rowNumber, this.column] = [number, -1];
  }

  private openCell(bytes: Uint8Array, from: number, to: number): void {
    let column = this.column + 1;
    let [type, style] = ["n", 0];
    const a = this.attributes;
    a.reset(bytes, from, to);
    while (a.next()) {
      if (a.nameTo - a.name !== 1) continue;
      const name = bytes[a.name];
      if (name === 0x72) column = columnOf(bytes, a.value, a.valueTo, this.rowNumber);
      else if (name === 0x74)
        type = a.valueTo - a.value === 1 && bytes[a.value] === 0x73 ? "s" : ascii(bytes, a.value, a.valueTo);
      else if (name === 0x73) style = digits(bytes, a.value, a.valueTo);
    }
    if (column <= this.column) throw new Error(`row ${this.rowNumber} has its cells out of order`);
    if (column >= EXCEL_COLUMNS) throw new Error(`row ${this.rowNumber} has a cell beyond Excel's last column, XFD`);
    this.column = column;
    this.type = type;
    this.style = style;
    this.inCell = true;
    this.inInline = false;
    this.phonetic = 0;
    this.cellText = undefined;
    this.index = -1;
  }

  private closeCell(): void {
    this.inCell = false;
    this.wantsText = false;
    const value = this.value();
    if (value === "") return;
    this.context.reach(this.column, this.rowNumber);
    const values = this.values;
    while (values.length < this.column) values.push("");
    values.push(value);
  }

  /** The cell's reference, for messages. */
  private get ref(): string {
    return `${columnLetters(this.column)}${this.rowNumber}`;
  }

  /** The cell's value by its type, "" when it has none. */
  private value(): unknown {
    const text = this.cellText;
    if (text === undefined) return "";
    switch (this.type) {
      case "s": {
        const index = this.index >= 0 ? this.index : /^\s*\d+\s*$/.test(text) ? Number(text) : -1;
        const value = this.context.strings[index];
        if (value === undefined)
          throw new Error(
            `cell ${this.ref} refers to shared string ${index < 0 ? text : index}, which it does not have`,
          );
        return value;
      }
      case "str":
      case "inlineStr":
      case "e":
        return text;
      case "b":
        if (text.trim() === "1" || text.trim() === "0") return text.trim() === "1";
        throw new Error(`cell ${this.ref} holds ${JSON.stringify(text)} as true or false`);
      case "d":
        return this.isoDate(text);
      default:
        return this.number(text);
    }
  }

  private number(text: string): unknown {
    if (text.trim() === "") return "";
    const number = DECIMAL.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(number)) throw new Error(`cell ${this.ref} holds ${JSON.stringify(text)} as a number`);
    if (!this.context.dateStyles[this.style]) return number;
    // Day 60 of the 1900 system is 29 February 1900, which was not a day; the days before it are one later.
    const days = number + (this.context.date1904 ? DAYS_1904 : number >= 1 && number < 60 ? 1 : 0) - DAYS_TO_1970;
    return this.date(new Date(Math.round(days * 86_400_000)), text);
  }

  /** A cell of type d: an ISO 8601 date and time, in UTC when it names no zone (as Excel writes them). */
  private isoDate(text: string): Date {
    const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text.trim()) || !text.includes("T");
    return this.date(new Date(zoned ? text.trim() : `${text.trim()}Z`), text);
  }

  private date(date: Date, text: string): Date {
    if (Number.isNaN(date.getTime())) throw new Error(`cell ${this.ref} holds ${JSON.stringify(text)} as a date`);
    return date;
  }
}

/** A row number's digits, or 0 when they are not a whole number from 1. */
function digits(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = bytes[i] - 0x30;
    if (d < 0 || d > 9 || n > 1e9) return 0;
    n = n * 10 + d;
  }
  return n;
}

/** The 0-based column of a cell reference ("B2" is 1), checked to be in the row it is in. */
function columnOf(bytes: Uint8Array, from: number, to: number, row: number): number {
  let column = 0;
  let i = from;
  for (; i < to && bytes[i] >= 0x41 && bytes[i] <= 0x5a && column <= EXCEL_COLUMNS; i++)
    column = column * 26 + bytes[i] - 0x40;
  if (column === 0 || (i < to && digits(bytes, i, to) !== row))
    throw new Error(
      `row ${row} has a cell with the reference ${JSON.stringify(ascii(bytes, from, to))}, which is not in that row`,
    );
  return column - 1;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let text = "";
  for (let i = from; i < to && i < from + 64; i++) text += String.fromCharCode(bytes[i]);
  return text;
}
