import { surveyTable } from "../../../src/core/tables/survey-table";
import { formatCell } from "../../../src/core/house-style/format-cell";
import { cliTexts } from "../../cli/in-cli-words";

const ANSWERS = ["Very worried", "Somewhat worried", "Not very worried", "Not worried at all"];
// Seed 2.4, Allington Ward's respondent numbers: 4, 24, 39, 7 (74 answers).
function respondents(ward: string, counts: number[], weight = 1): unknown[][] {
  return counts.flatMap((n, k) => Array.from({ length: n }, () => [ward, ANSWERS[k], weight]));
}
const answers = [
  ["Ward", "Burglary worry", "Weight"],
  ...respondents("Allington Ward", [4, 24, 39, 7]),
  ["Allington Ward", "N/A", 1],
  ["", "Very worried", 1],
];

describe("surveyTable", () => {
  const table = surveyTable({
    answers,
    groupColumn: "Ward",
    answerColumn: "Burglary worry",
    answerOrder: ANSWERS,
    counts: { label: "Residential Burglary", values: new Map([["Allington Ward", 3]]) },
  });
  const allington = table.rows[0].cells.map(formatCell);

  it("gives each answer's share and n: 4 of 74 = 5.4%, 24 of 74 = 32.4%", () => {
    expect(allington.slice(0, 5)).toEqual(["Allington Ward", "5.4%", "4", "32.4%", "24"]);
  });

  it("combines very and somewhat worried: 28 of 74 = 37.8%, the seed's Allington figure", () => {
    expect(allington[9]).toBe("37.8%");
  });

  it("joins the count per group (3 residential burglaries, as the seed) and leaves the total's blank", () => {
    expect(allington[10]).toBe("3");
    expect(table.rows[1].cells.map(formatCell)[10]).toBe("");
    expect(table.rows[1].kind).toBe("total");
  });

  it("joins ward names as the readers match areas: 'Ward', '&' and full stops aside, the rest N/A", () => {
    const joined = surveyTable({
      answers: [
        ["Ward", "Burglary worry"],
        ["Bearsted & Thurnham Ward", "Not worried"],
        ["St. Michael's", "Not worried"],
        ["Park Wood", "Not worried"],
      ],
      groupColumn: "Ward",
      answerColumn: "Burglary worry",
      counts: {
        label: "Residential Burglary",
        values: new Map([
          ["Bearsted and Thurnham", 7],
          ["St Michaels", 2],
        ]),
      },
    });
    const last = (r: number) => formatCell(joined.rows[r].cells[joined.rows[r].cells.length - 1]);
    expect(joined.rows.slice(0, 3).map((r) => formatCell(r.cells[0]))).toEqual([
      "Bearsted & Thurnham Ward",
      "Park Wood",
      "St. Michael's",
    ]);
    expect([last(0), last(2)]).toEqual(["7", "2"]);
    expect(joined.rows[1].cells[joined.rows[1].cells.length - 1]).toMatchObject({ value: null });
    expect(joined.notes.join(" ")).toMatch(/N\/A \(not 0\): Park Wood\./);
  });

  it("counts N/A answers and blank groups as dropped, with their rows", () => {
    expect(table.dropped?.reasons).toEqual([
      { reason: "answer left out (N/A)", count: 1, firstRows: [76] },
      { reason: "blank group", count: 1, firstRows: [77] },
    ]);
  });

  it("weights the shares and keeps n unweighted", () => {
    // Ward W: one "Very worried" weighing 3, one "Not very worried" weighing 1 -> 3/4 = 75.0%, n 1.
    const weighted = surveyTable({
      answers: [
        ["Ward", "Q", "W"],
        ["W", "Very worried", 3],
        ["W", "Not very worried", "1"],
      ],
      groupColumn: "Ward",
      answerColumn: "Q",
      weightColumn: "W",
      answerOrder: ANSWERS,
    });
    expect(weighted.rows[0].cells.map(formatCell).slice(1, 3)).toEqual(["75.0%", "1"]);
  });

  it("refuses a weight that is not a number, naming the row and value", () => {
    expect(() =>
      surveyTable({
        answers: [
          ["Ward", "Q", "W"],
          ["W", "Very worried", "heavy"],
        ],
        groupColumn: "Ward",
        answerColumn: "Q",
        weightColumn: "W",
      }),
    ).toThrow(/row 2, column "W": "heavy" is not a weight/);
  });

  it("refuses a missing answer column, naming it", () => {
    expect(() => surveyTable({ answers, groupColumn: "Ward", answerColumn: "Q9" })).toThrow(/column headed "Q9"/);
  });
});

describe("surveyTable with the analyst's answers (issue 21)", () => {
  const shuffled = [
    ["Ward", "Q"],
    ["Allington Ward", "Not very worried"],
    ["Allington Ward", "Somewhat worried"],
    ["Allington Ward", "Very worried"],
    ["Barming Ward", "Not worried at all"],
  ];

  it("shows no combined share when no answer order is given, rather than adding the first two met", () => {
    const table = surveyTable({ answers: shuffled, groupColumn: "Ward", answerColumn: "Q" });
    expect(table.headerRows[0].map((h) => h.text)).toEqual([
      "Ward",
      "Not very worried",
      "Somewhat worried",
      "Very worried",
      "Not worried at all",
    ]);
    expect(cliTexts(table.notes)).toContain(
      "The answers are in the order first met and no combined share is shown: give their order (--answer-order) and the answers to combine (--combine).",
    );
  });

  it("adds the answers the analyst names, in the order given", () => {
    const table = surveyTable({
      answers: shuffled,
      groupColumn: "Ward",
      answerColumn: "Q",
      answerOrder: ANSWERS,
      combine: ["somewhat worried", "very worried"],
      combineLabel: "Very or somewhat worried",
    });
    expect(table.headerRows[0].map((h) => h.text)).toEqual(["Ward", ...ANSWERS, "Very or somewhat worried"]);
    expect(formatCell(table.rows[0].cells[9])).toBe("66.7%");
  });

  it("refuses an answer order that leaves out an answer given", () => {
    expect(() =>
      surveyTable({ answers: shuffled, groupColumn: "Ward", answerColumn: "Q", answerOrder: ANSWERS.slice(0, 3) }),
    ).toThrow(/"Not worried at all", which the answer order/);
  });

  it("joins police ward counts to survey wards written with Ward, and shows N/A (not 0) for a group with none", () => {
    const counts = { label: "Burglary", values: new Map([["Allington", 3]]) };
    const table = surveyTable({
      answers: shuffled,
      groupColumn: "Ward",
      answerColumn: "Q",
      answerOrder: ANSWERS,
      counts,
    });
    expect(table.rows.map((r) => formatCell(r.cells[10]))).toEqual(["3", "N/A\u2020", ""]);
    expect(table.notes).toContain("\u2020 No Burglary count of that name in the data, so N/A (not 0): Barming Ward.");
  });
});
