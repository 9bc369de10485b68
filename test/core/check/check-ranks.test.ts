import { checkRanks } from "../../../src/core/check/check-ranks";
import { readCheckTable } from "../../../src/core/check/read-check-table";
import { rowStructure } from "../../../src/core/check/row-structure";

const ranks = (matrix: string[][]) => {
  const table = readCheckTable(matrix);
  return checkRanks(table, rowStructure(table));
};

describe("checking ranks", () => {
  it("infers a ranking from the highest and says so", () => {
    const part = ranks([
      ["Area", "Rate per 1,000", "Rank"],
      ["A", "90", "1"],
      ["B", "80", "2"],
      ["C", "60", "3"],
      ["D", "70", "4"],
      ["E", "50", "5"],
    ]);
    expect(part.recognised[0]).toBe(
      '"Rank" ranks "Rate per 1,000" from the highest (1 = highest; it agrees in 3 of 5 rows; ties share a rank; subtotals and totals are not ranked).',
    );
    // By hand: 90 1st, 80 2nd, 70 3rd (D printed 4), 60 4th (C printed 3), 50 5th.
    expect(part.findings.map((f) => `${f.rowName} ${f.printed}->${f.expected}`)).toEqual(["C 3->4", "D 4->3"]);
  });

  it("accepts any printed order among values tied at the printed precision, and shares the rank when it recomputes one", () => {
    // -13.0 and -13.0 tie (the seed's Thanet -13.00% and a -12.95%): printed 1 and 2 either way round are accepted.
    expect(
      ranks([
        ["Area", "% change", "Rank"],
        ["A", "-13.0%", "2"],
        ["B", "-13.0%", "1"],
        ["C", "-5.0%", "3"],
      ]).findings,
    ).toEqual([]);
    const wrong = ranks([
      ["Area", "% change", "Rank"],
      ["A", "-13.0%", "1"],
      ["B", "-13.0%", "1"],
      ["C", "-5.0%", "2"],
      ["D", "-4.0%", "4"],
    ]);
    expect(wrong.findings.map((f) => f.message)).toEqual([
      'Row "C", column "Rank": printed 2; -5.0% is the 3rd lowest "% change" of the 4 ranked rows, so 3.',
    ]);
  });

  it('reads shared ranks printed "2="', () => {
    expect(
      ranks([
        ["Area", "Rate per 1,000", "Rank"],
        ["A", "50", "1"],
        ["B", "60", "2="],
        ["C", "60", "=2"],
        ["D", "70", "4"],
      ]),
    ).toMatchObject({ findings: [], checked: 4 });
  });

  it("leaves unranked rows and totals out, and does not check ranks that rank nothing", () => {
    expect(
      ranks([
        ["Area", "2017", "Rank"],
        ["A", "5", "1"],
        ["Unknown area", "50", ""],
        ["B", "9", "2"],
        ["Force", "64", ""],
      ]).findings,
    ).toEqual([]);
    expect(
      ranks([
        ["Area", "2017", "Rank"],
        ["A", "5", "3"],
        ["B", "9", "1"],
        ["C", "7", "4"],
        ["D", "1", "2"],
      ]).recognised[0],
    ).toMatch(/"Rank": not checked, as it does not rank any column/);
  });
});
