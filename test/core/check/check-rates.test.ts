import { checkRates } from "../../../src/core/check/check-rates";
import { readCheckTable } from "../../../src/core/check/read-check-table";
import { parsePopulationTable } from "../../../src/core/tables/population-table";

const population = parsePopulationTable([
  ["NAME", "POP11", "POP21"],
  ["Maidstone", "155143", "175800"],
  ["Dover", "111674", "116400"],
  ["Swale", "135835", "151700"],
]);

describe("checking rates against a population table", () => {
  it("finds the count and population columns a rate uses, and the rate printed wrong", () => {
    // By hand, POP21: 9332 / 175800 x 1000 = 53.08 -> 53.1; 6581 / 116400 x 1000 = 56.54 -> 56.5; 10059 / 151700 x 1000 = 66.31 -> 66.3 (printed 67.3).
    const table = readCheckTable([
      ["Area", "Offences", "Rate per 1,000"],
      ["Maidstone", "9332", "53.1"],
      ["Dover", "6581", "56.5"],
      ["Swale", "10059", "67.3"],
      ["Kent", "25972", "58.0"],
    ]);
    const part = checkRates(table, population);
    expect(part.recognised[0]).toBe(
      '"Rate per 1,000" is "Offences" per 1,000 of the population column POP21 (it agrees in 2 of 3 rows).',
    );
    expect(part.findings.map((f) => f.message)).toEqual([
      'Row "Swale", column "Rate per 1,000": printed 67.3; 10059 / 151700 x 1,000 = 66.3.',
    ]);
    expect(part.recognised[1]).toBe('The population table does not name "Kent": their rates are not checked.');
  });

  it("uses the base the header gives: per 100,000", () => {
    // By hand: 41 / 175800 x 100000 = 23.32 -> 23.3.
    const table = readCheckTable([
      ["Area", "Robberies", "Rate per 100,000"],
      ["Maidstone", "41", "23.3"],
    ]);
    expect(checkRates(table, population)).toMatchObject({ findings: [], checked: 1 });
  });

  it("says rates are not checked without a population table", () => {
    const table = readCheckTable([
      ["Area", "Offences", "2017 rate per 1,000 pop."],
      ["Maidstone", "9332", "68"],
    ]);
    expect(checkRates(table, null).recognised).toEqual([
      'Rates ("2017 rate per 1,000 pop."): not checked, as no population table was given.',
    ]);
  });
});

describe("checking rates against the table's own population column (issue 21)", () => {
  it("reads a column headed Population as the rates' base, not a count, and finds a misprinted rate", () => {
    // By hand: 362 / 128369 x 10000 = 28.20 -> 28.2; 222 / 165672 x 10000 = 13.40 -> 13.4 (printed 14.3).
    const table = readCheckTable([
      ["Location", "Visitors 2015/16", "Population", "Visitors per 10,000 population"],
      ["Ashford", "362", "128,369", "28.2"],
      ["Maidstone", "222", "165,672", "14.3"],
      ["Dover", "188", "114,634", "16.4"],
    ]);
    expect(table.columns.map((c) => c.role)).toEqual(["label", "period", "population", "rate"]);
    const part = checkRates(table, null);
    expect(part.recognised[0]).toBe('Rates are checked against the table\'s own population column "Population".');
    expect(part.findings.map((f) => f.message)).toEqual([
      'Row "Maidstone", column "Visitors per 10,000 population": printed 14.3; 222 / 165672 x 10,000 = 13.4.',
    ]);
  });
});
