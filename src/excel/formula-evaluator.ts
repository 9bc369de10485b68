import "./formula-evaluator-runtime"; // first: the bundled functions modules call CustomFunctions.associate on load
import { ExcelError } from "../functions";
import { areaTable, fyPivot, morile, morileBand, morileDetail, rateTable, ryTable } from "../functions";
import type { MemoryCell, MemorySheet, MemoryWorkbook } from "./memory-workbook";
import { parseFormula, type FormulaNode } from "./formula-evaluator-parse";
import { functionName } from "./functions-namespace";
import {
  compare,
  criterion,
  ErrorValue,
  fromCell,
  toCell,
  toLogical,
  toNumber,
  toText,
  type Scalar,
} from "./formula-evaluator-values";

/**
 * A small, honest formula evaluator for the playground's in-memory workbook. It calculates exactly the
 * subset of Excel the toolkit's sheets use (the MoRiLE matrix): references (same sheet or 'Quoted
 * sheet'!, $ absolutes, ranges), text, number and logical literals, `&`, comparisons, + - * /, IF,
 * OR, ISNUMBER, COUNTIF, IFERROR, INDEX, MATCH (exact match, 0) and the CSP custom functions listed below,
 * called through the real functions module. Anything else evaluates to #NAME?, never a crash. Error
 * values are values (#N/A, #VALUE!, #REF!...), IFERROR catches them; an array result spills right and
 * down, or is #SPILL! when a constant or formula is in the way.
 */

/** A range in evaluation: kept as a reference so ISNUMBER, COUNTIF and INDEX can read its cells. */
interface RangeValue {
  sheet: MemorySheet;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

type Value = Scalar | RangeValue | Scalar[][];

interface Context {
  book: MemoryWorkbook;
  sheet: MemorySheet;
}

type Param = "range" | "scalar";
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the functions take Excel's any[][] ranges
type CustomFunction = (...args: any[]) => unknown;

/**
 * The custom functions the evaluator calls, by their Excel names under the running copy's namespace
 * (CSP, or CSPDEV in a development build: functions-namespace.ts), with each parameter's kind.
 */
const CUSTOM_FUNCTIONS: Record<string, { fn: CustomFunction; params: Param[] }> = {
  [functionName("MORILE")]: { fn: morile, params: ["range", "range"] },
  [functionName("MORILE.DETAIL")]: { fn: morileDetail, params: ["range", "range"] },
  [functionName("MORILE.BAND")]: { fn: morileBand, params: ["scalar", "range"] },
  // The live standard tables the wizard can write (issue 25), so the playground's tables update too.
  [functionName("RYTABLE")]: {
    fn: ryTable,
    params: ["range", "range", "scalar", "range", "scalar", "range", "scalar"],
  },
  [functionName("AREATABLE")]: {
    fn: areaTable,
    params: ["range", "range", "scalar", "range", "scalar", "range", "scalar"],
  },
  [functionName("RATETABLE")]: {
    fn: rateTable,
    params: ["range", "range", "scalar", "range", "range", "scalar", "scalar", "range", "scalar"],
  },
  [functionName("FYPIVOT")]: { fn: fyPivot, params: ["range", "scalar", "range", "scalar", "range", "scalar"] },
};

const NAME_ERROR = new ErrorValue("#NAME?");

function isRange(value: Value): value is RangeValue {
  return typeof value === "object" && value !== null && "sheet" in value;
}

function cellAt(range: RangeValue, i: number, j: number): Scalar {
  return fromCell(range.sheet.rows[range.row + i]?.[range.column + j]?.value);
}

function grid(value: Value): Scalar[][] {
  if (isRange(value))
    return Array.from({ length: value.rows }, (_, i) =>
      Array.from({ length: value.columns }, (_, j) => cellAt(value, i, j)),
    );
  return Array.isArray(value) ? value : [[value]];
}

/** A single value: a one-cell range is its cell; a larger range or array in a single-value place is #VALUE!. */
function scalar(value: Value): Scalar {
  const g = isRange(value) || Array.isArray(value) ? grid(value) : [[value]];
  return g.length === 1 && g[0].length === 1 ? g[0][0] : new ErrorValue("#VALUE!");
}

function evaluate(node: FormulaNode | undefined, ctx: Context): Value {
  if (!node) return null;
  switch (node.kind) {
    case "number":
    case "text":
    case "boolean":
      return node.value;
    case "ref": {
      const sheet =
        node.sheet === undefined
          ? ctx.sheet
          : ctx.book.sheets.find((s) => s.name.toLowerCase() === node.sheet!.toLowerCase());
      return sheet
        ? { sheet, row: node.row, column: node.column, rows: node.rows, columns: node.columns }
        : new ErrorValue("#REF!");
    }
    case "unary": {
      const n = toNumber(scalar(evaluate(node.operand, ctx)));
      return n instanceof ErrorValue || node.op === "+" ? n : -n;
    }
    case "binary":
      return binary(node.op, scalar(evaluate(node.left, ctx)), scalar(evaluate(node.right, ctx)));
    case "call":
      return call(node.name, node.args, ctx);
  }
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (a instanceof ErrorValue) return a;
  if (b instanceof ErrorValue) return b;
  if (op === "&") {
    const [x, y] = [toText(a), toText(b)];
    return x instanceof ErrorValue ? x : y instanceof ErrorValue ? y : x + y;
  }
  if (["+", "-", "*", "/"].includes(op)) {
    const [x, y] = [toNumber(a), toNumber(b)];
    if (x instanceof ErrorValue) return x;
    if (y instanceof ErrorValue) return y;
    if (op === "/") return y === 0 ? new ErrorValue("#DIV/0!") : x / y;
    return op === "+" ? x + y : op === "-" ? x - y : x * y;
  }
  const c = compare(a, b);
  return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op] ?? NAME_ERROR;
}

/** OR of single values: the first error is the answer, as in Excel; otherwise TRUE when any is true. */
function or(values: Scalar[]): Value {
  let any = false;
  for (const value of values) {
    const logical = toLogical(value);
    if (logical instanceof ErrorValue) return logical;
    any = any || logical;
  }
  return any;
}

function call(name: string, args: (FormulaNode | undefined)[], ctx: Context): Value {
  const arg = (i: number) => evaluate(args[i], ctx);
  switch (name) {
    case "IF": {
      if (args.length < 2 || args.length > 3) return NAME_ERROR;
      const condition = toLogical(scalar(arg(0)));
      if (condition instanceof ErrorValue) return condition;
      return condition ? arg(1) : args.length === 3 ? arg(2) : false;
    }
    case "IFERROR": {
      if (args.length !== 2) return NAME_ERROR;
      const value = arg(0);
      const single = !(isRange(value) || Array.isArray(value)) || grid(value).flat().length === 1;
      return single && scalar(value) instanceof ErrorValue ? arg(1) : value;
    }
    case "OR":
      return args.length >= 1 ? or(args.map((_, i) => scalar(arg(i)))) : NAME_ERROR;
    case "ISNUMBER":
      return args.length === 1 ? typeof scalar(arg(0)) === "number" : NAME_ERROR;
    case "COUNTIF":
      return args.length === 2 ? countIf(arg(0), scalar(arg(1))) : NAME_ERROR;
    case "INDEX":
      return args.length >= 2 && args.length <= 3
        ? index(arg(0), scalar(arg(1)), args.length === 3 ? scalar(arg(2)) : null)
        : NAME_ERROR;
    case "MATCH":
      return args.length === 3 ? match(scalar(arg(0)), arg(1), scalar(arg(2))) : NAME_ERROR;
    case "HYPERLINK":
      return args.length === 1 || args.length === 2 ? scalar(arg(args.length - 1)) : NAME_ERROR; // shows its friendly name
    default:
      return custom(name, args, ctx);
  }
}

function countIf(range: Value, test: Scalar): Scalar {
  if (!isRange(range)) return range instanceof ErrorValue ? range : new ErrorValue("#VALUE!");
  const matches = criterion(test);
  return grid(range).flat().filter(matches).length;
}

/** INDEX of a range: one index into a single row or column, or row and column; out of range is #REF!. */
function index(range: Value, row: Scalar, column: Scalar): Scalar {
  const g = grid(range);
  const r = toNumber(row);
  const c = column === null ? 0 : toNumber(column);
  if (r instanceof ErrorValue) return r;
  if (c instanceof ErrorValue) return c;
  const single = column === null && (g.length === 1 || g[0].length === 1);
  const [i, j] = single ? (g.length === 1 ? [1, Math.trunc(r)] : [Math.trunc(r), 1]) : [Math.trunc(r), Math.trunc(c)];
  if (i < 1 || j < 1 || i > g.length || j > g[0].length) return new ErrorValue("#REF!");
  return g[i - 1][j - 1];
}

/** MATCH with match type 0 (exact, text case-insensitive); other match types are outside the subset. */
function match(lookup: Scalar, range: Value, type: Scalar): Scalar {
  if (type !== 0) return NAME_ERROR;
  if (lookup instanceof ErrorValue) return lookup;
  const g = grid(range);
  if (g.length > 1 && g[0].length > 1) return new ErrorValue("#N/A");
  const position = g
    .flat()
    .findIndex(
      (cell) =>
        cell !== null &&
        lookup !== null &&
        !(cell instanceof ErrorValue) &&
        typeof cell === typeof lookup &&
        compare(cell, lookup) === 0,
    );
  return position < 0 ? new ErrorValue("#N/A") : position + 1;
}

/** A custom function through the real functions module: ranges as any[][] with blanks as 0, as Excel passes them. */
function custom(name: string, args: (FormulaNode | undefined)[], ctx: Context): Value {
  const entry = CUSTOM_FUNCTIONS[name];
  if (!entry || args.length > entry.params.length) return NAME_ERROR;
  const values = args.map((node, i) => {
    if (!node) return null;
    const v = evaluate(node, ctx);
    const asExcelPasses = (s: Scalar) => (s === null ? 0 : s instanceof ErrorValue ? s.code : s);
    return entry.params[i] === "range" ? grid(v).map((row) => row.map(asExcelPasses)) : asExcelPasses(scalar(v));
  });
  try {
    const result = entry.fn(...values);
    // "" from a function is empty text, shown blank as Excel shows it (a blank cell's null would show 0).
    const cell = (v: unknown): Scalar => (v === "" ? "" : fromCell(v as string | number | boolean));
    return Array.isArray(result) ? (result as unknown[][]).map((row) => row.map(cell)) : cell(result);
  } catch (error) {
    return new ErrorValue(error instanceof ExcelError ? error.code : "#VALUE!");
  }
}

/**
 * Calculates one formula as it stands on a sheet of the workbook, without writing anything: a single
 * value, or rows of values when the result spills.
 *
 * Missing values: a blank cell is "" in text comparisons and `&`, 0 in arithmetic, and a formula whose
 * result is a blank cell shows 0, as in Excel; IF's "" stays "".
 *
 * @param book the workbook the references read
 * @param sheet the sheet the formula is on (its unqualified references)
 * @param formula the formula, such as '=IF($A5="","",B5)'
 * @returns the cell values (an error as its code, such as "#N/A"); outside the subset, "#NAME?"
 * @throws never
 * @example
 * calculateFormula(book, "MoRiLE matrix", '="Total: "&(1+2)'); // => [["Total: 3"]]
 */
export function calculateFormula(
  book: MemoryWorkbook,
  sheet: string,
  formula: string,
): (string | number | boolean)[][] {
  try {
    const value = evaluate(parseFormula(formula), { book, sheet: book.sheet(sheet) });
    return grid(value).map((row) => row.map(toCell));
  } catch {
    return [["#NAME?"]];
  }
}

/** The cells a spilling formula last wrote into, so they can be cleared when its result changes. */
const spills = new WeakMap<MemoryCell, MemoryCell[]>();
/** Every cell written by a spill: such a cell is empty as far as another spill is concerned. */
const spilled = new WeakSet<MemoryCell>();

function clearSpill(anchor: MemoryCell): void {
  for (const cell of spills.get(anchor) ?? []) {
    if (!spilled.has(cell)) continue; // overwritten by the analyst since
    cell.value = "";
    spilled.delete(cell);
  }
  spills.delete(anchor);
}

/** Writes a result into its formula cell and spills the rest, or #SPILL! when a cell in the way holds something. */
function place(
  sheet: MemorySheet,
  row: number,
  column: number,
  anchor: MemoryCell,
  values: (string | number | boolean)[][],
): void {
  clearSpill(anchor);
  const blocked = values.some((line, i) =>
    line.some((_, j) => {
      if (i === 0 && j === 0) return false;
      const cell = sheet.rows[row + i]?.[column + j];
      return cell !== undefined && (cell.formula !== undefined || (cell.value !== "" && !spilled.has(cell)));
    }),
  );
  anchor.value = blocked ? "#SPILL!" : values[0][0];
  if (blocked) return;
  const written: MemoryCell[] = [];
  values.forEach((line, i) =>
    line.forEach((value, j) => {
      if (i === 0 && j === 0) return;
      const cells = (sheet.rows[row + i] ??= []);
      const cell = (cells[column + j] ??= { value: "", numberFormat: "General", style: {} });
      cell.value = value;
      spilled.add(cell);
      written.push(cell);
    }),
  );
  spills.set(anchor, written);
}

/**
 * Recalculates the whole workbook after a change: every formula cell of every sheet, in sheet order and
 * row by row, pass after pass until no result changes (at most 10 passes, enough for the matrix's
 * chains of references across sheets; a circular chain stops there with its last values).
 *
 * Missing values: as `calculateFormula`.
 *
 * @param book the in-memory workbook (pass this function as its `calculate` option)
 * @returns the number of passes made
 * @throws never
 * @example
 * const book = new MemoryWorkbook({ calculate: recalculateWorkbook });
 */
export function recalculateWorkbook(book: MemoryWorkbook): number {
  const formulas: { sheet: MemorySheet; row: number; column: number; cell: MemoryCell; formula: string }[] = [];
  // The user's own sheets hold values as they were seeded, never formulas or spills: skip their many cells.
  for (const sheet of book.sheets.filter((s) => s.createdByToolkit)) {
    sheet.rows.forEach((cells, row) =>
      cells.forEach((cell, column) => {
        if (cell && spilled.has(cell)) {
          cell.value = ""; // spills are written afresh below, so one whose formula is gone leaves nothing behind
          spilled.delete(cell);
        }
        if (cell?.formula !== undefined) formulas.push({ sheet, row, column, cell, formula: cell.formula });
      }),
    );
  }
  const last = new Map<MemoryCell, string>();
  for (let pass = 1; pass <= 10; pass++) {
    let changed = false;
    for (const f of formulas) {
      const values = calculateFormula(book, f.sheet.name, f.formula);
      const key = JSON.stringify(values);
      if (last.get(f.cell) !== key) changed = true;
      last.set(f.cell, key);
      place(f.sheet, f.row, f.column, f.cell, values);
    }
    if (!changed && pass > 1) return pass;
  }
  return 10;
}
