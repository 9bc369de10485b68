import { checkChanges } from "../../../src/core/check/check-changes";
import { readCheckTable } from "../../../src/core/check/read-check-table";

const changes = (matrix: unknown[][]) => checkChanges(readCheckTable(matrix));

describe("checking number and % changes", () => {
  it("tells the newer period from the header, whichever way round the columns are", () => {
    // Seed 4.2's order, oldest first: 2017 - 2016. By hand: 732 - 713 = +19 (printed +18); 19 / 713 = +2.66% -> +2.7%.
    const part = changes([
      ["Code", "2016", "2017", "Change", "% change"],
      ["NOISE", "713", "732", "+18", "+2.7%"],
      ["STRAY", "522", "488", "-34", "-6.5%"],
    ]);
    expect(part.recognised[0]).toBe('"Change" is "2017" - "2016" (it agrees in 1 of 2 rows).');
    expect(part.findings.map((f) => f.message)).toEqual([
      'Row "NOISE", column "Change": printed +18; 732 - 713 = +19.',
    ]);
  });

  it("reads % changes written as fractions, as a workbook stores a cell formatted 0.0%", () => {
    const part = changes([
      ["Area", "2017", "2016", "% change"],
      ["A", 11890, 9245, 0.286],
      ["B", 501, 504, -0.006],
      ["C", 10, 8, 0.2],
    ]);
    expect(part.recognised[0]).toMatch(/written as fractions \(0.286 for 28.6%\) \(it agrees in 2 of 3 rows\)/);
    // By hand: (10 - 8) / 8 = 25%, printed 0.2 (20%): checked to one decimal of a percentage, not 0.2 against 0.25 to one decimal.
    expect(part.findings.map((f) => [f.rowName, f.printed, f.expected])).toEqual([["C", "0.2", "+25.0%"]]);
  });

  it("reports a % change printed where there is none (from 0), and N/A printed where there is one", () => {
    const part = changes([
      ["Area", "2017", "2016", "Number change", "% change"],
      ["A", "5", "0", "+5", "+100.0%"],
      ["B", "69", "60", "N/A", "+15.0%"],
      ["C", "20", "10", "+10", "+100.0%"],
    ]);
    expect(part.findings.map((f) => f.message)).toEqual([
      'Row "B", column "Number change": printed N/A; 69 - 60 = +9.',
      'Row "A", column "% change": printed +100.0%; there is no % change from 0, so it should be N/A.',
    ]);
  });

  it("does not check a change column that matches no two columns in most rows, and says so", () => {
    const part = changes([
      ["Area", "2017", "2016", "Number change"],
      ["A", "5", "3", "+7"],
      ["B", "9", "1", "+1"],
    ]);
    expect(part.recognised).toEqual([
      '"Number change": not checked, as it is not the difference of any two count columns in most rows.',
    ]);
    expect(part.findings).toEqual([]);
  });
});
