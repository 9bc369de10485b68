import { InputError } from "..";

/**
 * Reads a Markdown pipe table (as `satk table --format md` writes it, or as typed in a note) into a
 * matrix of cell texts, with the rows printed bold ("**All crime**"), which the toolkit uses for
 * subtotals and totals. The delimiter row ("| --- | ---: |") is dropped, escaped characters ("\*",
 * "\|") are unescaped, and bold and italic marks are removed from the cells. Lines before and after
 * the table (a "### title", notes, the source line) are skipped; only the first table is read.
 *
 * Missing values: an empty cell is "".
 *
 * @param text the Markdown text
 * @returns the cells, header row first, and a bold flag per row
 * @throws {InputError} when the text holds no pipe table
 * @example
 * parseMarkdownTable("| | 2016 |\n| --- | ---: |\n| **Total** | **4422** |").matrix; // => [["", "2016"], ["Total", "4422"]]
 */
export function parseMarkdownTable(text: string): { matrix: string[][]; bold: boolean[] } {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line, i) => isRow(line) && isDelimiter(lines[i + 1] ?? ""));
  if (start < 0)
    throw new InputError(
      'There is no Markdown table here: a table needs a header line such as "| Area | 2017 |" and a line "| --- | ---: |" under it.',
    );
  const matrix: string[][] = [];
  const bold: boolean[] = [];
  for (let i = start; i < lines.length && isRow(lines[i]); i++) {
    if (i === start + 1) continue;
    const cells = cellsOf(lines[i]);
    const marked = cells.filter((c) => c !== "");
    bold.push(marked.length > 0 && marked.every((c) => /^\*\*.*\*\*$/.test(c)));
    matrix.push(cells.map(plain));
  }
  return { matrix, bold };
}

function isRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

function isDelimiter(line: string): boolean {
  return isRow(line) && cellsOf(line).every((c) => /^:?-{3,}:?$/.test(c));
}

/** The cells of a row: split at pipes that are not escaped, without the outer pipes. */
function cellsOf(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** A cell without bold or italic marks and with escapes undone. */
function plain(cell: string): string {
  return cell
    .replace(/^\*\*(.*)\*\*$/, "$1")
    .replace(/^_(.*)_$/, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1")
    .trim();
}
