import { readFileSync } from "fs";
import { basename } from "path";
import { parseMarkdownTable } from "../core/check";
import { concatBytes } from "../core/bytes";
import { detectEncoding } from "../core/bytes";
import { decodeUtf8 } from "../core/bytes";
import { utf8Pieces } from "../core/bytes";
import { InputError } from "../core";
import { readTableFile } from "./read-input";
import { UsageError } from "./usage-error";

/**
 * Reads the table `satk check` checks: CSV (or .csv.gz), .xlsx (the first worksheet), a Markdown
 * pipe table (.md, as `satk table --format md` writes it, with its bold subtotal and total rows), or
 * tab-separated text (.tsv, .txt: a table copied out of Word or a PDF). Text files are read in the
 * encoding their bytes show, as data files are (`detectEncoding`): UTF-8, Windows-1252 (Notepad's
 * "ANSI") or UTF-16 (Excel's "Unicode Text" and Notepad's "Unicode"), so "£" and "Ynys Môn" survive.
 *
 * @param path the file's path
 * @returns the cells, header first, and the rows printed bold (Markdown only)
 * @throws {UsageError} when the file cannot be opened (exit 2)
 * @throws {InputError} when it cannot be read as a table (exit 3), naming the file
 * @example
 * await readCheckInput("table-2-6.md"); // => { matrix: [["", "October 2017", ...], ...], bold: [false, ...] }
 */
export async function readCheckInput(path: string): Promise<{ matrix: unknown[][]; bold: boolean[] }> {
  const name = basename(path);
  if (/\.(md|markdown|tsv|txt)$/i.test(path)) {
    const text = textOf(path);
    if (/\.(tsv|txt)$/i.test(path))
      return {
        matrix: text
          .replace(/\r?\n$/, "")
          .split(/\r?\n/)
          .map((line) => line.split("\t")),
        bold: [],
      };
    try {
      return parseMarkdownTable(text);
    } catch (error) {
      throw new InputError(`${name}: ${(error as Error).message}`);
    }
  }
  return { matrix: await readTableFile(path), bold: [] };
}

/** The file's text in the encoding its bytes show, without a byte order mark. */
function textOf(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `Cannot read ${path}: ${code === "ENOENT" ? "there is no such file" : (error as Error).message}.`,
    );
  }
  return decodeUtf8(concatBytes([...utf8Pieces([bytes], detectEncoding(bytes))])).replace(/^\ufeff/, "");
}
