/**
 * A calendar date as three whole numbers, the form the period helpers exchange instead of a `Date`
 * (a `Date` carries a time zone, and a month must never shift because the machine is in another one).
 */
export interface CivilDate {
  /** The four-digit year. */
  year: number;
  /** The month number, 1 (January) to 12 (December). */
  month: number;
  /** The day of the month, 1 to 31. */
  day: number;
}
