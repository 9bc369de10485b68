const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** "Oct 2017", "October 2017", "Oct-17", "2017", "2016/17", "2016-2017": a month (optional) and a year. */
const DATE =
  /(?:\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s'-]*)?\b((?:19|20)\d{2})(?:\s*[/-]\s*((?:19|20)?\d{2}))?\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s'-]+(\d{2})\b/gi;

/**
 * When the period a column header names ends, as a sort key (year x 12 + month), so that "this year"
 * can be told from "last year" whatever order the columns are in: "RY ending Oct 2017" and "Nov 2016 -
 * Oct 2017" end in October 2017, "2017" in December 2017, "2016/17" (a financial year) in March 2017,
 * "Oct-17" in October 2017. The last date in the header counts, as a range ends with its end.
 *
 * Missing values: a header without a year ("Number change", "April") gives null.
 *
 * @param header the column header as printed
 * @returns year * 12 + month (1-12), or null
 * @throws never
 * @example
 * headerTime("RY ending Oct 2017"); // => 2017 * 12 + 10
 * headerTime("2016/17");            // => 2017 * 12 + 3
 */
export function headerTime(header: string): number | null {
  let time: number | null = null;
  for (const m of header.matchAll(DATE)) {
    if (m[5] !== undefined) {
      time = (2000 + Number(m[5])) * 12 + MONTHS.indexOf(m[4].toLowerCase()) + 1;
      continue;
    }
    const year = Number(m[2]);
    if (m[3] !== undefined && m[1] === undefined) {
      const end = m[3].length === 2 ? Math.floor(year / 100) * 100 + Number(m[3]) : Number(m[3]);
      time = end === year + 1 ? end * 12 + 3 : year * 12 + 12;
    } else time = year * 12 + (m[1] ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 12);
  }
  return time;
}
