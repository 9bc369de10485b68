/** The month names the report prints, January first: "October 2017" and "Oct 2017". */
export const LONG_MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The three-letter month abbreviations: "Oct 2017", "Oct-17". */
export const SHORT_MONTH_NAMES: readonly string[] = LONG_MONTH_NAMES.map((name) => name.slice(0, 3));
