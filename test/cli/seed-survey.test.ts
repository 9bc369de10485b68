/**
 * Evidence for issue 21, seed 2.4: the survey tables made with the CLI from respondent rows and police ward
 * counts, compared cell by cell with the seed. The respondents (test/fixtures/seed-partner/survey-2-4.csv)
 * carry weights typed so that each ward's weighted shares are the seed's printed shares; as those are rounded
 * to 0.1, a share or combined share made from them may differ from the print by 0.1 and no more. Numbers of
 * respondents and crimes are compared exactly. The grand total's shares depend on the survey's own weights,
 * which the seed does not print, so only its numbers of respondents are compared.
 */
import { join } from "path";
import { runSatk } from "./run-satk";
import { seedRows } from "./seed-compare";
import * as PRINTED from "./seed-printed";

const FIXTURES = join(__dirname, "..", "fixtures", "seed-partner");
const ORDER = "Very worried,Somewhat worried,Not very worried,Not worried at all";

async function survey(answer: string, weight: string, category: string, label: string) {
  const run = await runSatk(
    "table",
    "survey",
    "--answers",
    join(FIXTURES, "survey-2-4.csv"),
    "--group-column",
    "Ward",
    "--answer-column",
    answer,
    "--weight-column",
    weight,
    "--answer-order",
    ORDER,
    "--combine",
    "Very worried,Somewhat worried",
    "--combine-label",
    label,
    "--input",
    join(FIXTURES, "ward-crimes-2-4.csv"),
    "--category",
    category,
  );
  expect(run.err).not.toMatch(/internal error/);
  expect(run.code).toBe(0);
  return run;
}

/** The cells that differ: shares by more than 0.1, counts at all; seed blanks of 0 respondents read as 0. */
function differences(made: string[][], printed: string) {
  const seed = seedRows(printed).slice(2);
  const out: { row: string; column: number; seed: string; made: string }[] = [];
  for (const row of seed) {
    const name = row[0].startsWith("Boughton Monchelsea") ? "Boughton Monchelsea and Chart Sutton Ward" : row[0];
    const mine = made.find((r) => r[0] === name);
    if (!mine) {
      out.push({ row: row[0], column: 0, seed: row[0], made: "missing" });
      continue;
    }
    const total = name === "Grand Total";
    for (let c = 1; c <= 10; c++) {
      const share = c % 2 === 1 && c < 9 ? true : c === 9;
      if (total && share) continue;
      const s = row[c] === "" && c <= 8 ? "0" : row[c].replace("%", "");
      const m = mine[c] ?? "";
      const differs = share ? Math.abs(Number(s) - Number(m)) > 0.1 + 1e-9 : s !== m && !(s === "" && m === "");
      if (differs) out.push({ row: row[0], column: c, seed: row[c], made: m });
    }
  }
  return out;
}

describe("seed 2.4: the survey's fear of burglary by ward, with residential burglaries joined", () => {
  it("keeps the answers in the question's order, named in the CSV header, with the analyst's combined share", async () => {
    const run = await survey(
      "Burglary worry",
      "Weight burglary",
      "Burglary - Residential",
      "Very worried or somewhat worried",
    );
    expect(run.table[0]).toEqual([
      "Ward",
      "Very worried %",
      "Very worried n",
      "Somewhat worried %",
      "Somewhat worried n",
      "Not very worried %",
      "Not very worried n",
      "Not worried at all %",
      "Not worried at all n",
      "Very worried or somewhat worried %",
      "Burglary - Residential, RY ending Oct 2017",
    ]);
  });

  it("makes every ward's cells; the seed's grand total miscounts two answers' respondents", async () => {
    const run = await survey(
      "Burglary worry",
      "Weight burglary",
      "Burglary - Residential",
      "Very worried or somewhat worried",
    );
    expect(differences(run.table, PRINTED.SURVEY_BURGLARY)).toEqual([
      // The seed's ward rows hold 4+1+3+1+2+5+2+3+2+4+5+2+7+1+7+4+1+7+2+10+7+5+5+6+4+2+21 = 123 "very worried" respondents
      { row: "Grand Total", column: 2, seed: "121", made: "123" },
      // and 39+12+39+8+45+24+28+16+15+79+59+22+17+28+55+10+7+36+7+38+23+32+13+43+31+16+121 = 863 "not very worried"
      { row: "Grand Total", column: 6, seed: "865", made: "863" },
    ]);
  });
});

describe("seed 2.4: the survey's fear of assault by ward, with violence against the person joined", () => {
  it("makes every ward's cells; the seed's grand total miscounts three answers' respondents", async () => {
    const run = await survey(
      "Assault worry",
      "Weight assault",
      "Violence against the person",
      "Very or somewhat worried",
    );
    expect(differences(run.table, PRINTED.SURVEY_VIOLENCE)).toEqual([
      // The ward rows hold 4+0+1+2+1+4+2+1+2+8+7+2+4+2+17+0+1+1+1+5+9+3+8+4+4+0+26 = 119 "very worried"
      { row: "Grand Total", column: 2, seed: "120", made: "119" },
      // 459 "somewhat worried" and 1065 "not very worried" (the "not worried at all" 341 agrees)
      { row: "Grand Total", column: 4, seed: "458", made: "459" },
      { row: "Grand Total", column: 6, seed: "1064", made: "1065" },
    ]);
  });
});
