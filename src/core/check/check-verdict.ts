import type { CheckReport } from "./check-types";

/**
 * The one-sentence verdict of a table check, worded the same in `satk check` and the task pane's
 * "Check a table": how many derived cells disagree of those checked, or that every one agrees, with
 * no cell checked and one cell checked said as such (never "All 0 derived cells agree"). It has no
 * full stop, so the command line can end it with ":" before its list and the task pane with ".".
 *
 * Missing values: a report with no derived cell checked gives "No derived cell could be checked".
 *
 * @param report the report of `checkTable`
 * @returns the verdict, a sentence without its closing punctuation
 * @throws never
 * @example
 * checkVerdict({ recognised: [], findings: [], checkedCells: 11 }); // => "All 11 derived cells agree"
 * checkVerdict(report); // => "2 of 59 derived cells disagree"
 */
export function checkVerdict(report: CheckReport): string {
  const wrong = report.findings.length;
  if (wrong > 0) return `${wrong} of ${report.checkedCells} derived cells ${wrong === 1 ? "disagrees" : "disagree"}`;
  if (report.checkedCells === 0) return "No derived cell could be checked";
  return report.checkedCells === 1
    ? "The one derived cell checked agrees"
    : `All ${report.checkedCells} derived cells agree`;
}
