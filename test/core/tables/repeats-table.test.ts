import { repeatsTable } from "../../../src/core/tables/repeats-table";
import { keyFindings } from "../../../src/core/findings/key-findings";
import { parseMonth } from "../../../src/core/periods/parse-month";

/**
 * A ground truth typed by hand, periods Nov 2016 - Oct 2017 and Nov 2015 - Oct 2016:
 * latest: v1 twice in A, v2 once in A, v3 three times in B, v5 once in A and once in B, one record without an ID;
 * earlier: v1 once in A, v4 twice in A, v2 once in B.
 */
const RECORDS = [
  ["Victim ID", "Date", "District"],
  ["v1", "05/01/2017", "A"],
  ["v1", "02/03/2017", "A"],
  ["v2", "10/02/2017", "A"],
  ["v3", "01/05/2017", "B"],
  ["v3", "01/06/2017", "B"],
  ["v3", "01/07/2017", "B"],
  ["v5", "01/08/2017", "A"],
  ["v5", "01/09/2017", "B"],
  ["", "01/04/2017", "A"],
  ["v1", "15/01/2016", "A"],
  ["v4", "01/02/2016", "A"],
  ["v4", "01/05/2016", "A"],
  ["v2", "20/11/2015", "B"],
];
const options = { table: RECORDS, rowColumn: "District", endMonth: parseMonth("2017-10") };

function texts(table: ReturnType<typeof repeatsTable>): string[][] {
  return table.rows.map((r) => r.cells.map((c) => String(c.value)));
}

describe("repeatsTable from records with an ID column", () => {
  it("gives per district and period the records, distinct victims, repeat victims and % repeat = repeats / distinct", () => {
    const table = repeatsTable(options);
    expect(table.headerRows[0].map((h) => [h.text, h.span ?? 1])).toEqual([
      ["District", 1],
      ["Nov 2016 - Oct 2017", 4],
      ["Nov 2015 - Oct 2016", 4],
    ]);
    expect(table.headerRows[1].slice(1, 5).map((h) => h.text)).toEqual([
      "Records",
      "Victims",
      "Repeat victims",
      "% repeat",
    ]);
    expect(texts(table)).toEqual([
      // A: 4 records of v1, v2, v5; v1 a repeat: 1 / 3 = 33.3%. Earlier: v1, v4 twice: 1 / 2 = 50%.
      ["A", "4", "3", "1", "33.3", "3", "2", "1", "50"],
      // B: v3 three times, v5 once: 1 / 2 = 50%. Earlier: v2 once: 0 / 1 = 0%.
      ["B", "4", "2", "1", "50", "1", "1", "0", "0"],
      // All: v5 is a repeat once both districts are counted: v1, v3, v5 of 4 = 75%; earlier v4 of v1, v2, v4 = 33.3%.
      ["All", "8", "4", "3", "75", "4", "3", "1", "33.3"],
    ]);
    expect(table.rows.map((r) => r.kind)).toEqual(["data", "data", "total"]);
    expect(table.notes.join(" ")).toMatch(/1 records without an ID are left out/);
  });

  it("finds the ID column by its heading and counts one row of all without a row column", () => {
    expect(texts(repeatsTable({ table: RECORDS, endMonth: parseMonth("2017-10"), years: 1 }))).toEqual([
      ["All", "8", "4", "3", "75"],
    ]);
  });

  it("refuses a date it cannot read, naming the row, and periods the records do not cover", () => {
    const bad = [...RECORDS, ["v9", "13/13/2017", "A"]];
    expect(() => repeatsTable({ ...options, table: bad })).toThrow(/row 15, column "Date"/);
    expect(() => repeatsTable({ ...options, years: 3 })).toThrow(
      /start in Nov 2015, so they do not cover Nov 2014 - Oct 2015/,
    );
  });

  it("refuses a table with two ID columns, naming both and the option that chooses", () => {
    const two = RECORDS.map((r, i) => [...r, i === 0 ? "Offender ID" : "o1"]);
    expect(() => repeatsTable({ table: two })).toThrow(
      /"Victim ID", "Offender ID"; name one with \{option:repeatIdColumn\}/,
    );
    expect(
      texts(repeatsTable({ table: two, repeatIdColumn: "Victim ID", endMonth: parseMonth("2017-10"), years: 1 }))[0],
    ).toEqual(["All", "8", "4", "3", "75"]);
  });

  it("names the district with the highest and lowest % repeat and tests the change exactly", () => {
    const findings = keyFindings([repeatsTable(options)])[0].findings;
    expect(findings[0]).toBe("Repeat victims: the highest share was in B (50%); the lowest in A (33.3%).");
    // scipy.stats.fisher_exact([[1, 1], [0, 1]]) p = 1.0 (B); fisher_exact([[1, 2], [1, 1]]) p = 1.0 (A)
    expect(findings.slice(1)).toEqual([
      "Repeat victims rose in 1 of 2 and fell in 1 of 2.",
      "The largest rise was in B, from 0% to 50% (+50 percentage points; within normal variation at the 5% level, p = 1.000).",
      "The largest fall was in A, from 50% to 33.3% (-16.7 percentage points; within normal variation at the 5% level, p = 1.000).",
    ]);
  });
});

describe("repeatsTable from a partner's counts", () => {
  it("gives seed 3.6's 58 repeat cases of 177 as 33%, the year before n/a (not printed), never 0", () => {
    const table = repeatsTable({
      table: [
        ["MARAC", "Oct 2016 - Sep 2017", "Oct 2015 - Sep 2016"],
        ["Repeat cases", 58, "n/a"],
        ["All cases", 177, 161],
      ],
      decimals: 0,
    });
    // 58 / 177 = 32.77% = 33% to a whole number
    expect(texts(table)).toEqual([["MARAC", "177", "58", "33", "161", "n/a", "n/a"]]);
    expect(table.headerRows[1].slice(1, 4).map((h) => h.text)).toEqual(["All cases", "Repeat cases", "% repeat"]);
  });

  it("refuses repeats above their base and a base that could be either of two rows", () => {
    expect(() =>
      repeatsTable({
        table: [
          ["X", "2017"],
          ["Repeat cases", 200],
          ["All cases", 177],
        ],
      }),
    ).toThrow(/200 "Repeat cases" is more than the 177 "All cases"/);
    const three = [
      ["X", "2017"],
      ["Repeat victims", 5],
      ["Victims", 20],
      ["Incidents", 30],
    ];
    expect(() => repeatsTable({ table: three })).toThrow(
      /2 rows could be it: "Victims", "Incidents". Name it with \{option:ofRow\}/,
    );
    expect(texts(repeatsTable({ table: three, ofRow: "Victims" }))).toEqual([["X", "20", "5", "25"]]);
  });
});
