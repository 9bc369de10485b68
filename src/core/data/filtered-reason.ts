import type { ReadContext } from "./read-context";

/**
 * The drop reason of rows left out by the analyst's filters (`--filter COLUMN=VALUE`), naming them, so
 * the rows-not-used line says why: "not Type=Person search (filter)".
 *
 * Missing values: no filters give "not  (filter)"; readers ask only when a filter dropped a row.
 *
 * @param context the read's filters
 * @returns the reason
 * @throws never
 * @example
 * filteredReason({ filters: [{ label: "Where=dover" }] }); // => "not Where=dover (filter)"
 */
export function filteredReason(context: {
  filters?: readonly Pick<NonNullable<ReadContext["filters"]>[number], "label">[];
}): string {
  return `not ${(context.filters ?? []).map((f) => f.label).join(" and ")} (filter)`;
}
