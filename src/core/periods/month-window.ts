/**
 * A run of consecutive months, both ends included, as month indices (see `monthIndex`): a rolling
 * year is `{ first: end - 11, last: end }`, a financial year `{ first: start, last: start + 11 }`.
 */
export interface MonthWindow {
  /** The first month of the period. */
  first: number;
  /** The last month of the period. */
  last: number;
}
