import { POLICE_UK_DATA } from "../../shared-data";
/** Test helper: the real police.uk files of ../shared/data, and a naive independent counter over them. */
import { readFileSync, readdirSync } from "fs";
import { gunzipSync } from "zlib";

export const DATA = POLICE_UK_DATA;

/** The gunzipped files of one force, as `{ name, csv }` inputs. */
export function policeFiles(force: "kent" | "gwent", only?: string): { name: string; csv: Uint8Array }[] {
  return readdirSync(`${DATA}/${force}`)
    .filter((f) => (only ? f.startsWith(only) : true))
    .sort()
    .map((f) => ({ name: f.replace(/\.gz$/, ""), csv: new Uint8Array(gunzipSync(readFileSync(`${DATA}/${force}/${f}`))) }));
}

/**
 * The data lines of the files split naively on commas (these files hold no quoted field: checked with
 * grep), a different code path from the toolkit's scanner.
 */
export function naiveRows(force: "kent" | "gwent", only?: string): string[][] {
  const rows: string[][] = [];
  for (const file of policeFiles(force, only)) {
    const lines = Buffer.from(file.csv).toString("utf8").split("\n");
    for (const line of lines.slice(1)) if (line !== "") rows.push(line.split(","));
  }
  return rows;
}

/** Counts rows by a key made from the naive fields. */
export function tally(rows: string[][], key: (fields: string[]) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fields of rows) counts.set(key(fields), (counts.get(key(fields)) ?? 0) + 1);
  return counts;
}
