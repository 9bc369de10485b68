/**
 * The parser of the playground's formula evaluator: a tokenizer and a recursive-descent parser for the
 * small subset of Excel formulas the toolkit writes (references, literals, `&`, comparisons, arithmetic
 * and function calls). Anything else is a `FormulaSyntaxError`, which the evaluator shows as #NAME?.
 */

/** A parsed formula. A reference's rectangle is 0-based; `sheet` is undefined for the formula's own sheet. */
export type FormulaNode =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "ref"; sheet?: string; row: number; column: number; rows: number; columns: number }
  | { kind: "unary"; op: "-" | "+"; operand: FormulaNode }
  | { kind: "binary"; op: string; left: FormulaNode; right: FormulaNode }
  | { kind: "call"; name: string; args: (FormulaNode | undefined)[] };

/** A formula outside the supported subset (or not a formula at all). */
export class FormulaSyntaxError extends Error {}

type Token = { type: "number" | "text" | "ref" | "name" | "op"; text: string };

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!`;
const REF = new RegExp(String.raw`^(${SHEET})?(${CELL}(?::${CELL})?)(?![\w.(!])`);
const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][\w.]*/;
const OPERATORS = ["<>", "<=", ">=", "+", "-", "*", "/", "&", "=", "<", ">", "(", ")", ","];

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let rest = formula;
  while ((rest = rest.replace(/^\s+/, "")).length > 0) {
    const token = nextToken(rest);
    tokens.push(token.token);
    rest = rest.slice(token.length);
  }
  return tokens;
}

function nextToken(rest: string): { token: Token; length: number } {
  if (rest[0] === '"') {
    const match = /^"((?:[^"]|"")*)"/.exec(rest);
    if (!match) throw new FormulaSyntaxError("A text in quotes is not closed.");
    return { token: { type: "text", text: match[1].replace(/""/g, '"') }, length: match[0].length };
  }
  for (const [type, pattern] of [
    ["ref", REF],
    ["number", NUMBER],
    ["name", NAME],
  ] as const) {
    const match = pattern.exec(rest);
    if (match) return { token: { type, text: match[0] }, length: match[0].length };
  }
  const op = OPERATORS.find((o) => rest.startsWith(o));
  if (!op) throw new FormulaSyntaxError(`"${rest[0]}" is not supported in a formula here.`);
  return { token: { type: "op", text: op }, length: op.length };
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function refNode(text: string): FormulaNode {
  const bang = text.lastIndexOf("!");
  const sheetPart = bang < 0 ? undefined : text.slice(0, bang);
  const sheet = sheetPart?.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  const cells = text
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":")
    .map((cell) => {
      const [, letters, digits] = /^([A-Za-z]+)(\d+)$/.exec(cell) ?? [];
      return { row: Number(digits) - 1, column: columnIndex(letters) };
    });
  const [a, b = a] = cells;
  if (a.row < 0 || b.row < 0) throw new FormulaSyntaxError(`"${text}" is not a cell reference.`);
  return {
    kind: "ref",
    sheet,
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    rows: Math.abs(a.row - b.row) + 1,
    columns: Math.abs(a.column - b.column) + 1,
  };
}

/** Excel's precedence, lowest first: comparison, then &, then + and -, then * and /. */
const LEVELS = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"]];

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FormulaNode {
    const node = this.binary(0);
    if (this.at < this.tokens.length) throw new FormulaSyntaxError(`Unexpected "${this.tokens[this.at].text}".`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t?.type === "op" && t.text === text;
  }

  private expect(text: string): void {
    if (!this.isOp(text)) throw new FormulaSyntaxError(`Expected "${text}".`);
    this.at++;
  }

  private binary(level: number): FormulaNode {
    if (level === LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    while (this.peek()?.type === "op" && LEVELS[level].includes(this.peek()!.text)) {
      const op = this.tokens[this.at++].text;
      left = { kind: "binary", op, left, right: this.binary(level + 1) };
    }
    return left;
  }

  private unary(): FormulaNode {
    if (this.isOp("-") || this.isOp("+")) {
      const op = this.tokens[this.at++].text as "-" | "+";
      return { kind: "unary", op, operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): FormulaNode {
    const token = this.tokens[this.at++];
    if (!token) throw new FormulaSyntaxError("The formula ends too soon.");
    if (token.type === "number") return { kind: "number", value: Number(token.text) };
    if (token.type === "text") return { kind: "text", value: token.text };
    if (token.type === "ref") return refNode(token.text);
    if (token.type === "name") return this.name(token.text);
    if (token.text === "(") {
      const inner = this.binary(0);
      this.expect(")");
      return inner;
    }
    throw new FormulaSyntaxError(`Unexpected "${token.text}".`);
  }

  private name(text: string): FormulaNode {
    if (!this.isOp("(")) {
      if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "boolean", value: text.toUpperCase() === "TRUE" };
      throw new FormulaSyntaxError(`"${text}" is not a supported name.`);
    }
    this.at++;
    const args: (FormulaNode | undefined)[] = [];
    if (this.isOp(")")) {
      this.at++;
      return { kind: "call", name: text.toUpperCase(), args };
    }
    for (;;) {
      args.push(this.isOp(",") || this.isOp(")") ? undefined : this.binary(0));
      if (this.isOp(")")) break;
      this.expect(",");
    }
    this.at++;
    return { kind: "call", name: text.toUpperCase(), args };
  }
}

/**
 * Parses a formula of the supported subset.
 *
 * @param formula the formula, with or without its leading "="
 * @returns the syntax tree
 * @throws {FormulaSyntaxError} when the formula uses anything outside the subset
 * @example
 * parseFormula('=IF($A5="","",B5)').kind; // => "call"
 */
export function parseFormula(formula: string): FormulaNode {
  return new Parser(tokenize(formula.replace(/^=/, ""))).parse();
}
