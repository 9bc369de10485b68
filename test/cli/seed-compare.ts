/**
 * Compares a table the CLI made with the same table as the seed prints it, cell by cell: rows matched by
 * their label and columns by what their header means (a named period by its months, others by the header
 * the test maps them to), values compared as printed numbers (signs, "%", thousands commas and spaces
 * aside) or as text. Every seed cell must be found in the made table; the differences are returned, for the
 * test to name each as a misprint of the seed with the right arithmetic.
 */
import { namedPeriod } from "../../src/core/periods/named-period";

export interface SeedDifference {
  row: string;
  column: string;
  /** The seed's cell as printed. */
  seed: string;
  /** The made table's cell ("missing" when the row or column is not in it). */
  made: string;
}

export interface SeedComparison {
  /** Seed header -> made header, for the headers that are not named periods. */
  columns: Record<string, string>;
  /** Seed row label -> made row label, where they differ. */
  rows?: Record<string, string>;
}

/** The seed table as it is printed: tab-separated lines, the first the header (first cell the corner). */
export function seedRows(text: string): string[][] {
  return text
    .replace(/^\n+|\n+$/g, "")
    .split("\n")
    .map((line) => line.split("\t").map((cell) => cell.trim()));
}

export function compareWithSeed(made: string[][], seed: string[][], how: SeedComparison): SeedDifference[] {
  const [madeHeader, ...madeBody] = made;
  const [seedHeader, ...seedBody] = seed;
  const columnOf = (header: string): number => {
    const period = namedPeriod(header);
    if (period) return madeHeader.findIndex((h) => namedPeriod(h)?.first === period.first);
    return madeHeader.indexOf(how.columns[header] ?? header);
  };
  const differences: SeedDifference[] = [];
  for (const seedRow of seedBody) {
    const label = how.rows?.[seedRow[0]] ?? seedRow[0];
    const madeRow = madeBody.find((r) => key(r[0]) === key(label));
    for (let c = 1; c < seedHeader.length; c++) {
      const column = columnOf(seedHeader[c]);
      const printed = seedRow[c] ?? "";
      const cell = madeRow && column >= 0 ? (madeRow[column] ?? "") : "missing";
      if (cell === "missing" || !same(printed, cell))
        differences.push({ row: seedRow[0], column: seedHeader[c], seed: printed, made: cell });
    }
  }
  return differences;
}

/** A row label matched whatever its case and "&", and whatever marks it a sub-category: the seed prints
 * "- Robbery", the CSV writes "Robbery" with its group in a Group column (and once wrote "'- Robbery"). */
function key(label: string): string {
  return label
    .replace(/^'(?=[-+=@])/, "")
    .replace(/^- /, "")
    .toLowerCase()
    .replace(/&amp;|&/g, " and ")
    .replace(/\s+/g, " ")
    .trim();
}

function same(printed: string, made: string): boolean {
  const a = number(printed);
  const b = number(made);
  if (a !== null && b !== null) return a === b;
  return printed.trim() === made.trim();
}

/** A printed number: "+ 2645", "-29.7", "+28.6%", "4,146"; null for text. */
function number(text: string): number | null {
  const plain = text.replace(/[\s,%+]/g, "");
  return plain !== "" && Number.isFinite(Number(plain)) ? Number(plain) : null;
}
