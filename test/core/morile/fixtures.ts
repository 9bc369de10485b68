/**
 * A second MoRiLE profile for the tests, written out as the cells a worksheet range would hold, with rules
 * unlike the Illustrative profile's: harm and likelihood take the largest item (max), organisational
 * position the largest, and the final score is the SUM of risk, confidence and organisational position;
 * confidence points are fractions; bands Red from 20, Amber from 10, Green from 3.
 */
export const TEST_COUNTY_RANGE: (string | number)[][] = [
  ["MoRiLE profile", "Test county 2018", "", ""],
  ["Statement", "Made up for the tests", "", ""],
  ["", "", "", ""],
  ["Combining rules", "Rule", "", ""],
  ["Harm", "max", "", ""],
  ["Likelihood", "MAX", "", ""],
  ["Risk", "product", "", ""],
  ["Confidence", "product", "", ""],
  ["Organisational position", "max", "", ""],
  ["Final score", "sum", "", ""],
  ["", "", "", ""],
  ["Band", "Minimum score", "Fill", ""],
  ["Red", 20, "#ff0000", ""],
  ["Amber", 10, "", ""],
  ["Green", 3, "#00B050", ""],
  ["", "", "", ""],
  ["Criterion", "Section", "Level", "Points"],
  ["Physical", "Harm", "Minor", 1],
  ["", "", "Serious", 5],
  ["", "", "Critical", 10],
  ["Financial", "harm", "Minor", 1],
  ["", "", "Serious", 3],
  ["Frequency", "Likelihood", "Unlikely", 1],
  ["", "", "Likely", 2],
  ["", "", "Certain", 3],
  ["Confidence", "Confidence", "Low", 0.5],
  ["", "", "High", 1],
  ["Capacity", "Organisational position", "Good", 1],
  ["", "", "Poor", 4],
];

/** The same range as a custom function receives it: Excel turns every blank cell into 0. */
export const TEST_COUNTY_AS_FUNCTION_SEES_IT = TEST_COUNTY_RANGE.map((row) =>
  row.map((cell) => (cell === "" ? 0 : cell)),
);

/** A copy of the test range with one cell replaced, for the error tests (row and column 0-based). */
export function withCell(row: number, column: number, value: string | number): (string | number)[][] {
  return TEST_COUNTY_RANGE.map((cells, r) => cells.map((cell, c) => (r === row && c === column ? value : cell)));
}
