import type { Dataset } from "../core/data";
import { KIND_WORDS, type InputReading, type RoleName } from "../core/detect";
import { cliText } from "./option-flag";

const LAYOUT_WORDS = {
  record: "one row per record (rows are counted)",
  long: "one row per period with a count",
  wide: "one column per period",
};
const ROLE_WORDS: [RoleName, string][] = [
  ["month", "period"],
  ["year", "year"],
  ["category", "category"],
  ["area", "area"],
  ["count", "count"],
  ["id", "id"],
];

/**
 * What `satk` understood of its inputs, for standard error on every run (standard output stays the
 * clean table): per input, the layout, the column behind each role, the kind of data and the periods,
 * then every reason, then the flags that correct it. Inputs read the same way (thirty monthly files)
 * are described once, with the count of the others.
 *
 * @param dataset the Dataset built from the inputs
 * @returns the lines, each starting "satk: ", ending in a newline ("" when the Dataset has no readings)
 * @throws never
 * @example
 * describeReadings(dataset); // "satk: read 2024-11-gwent-outcomes.csv: one row per record ... kind: outcomes ..."
 */
export function describeReadings(dataset: Pick<Dataset, "readings" | "kind" | "length" | "dropped">): string {
  const groups = new Map<string, InputReading[]>();
  for (const reading of dataset.readings ?? []) {
    const key = JSON.stringify([
      reading.layout,
      reading.columns,
      reading.kind,
      reading.periods,
      reading.reasons.slice(1),
    ]);
    groups.set(key, [...(groups.get(key) ?? []), reading]);
  }
  const lines: string[] = [];
  for (const readings of groups.values()) {
    const r = readings[0];
    const more =
      readings.length > 1
        ? ` (and ${readings.length - 1} more file${readings.length > 2 ? "s" : ""} read the same way)`
        : "";
    const columns = ROLE_WORDS.filter(([role]) => r.columns[role] !== undefined).map(
      ([role, word]) => `${word} "${r.columns[role]}"`,
    );
    lines.push(
      `read ${r.name}${more}: ${LAYOUT_WORDS[r.layout]}; kind: ${KIND_WORDS[r.kind]}; periods: ${r.periods}${columns.length > 0 ? `; columns: ${columns.join(", ")}` : ""}.`,
    );
    for (const reason of r.reasons) lines.push(`  why: ${cliText(reason)}`);
  }
  if (lines.length === 0) return "";
  const kind = dataset.kind ? KIND_WORDS[dataset.kind] : "crimes";
  lines.push(
    `${dataset.length} records of ${kind}${dataset.dropped.total > 0 ? `; ${dataset.dropped.total} rows not used` : ""}.`,
  );
  lines.push(
    "  to correct: --layout record|long|wide, --period-column, --category-column, --area-column, --count-column, --id-column, --kind, --delimiter comma|tab|semicolon|pipe, --columns-hold category|area, --grouping none|police-uk|FILE, --filter COLUMN=VALUE",
  );
  return lines.map((line) => `satk: ${line}\n`).join("");
}
