/**
 * Test helper: the real police.uk files of the shared data folder, read by a deliberately naive path
 * (gunzip, split lines on "\n", split fields on ","), different from the toolkit's own scanner, so that
 * expected counts are made independently of the code under test. The shared files hold no quoted
 * field (checked with grep), which is what makes the naive split correct for them.
 */
import { readFileSync, readdirSync } from "fs";
import { gunzipSync } from "zlib";
import { POLICE_UK_DATA } from "./shared-data";

export const DATA = POLICE_UK_DATA;

/** The columns of a police.uk street-level file, by position. */
export const COLUMN = { crimeId: 0, month: 1, lsoaName: 8, crimeType: 9 } as const;

/** The gunzipped files of one force, as `{ name, csv }` inputs. */
export function policeFiles(force: "kent" | "gwent", only?: string): { name: string; csv: Uint8Array }[] {
  return readdirSync(`${DATA}/${force}`)
    .filter((f) => f.endsWith(".csv.gz") && (only ? f.startsWith(only) : true))
    .sort()
    .map((f) => ({
      name: f.replace(/\.gz$/, ""),
      csv: new Uint8Array(gunzipSync(readFileSync(`${DATA}/${force}/${f}`))),
    }));
}

/** The data lines of the files, each split naively on commas. */
export function naiveRows(force: "kent" | "gwent", only?: string): string[][] {
  const rows: string[][] = [];
  for (const file of policeFiles(force, only)) {
    const lines = Buffer.from(file.csv).toString("utf8").split("\n");
    for (const line of lines.slice(1)) if (line.trim() !== "") rows.push(line.replace(/\r$/, "").split(","));
  }
  return rows;
}

/** Counts rows by a key made from the naive fields. */
export function tally(rows: string[][], key: (fields: string[]) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fields of rows) counts.set(key(fields), (counts.get(key(fields)) ?? 0) + 1);
  return counts;
}

/**
 * Recorded crimes per month of one force: rows counted by their Month column, leaving out
 * "Anti-social behaviour" (not a recorded crime). Months in order.
 */
export function monthlyCrimeCounts(force: "kent" | "gwent"): { months: string[]; counts: number[] } {
  const crimes = naiveRows(force).filter((f) => f[COLUMN.crimeType] !== "Anti-social behaviour");
  const byMonth = tally(crimes, (f) => f[COLUMN.month]);
  const months = [...byMonth.keys()].sort();
  return { months, counts: months.map((month) => byMonth.get(month) ?? 0) };
}
