import type { BuildOptions, DataKind, Layout, RoleName } from "../core/data/ingest-types";
import { DATA_KINDS, ROLE_OPTIONS } from "../core/data/ingest-types";
import { optionFlag } from "./option-flag";
import { UsageError } from "./usage-error";

/** The flags that correct how inputs are read, with the role each column flag gives. */
export const INGEST_FLAGS: Readonly<Record<string, RoleName | "layout" | "kind">> = {
  "--layout": "layout",
  ...Object.fromEntries(Object.entries(ROLE_OPTIONS).map(([role, option]) => [optionFlag(option), role as RoleName])),
  "--kind": "kind",
};

const LAYOUTS: readonly Layout[] = ["record", "long", "wide"];

/**
 * Turns the reading flags typed on the command line into `buildDataset` options: `--layout
 * record|long|wide`, the column flags (`--period-column Date`, by header text), `--kind`, and each
 * `--filter COLUMN=VALUE` (repeatable: rows must match them all).
 *
 * @param flags the reading flags and their values, as typed
 * @param filters the values of each `--filter`
 * @returns the options for `buildDataset`
 * @throws {UsageError} for an unknown layout or kind, or a filter without "="
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
    else columnNames[role] = value;
  }
  if (Object.keys(columnNames).length > 0) options.columnNames = columnNames;
  if (filters.length > 0) {
    options.filters = filters.map((filter) => {
      const at = filter.indexOf("=");
      if (at <= 0) throw new UsageError(`--filter needs COLUMN=VALUE, such as --filter "Crime type=Burglary", not "${filter}".`);
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
