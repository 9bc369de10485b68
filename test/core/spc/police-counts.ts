import { POLICE_UK_DATA } from "../../shared-data";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { gunzipSync } from "zlib";

/** The shared police.uk extracts (see ../shared/data/README.md). */
export const POLICE_UK = POLICE_UK_DATA;

/** Splits one CSV line, honouring double quotes (a deliberately simple path, independent of the toolkit's reader). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/**
 * Recorded crimes per month of one force's folder: rows of every file counted by their Month column,
 * leaving out "Anti-social behaviour" (not a recorded crime). Months in order.
 */
export function monthlyCrimeCounts(force: string): { months: string[]; counts: number[] } {
  const tally = new Map<string, number>();
  const folder = join(POLICE_UK, force);
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".csv.gz")).sort()) {
    const lines = gunzipSync(readFileSync(join(folder, file))).toString("utf8").split(/\r?\n/);
    const header = csvFields(lines[0]);
    const monthColumn = header.indexOf("Month");
    const typeColumn = header.indexOf("Crime type");
    for (const line of lines.slice(1)) {
      if (line === "") continue;
      const fields = csvFields(line);
      if (fields[typeColumn] === "Anti-social behaviour") continue;
      tally.set(fields[monthColumn], (tally.get(fields[monthColumn]) ?? 0) + 1);
    }
  }
  const months = [...tally.keys()].sort();
  return { months, counts: months.map((month) => tally.get(month) ?? 0) };
}
