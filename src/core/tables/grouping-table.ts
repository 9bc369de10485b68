import { POLICE_UK_GROUPING_TABLE } from "./default-grouping";

/** A grouping table with its header and no rows: every category on its own line, no groups. */
const NO_GROUPING: readonly (readonly string[])[] = [["Crime type", "Group"]];

/**
 * The grouping table a named grouping stands for, as the recipes' `grouping` option takes it: "none"
 * is a table with a header and no rows (category by category), "police-uk" the police.uk grouping of
 * seed table 2.6 (`POLICE_UK_GROUPING_TABLE`). Any other name is not one of these (null): the wizard's
 * "default" (the recipes then group crimes only) or, for `satk --grouping`, the name of a file to read.
 * One mapping for the wizard's Grouping choice and `satk --grouping`, so the two mean the same.
 *
 * Missing values: a blank name is no named grouping (null).
 *
 * @param name the grouping's name as chosen or typed (case and surrounding spaces ignored)
 * @returns the grouping table, or null when the name is neither "none" nor "police-uk"
 * @throws never
 * @example
 * groupingTable("none"); // => [["Crime type", "Group"]]
 * groupingTable("Police-UK"); // => POLICE_UK_GROUPING_TABLE
 * groupingTable("my-groups.csv"); // => null
 */
export function groupingTable(name: string): readonly (readonly string[])[] | null {
  const word = name.trim().toLowerCase();
  if (word === "none") return NO_GROUPING;
  if (word === "police-uk") return POLICE_UK_GROUPING_TABLE;
  return null;
}
