import { LONG_MONTH_NAMES } from "./month-names";

const MONTH_BY_NAME = new Map<string, number>();
LONG_MONTH_NAMES.forEach((name, i) => {
  MONTH_BY_NAME.set(name.toLowerCase(), i + 1);
  MONTH_BY_NAME.set(name.slice(0, 3).toLowerCase(), i + 1);
});
MONTH_BY_NAME.set("sept", 9);

/**
 * The month number (1 to 12) of a month's name as tables write it: "October", "Oct", "oct.", "Sept".
 * Only whole names and their usual abbreviations count, so a word that merely starts like one
 * ("Marmalade", "Decimal") is not a month.
 *
 * Missing values: "" and any other word give undefined.
 *
 * @param name the name, any case, a trailing full stop allowed
 * @returns the month number, or undefined
 * @throws never
 * @example
 * monthOfName("Sept"); // => 9
 */
export function monthOfName(name: string): number | undefined {
  return MONTH_BY_NAME.get(name.trim().toLowerCase().replace(/\.$/, ""));
}
