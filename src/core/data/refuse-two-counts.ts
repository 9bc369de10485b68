import type { ColumnRoles, ColumnProfile } from "../detect";
import { headerNamesRole } from "../detect";
import { InputError } from "..";

/**
 * Refuses a guessed count when another column is headed as a count too and holds whole numbers
 * (`number_vehicles,number_casualties` beside one row per casualty): either could be the count, or each
 * row may be one record with both as its attributes, and the three readings give different tables, so
 * none is picked. The analyst's own count column or layout settles it, so this is asked only of a guess.
 *
 * Missing values: blank cells are left out of each column's profile; a column with none filled is no count.
 *
 * @param name the input's name, for the message
 * @param profiles the columns' profiles (from the header and sampled rows)
 * @param roles the roles as read
 * @returns nothing
 * @throws {InputError} naming both columns, with a choice of the count column for each and of one record a row
 * @example
 * refuseTwoCounts("stats19.csv", profiles, { month: 1, count: 10 }); // throws when column 11 is "number_casualties"
 */
export function refuseTwoCounts(name: string, profiles: ColumnProfile[], roles: ColumnRoles): void {
  if (roles.count === undefined) return;
  const used = new Set(Object.values(roles).filter((v): v is number => typeof v === "number"));
  const named = (p: ColumnProfile): boolean =>
    p.filled > 0 && p.numbers === p.filled && p.notCount === "" && headerNamesRole("count", p.header);
  const count = profiles[roles.count];
  const other = profiles.findIndex((p, c) => !used.has(c) && named(p));
  if (!count || !named(count) || other < 0) return;
  const [first, second] = [count.title, profiles[other].title];
  throw new InputError(
    `${name}: columns "${first}" and "${second}" are both headed as counts and hold whole numbers, so either may be the count of each row, or each row may be one record; the readings give different tables, so none is guessed.`,
    [
      { reading: `"${first}" is the count`, option: "countColumn", value: first },
      { reading: `"${second}" is the count`, option: "countColumn", value: second },
      { reading: "each row is one record", option: "layout", value: "record" },
    ],
  );
}
