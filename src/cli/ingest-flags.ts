import type { BuildOptions, DataKind, Layout, RoleName } from "../core/detect";
import { DATA_KINDS, ROLE_OPTIONS } from "../core/detect";
import { optionFlag } from "./option-flag";
import { UsageError } from "./usage-error";
import { delimiterNamed } from "../core/csv";

/** The flags that correct how inputs are read, with the role each column flag gives. */
export const INGEST_FLAGS: Readonly<Record<string, RoleName | "layout" | "kind" | "delimiter" | "columnsHold">> = {
  "--layout": "layout",
  ...Object.fromEntries(Object.entries(ROLE_OPTIONS).map(([role, option]) => [optionFlag(option), role as RoleName])),
  "--kind": "kind",
  "--delimiter": "delimiter",
  "--columns-hold": "columnsHold",
};

const LAYOUTS: readonly Layout[] = ["record", "long", "wide"];

/**
 * Turns the reading flags typed on the command line into `buildDataset` options: `--layout
 * record|long|wide`, the column flags (`--period-column Date`, by header text), `--kind`, `--delimiter
 * comma|tab|semicolon|pipe` (the byte between fields, when the one found in the file is wrong),
 * `--columns-hold category|area` (what a table's one-column-per-name columns are), and each
 * `--filter COLUMN=VALUE` (repeatable: rows must match them all).
 *
 * @param flags the reading flags and their values, as typed
 * @param filters the values of each `--filter`
 * @returns the options for `buildDataset`
 * @throws {UsageError} for an unknown layout, kind or delimiter, or a filter without "="
 * @example
 * ingestOptions(new Map([["--kind", "searches"]]), ["Type=Person search"]);
 * // => { kind: "searches", filters: [{ column: "Type", value: "Person search" }] }
 */
export function ingestOptions(flags: ReadonlyMap<string, string>, filters: readonly string[]): BuildOptions {
  const options: BuildOptions = {};
  const columnNames: Partial<Record<RoleName, string>> = {};
  for (const [flag, value] of flags) {
    const role = INGEST_FLAGS[flag];
    if (role === "layout") options.layout = oneOf(flag, value, LAYOUTS);
    else if (role === "kind") options.kind = oneOf(flag, value, DATA_KINDS) as DataKind;
    else if (role === "delimiter") options.delimiter = delimiterOf(value);
    else if (role === "columnsHold") options.columnsHold = oneOf(flag, value, ["category", "area"] as const);
    else columnNames[role] = value;
  }
  if (Object.keys(columnNames).length > 0) options.columnNames = columnNames;
  if (filters.length > 0) {
    options.filters = filters.map((filter) => {
      const at = filter.indexOf("=");
      if (at <= 0)
        throw new UsageError(`--filter needs COLUMN=VALUE, such as --filter "Crime type=Burglary", not "${filter}".`);
      return { column: filter.slice(0, at).trim(), value: filter.slice(at + 1).trim() };
    });
  }
  return options;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value.trim().toLowerCase());
  if (!found) throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, not "${value}".`);
  return found;
}

function delimiterOf(value: string): NonNullable<BuildOptions["delimiter"]> {
  const found = delimiterNamed(value);
  if (!found) throw new UsageError(`--delimiter must be one of comma, tab, semicolon, pipe, not "${value}".`);
  return found.name;
}
