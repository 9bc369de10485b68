import type { ColumnRoles, ColumnProfile } from "../detect";
import { headerNamesRole } from "../detect";
import { cellText } from "../cells";
import { periodReader } from "../periods";
import { InputError } from "..";

/**
 * Refuses a guessed period column of records when another column holds months too and they place some
 * row in different months (`Month` beside `Outcome Date`, `Epoch` beside `Date reported`): the record
 * may be counted in either month and the two readings give different tables, so neither is picked.
 * Columns of the same months in other forms (`2019-06` beside `01/06/2019`) agree and are no choice;
 * a column of years or financial years beside months is how a file names its year, never a second
 * reading. The analyst's own period column settles it, so this is asked only of a guess.
 *
 * Missing values: a row blank in either column is no evidence either way.
 *
 * @param name the input's name, for the message
 * @param profiles the columns' profiles (from the header and sampled rows)
 * @param roles the roles as read
 * @param body the sampled rows
 * @returns nothing
 * @throws {InputError} naming both columns and a row where they differ, with the period column for each reading
 * @example
 * refuseTwoPeriods("camden.csv", profiles, { month: 9, category: 1 }, rows); // throws when "Epoch" and "Outcome Date" differ
 */
export function refuseTwoPeriods(name: string, profiles: ColumnProfile[], roles: ColumnRoles, body: unknown[][]): void {
  const first = roles.month;
  if (first === undefined || roles.year !== undefined) return;
  const monthsOf = (c: number): ((v: unknown) => number | undefined) | undefined => {
    const p = profiles[c];
    if (!p || p.filled === 0 || (p.numbers > 0 && !headerNamesRole("month", p.header))) return undefined;
    const reading = periodReader(
      body.map((row) => row[c]),
      p.header,
    );
    if (!reading || reading.unit !== "month") return undefined;
    return (v) => {
      try {
        return cellText(v) === "" ? undefined : reading.read(v);
      } catch {
        return undefined;
      }
    };
  };
  const own = monthsOf(first);
  if (!own) return;
  const used = new Set(Object.values(roles).filter((v): v is number => typeof v === "number"));
  for (let c = 0; c < profiles.length; c++) {
    if (used.has(c)) continue;
    const other = monthsOf(c);
    const row = other ? body.findIndex((r) => differ(own(r[first]), other(r[c]))) : -1;
    if (row < 0) continue;
    const [a, b] = [profiles[first].title, profiles[c].title];
    throw new InputError(
      `${name}: columns "${a}" and "${b}" both hold dates, and they put some records in different months ("${cellText(body[row][first])}" and "${cellText(body[row][c])}" in one row), so the records may be counted by either; the readings give different tables, so neither is guessed.`,
      [
        { reading: `count each record in the month of "${a}"`, option: "periodColumn", value: a },
        { reading: `count each record in the month of "${b}"`, option: "periodColumn", value: b },
      ],
    );
  }
}

const differ = (x: number | undefined, y: number | undefined): boolean => x !== undefined && y !== undefined && x !== y;
