import { surveyFindings } from "../../../src/core/findings/survey-findings";
import { surveyTable } from "../../../src/core/tables/survey-table";

const ANSWERS = ["Very worried", "Somewhat worried", "Not very worried", "Not worried at all"];
/** One unweighted answer row per respondent. */
const respondents = (ward: string, counts: number[]) =>
  counts.flatMap((n, i) => Array.from({ length: n }, () => [ward, ANSWERS[i]]));

// Seed 2.4's respondent numbers: Allington Ward 4, 24, 39, 7 (74 answers, 28 worried = 37.8%, as the seed
// prints); Barming Ward 1, 8, 12, 1 (22 answers, 9 worried = 40.9% unweighted; the seed's weighted share is 41.2%).
const answers = [
  ["Ward", "Burglary worry"],
  ...respondents("Allington Ward", [4, 24, 39, 7]),
  ...respondents("Barming Ward", [1, 8, 12, 1]),
];
const table = surveyTable({ answers, groupColumn: "Ward", answerColumn: "Burglary worry", answerOrder: ANSWERS });

describe("surveyFindings on seed 2.4's Allington and Barming answers", () => {
  it("gives the combined share of all respondents: 37 of 96 = 38.5%", () => {
    expect(surveyFindings(table)[0]).toBe(
      "Across all 96 respondents, 38.5% answered Very worried or Somewhat worried.",
    );
  });

  it("names the highest and lowest wards with their numbers of respondents", () => {
    expect(surveyFindings(table)[1]).toBe(
      "The highest share was in Barming Ward (40.9%, 22 respondents) and the lowest in Allington Ward (37.8%, 74 respondents).",
    );
  });

  it("gives nothing for a table without a combined column", () => {
    const single = surveyTable({
      answers,
      groupColumn: "Ward",
      answerColumn: "Burglary worry",
      answerOrder: ANSWERS,
      combine: [],
    });
    expect(surveyFindings(single)).toEqual([]);
  });
});
