import { checkTable } from "../../../src/core/check/check-table";
import { seedTable } from "./seed-fixtures";
import { cliTexts } from "../../cli/in-cli-words";

const messages = (id: Parameters<typeof seedTable>[0]) => checkTable(seedTable(id)).findings.map((f) => f.message);

describe("checking the seed's tables as printed", () => {
  it("finds table 2.6's number change for violence against the person, and the % change printed from it", () => {
    // By hand: 4833 - 3390 = 1443 (printed + 725); 1443 / 3390 = 42.57% -> 42.6% (printed +21.4%, which is 725 / 3390).
    // Every other row agrees: e.g. 11890 - 9245 = 2645, 2645 / 9245 = 28.61% -> 28.6%; 342 - 345 = -3, -0.87% -> -0.9%;
    // Violent Crime 5378 = 4833 + 446 + 99; Theft and Handling 2633 = 1077 + 111 + 1445 (the third year, second page only);
    // Crimes against society 1704 = 342 + 85 + 923 + 354; All crime 13594 = 11890 + 1704.
    expect(messages("2-6")).toEqual([
      'Row "Violence Against The Person", column "Number change": printed + 725; 4833 - 3390 = +1443.',
      'Row "Violence Against The Person", column "% change": printed +21.4%; (4833 - 3390) / 3390 = +42.6%.',
    ]);
  });

  it("says how it read table 2.6 across its page break, and which columns the changes compare", () => {
    const report = checkTable(seedTable("2-6"));
    expect(report.recognised).toContain(
      'Rows 14-25 have 7 cells where the header has 6: read with a column without a header before "Number change".',
    );
    expect(report.recognised).toContain(
      '"Number change" is "RY ending Oct 2017" - "RY ending Oct 2016" (it agrees in 19 of 20 rows).',
    );
    expect(report.recognised.join("\n")).toMatch(
      /subtotals "Victim based crime", "Crimes against society", each adding up the rows below it; total "All crime"/,
    );
  });

  it("finds table 2.5's two districts ranked the wrong way round, and its KCC total", () => {
    // By hand, 2017 rates from lowest: 48 TW (1), 53 Sevenoaks (2), 55 Tonbridge & Malling (3), 65, 66, 68, 70, 71, 77,
    // 84 Medway (10), 91 (11), 98 (12): Sevenoaks is printed 3 and Tonbridge & Malling 2.
    // KCC Total: 5140 + 5894 + 5961 + 6551 + 6581 + 9332 + 9557 + 6671 + 10059 + 15650 + 11980 = 93376, printed 89643
    // (Kent's 109928 is the printed 89643 + Medway's 20285, so it agrees).
    expect(messages("2-5")).toEqual([
      'Row "Sevenoaks", column "County Ranking": printed 3; 53 is the 2nd lowest "2017 rate per 1,000 pop." of the 12 ranked rows, so 2.',
      'Row "Tonbridge & Malling", column "County Ranking": printed 2; 55 is the 3rd lowest "2017 rate per 1,000 pop." of the 12 ranked rows, so 3.',
      'Row "KCC Total", column "Number of offences": printed 89643; the 11 rows it adds up ("Tunbridge Wells" to "Thanet") come to 93376.',
    ]);
  });

  it("says which way table 2.5 ranks, and that its printed ranks fit the 2016 rates", () => {
    const recognised = checkTable(seedTable("2-5")).recognised;
    expect(recognised).toContain(
      '"County Ranking" ranks "2017 rate per 1,000 pop." from the lowest (1 = lowest; it agrees in 10 of 12 rows; ties share a rank; subtotals and totals are not ranked).',
    );
    // By hand, 2016 rates: 44, 48 T&M, 50 Sevenoaks, 53, 58 and 58 (tied 5th), 61 and 61 (tied 7th), 71, 74, 75, 87.
    expect(recognised.join("\n")).toMatch(
      /agrees in 12 of 12 rows with a ranking of "2016 rate per 1,000 pop." from the lowest/,
    );
    expect(recognised).toContain(
      'Rates ("2017 rate per 1,000 pop.", "2016 rate per 1,000 pop.", "2015 rate per 1,000 pop."): not checked, as no population table was given.',
    );
  });

  it("finds table 3.1's two % changes and the force total one crime out", () => {
    // By hand: Medway 3619 / 8252 = 43.856% -> 43.9 (printed 43.8); Canterbury 1696 / 3874 = 43.779% -> 43.8 (printed 43.7);
    // Force, RY ending October 2016: North 18025 + West 9524 + East 17273 = 44822 (printed 44823). The divisions add up
    // from their districts (North 2956 + 3116 + 8252 + 3701 = 18025), and Force's own change 65058 - 44823 = 20235 agrees.
    expect(messages("3-1")).toEqual([
      'Row "Medway", column "% change": printed +43.8%; (11871 - 8252) / 8252 = +43.9%.',
      'Row "Canterbury", column "% change": printed +43.7%; (5570 - 3874) / 3874 = +43.8%.',
      'Row "Force", column "RY ending October 2016": printed 44823; 18025 + 9524 + 17273 = 44822.',
    ]);
  });

  it("finds table 4.1's two % differences and its county total two cases out", () => {
    // By hand: Sevenoaks -321 / 2012 = -15.954% -> -16.0 (printed -15.9); Gravesham -424 / 3274 = -12.951% -> -13.0
    // (printed -12.9); Nov 2014 - Oct 2015: 2890 + 2200 + 2620 + 1970 + 5337 + 3337 + 3588 + 3701 + 2469 + 4231 + 3991
    // + 8983 + 1582 = 46899 (printed 46897). The ranks follow the % difference from the largest fall, and agree.
    expect(messages("4-1")).toEqual([
      'Row "Sevenoaks", column "% difference": printed -15.9%; (1691 - 2012) / 2012 = -16.0%.',
      'Row "Gravesham", column "% difference": printed -12.9%; (2850 - 3274) / 3274 = -13.0%.',
      'Row "Kent district", column "Nov 2014 – Oct 2015": printed 46897; the 13 rows it adds up ("Shepway" to "Ashford") come to 46899.',
    ]);
    expect(checkTable(seedTable("4-1")).recognised).toContain(
      '"County ranking" ranks "% difference" from the lowest (1 = the largest fall; it agrees in 13 of 13 rows; ties share a rank; subtotals and totals are not ranked).',
    );
  });

  it("finds that table 4.2's unlabelled total row is not the sum of the case types above it", () => {
    // By hand: 2016 0 + 11 + 73 + 33 + 350 + 78 + 0 + 103 + 713 + 314 + 202 + 7 + 522 = 2406 (printed 4422);
    // 2017 40 + 7 + 45 + 47 + 191 + 47 + 3 + 80 + 732 + 361 + 194 + 9 + 488 = 2244 (printed 4261). The text's "decrease
    // of 4.5% (allowing for the removal of ASB cases)" is (4261 - 40) / 4422: the printed total counts cases not listed.
    expect(messages("4-2")).toEqual([
      'Row 15 (no label), column "2016": printed 4422; the 13 rows it adds up ("ASB All Anti-social behaviour complaints" to "STRAY Straying and lost dogs enquiries") come to 2406.',
      'Row 15 (no label), column "2017": printed 4261; the 13 rows it adds up ("ASB All Anti-social behaviour complaints" to "STRAY Straying and lost dogs enquiries") come to 2244.',
    ]);
  });

  it("finds nothing wrong in table 5.6, whose yearly totals all add up (the part year 2017/18 too)", () => {
    // By hand: 2007/08 599 + 507 + 290 + 220 + 143 + 550 + 260 + 233 + 63 + 778 + 957 + 239 = 4839;
    // 2017/18 121 + 138 + 227 + 95 + 424 + 181 + 125 = 1311.
    const report = checkTable(seedTable("5-6"));
    expect(report.findings).toEqual([]);
    expect(report.checkedCells).toBe(11);
  });

  it("gives each finding's cell in the matrix as given, for links to it", () => {
    const [change] = checkTable(seedTable("2-6")).findings;
    expect([change.row, change.column, change.printed, change.expected]).toEqual([4, 4, "+ 725", "+1443"]);
    const [, , kcc] = checkTable(seedTable("2-5")).findings;
    expect([kcc.row, kcc.column]).toEqual([12, 1]);
  });
});

describe("checking a table typed by hand", () => {
  it("reads numbers as people type them: separators, signs, footnotes, N/A and brackets", () => {
    const report = checkTable([
      ["Area", "2017", "2016", "Change", "% change"],
      ["North", "13,594", "10 271", "+3,323", "+32.4 %"],
      ["South", "125¹", "130", "(5)", "\u22123.8%"],
      ["East", "N/A*", "40", "N/A", "N/A"],
      ["Total", "13,719", "10,441", "+ 3,278", "+31.4%"],
    ]);
    expect(report.findings).toEqual([]);
    // Changes of North, South and Total (East has no 2017 figure): 6 cells; the total's 2016 (10271 + 130 + 40 = 10441): 1.
    expect(report.checkedCells).toBe(7);
  });

  it("accepts a printed value that equals the recomputed one at the printed precision, and no other", () => {
    const report = checkTable([
      ["", "New", "Old", "% change"],
      ["A", "11890", "9245", "+29%"],
      ["B", "501", "504", "-0.60%"],
      ["C", "200", "100", "+100.1%"],
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      'Row "C", column "% change": printed +100.1%; (200 - 100) / 100 = +100.0%.',
    ]);
  });

  it("recomputes shares from their whole, the total row, and finds the one printed wrong", () => {
    // By hand: 5378 / 13594 = 39.56% -> 39.6; 2868 / 13594 = 21.10%; 1732 / 13594 = 12.74% -> 12.7 (printed 12.8);
    // 3616 / 13594 = 26.60%; the total 100.0%.
    const report = checkTable([
      ["Crime type", "RY ending Oct 2017", "% of all crime"],
      ["Violent crime", "5378", "39.6%"],
      ["Theft", "2868", "21.1%"],
      ["Criminal damage", "1732", "12.8%"],
      ["Other", "3616", "26.6%"],
      ["All crime", "13594", "100.0%"],
    ]);
    expect(report.recognised).toContain(
      '"% of all crime" is "RY ending Oct 2017" as a share of the total row "All crime" (it agrees in 4 of 5 rows).',
    );
    expect(report.findings.map((f) => f.message)).toEqual([
      'Row "Criminal damage", column "% of all crime": printed 12.8%; 1732 / 13594 = 12.7%.',
    ]);
  });

  it("reads subtotals whose labels do not say so from their sums, and checks the total against them", () => {
    // By hand: 10 + 20 = 30 and 5 + 6 = 11 (North); 7 + 8 = 15 and 1 + 2 = 3 (South); Force 30 + 15 = 45, 11 + 3 = 14, printed 46.
    const report = checkTable([
      ["Area", "2017", "2016"],
      ["A", "10", "5"],
      ["B", "20", "6"],
      ["Gwent North", "30", "11"],
      ["C", "7", "1"],
      ["D", "8", "2"],
      ["Gwent South", "15", "3"],
      ["Force", "46", "14"],
    ]);
    expect(report.recognised).toContain('"Gwent North", "Gwent South" add up the rows above them: read as subtotals.');
    expect(report.findings.map((f) => f.message)).toEqual(['Row "Force", column "2017": printed 46; 30 + 15 = 45.']);
  });

  it("takes the analyst's correction of a column it did not recognise, and says so", () => {
    const table = [
      ["Area", "2017", "2016", "Movement"],
      ["North", "50", "41", "+9"],
      ["South", "20", "25", "-4"],
      ["East", "7", "7", "0"],
    ];
    expect(checkTable(table).checkedCells).toBe(0);
    const report = checkTable(table, { roles: [{ column: "movement", role: "numberChange" }] });
    expect(report.recognised).toContain('As asked, "movement" is read as number change.');
    // By hand: 20 - 25 = -5, printed -4.
    expect(report.findings.map((f) => f.message)).toEqual([
      'Row "South", column "Movement": printed -4; 20 - 25 = -5.',
    ]);
    expect(() => checkTable(table, { roles: [{ column: "Change", role: "numberChange" }] })).toThrow(
      'There is no column headed "Change"; the headers are "Area", "2017", "2016", "Movement".',
    );
  });

  it("does not check a total column that is not the sum of the row's counts in most rows", () => {
    const report = checkTable([
      ["Area", "Burglary", "Robbery", "Total crime"],
      ["North", "50", "4", "900"],
      ["South", "20", "2", "700"],
    ]);
    expect(report.findings).toEqual([]);
    expect(cliTexts(report.recognised)).toContain(
      '"Total crime": not checked, as it is not the sum of the row\'s counts in most rows (give --role to say what it is).',
    );
  });

  it("refuses a table with no row of figures, saying what to give", () => {
    expect(() =>
      checkTable(
        [
          ["Area", "Notes"],
          ["North", "rising"],
        ],
        { name: "notes.csv" },
      ),
    ).toThrow(/notes.csv has no row of figures/);
  });
});
