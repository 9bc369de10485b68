import { combinedAnswers } from "../../../src/core/survey/combined-answers";

const SEED = ["Very worried", "Somewhat worried", "Not very worried", "Not worried at all"];

describe("combinedAnswers", () => {
  it("gives the seed's very or somewhat worried in the table's spelling and order", () => {
    expect(combinedAnswers(SEED, ["somewhat worried", "Very worried"])).toEqual(["Very worried", "Somewhat worried"]);
  });

  it("is no combined column when nothing is chosen", () => {
    expect(combinedAnswers(SEED, null)).toEqual([]);
    expect(combinedAnswers(SEED, [" "])).toEqual([]);
  });

  it("refuses an answer the table does not have, listing its answers", () => {
    expect(() => combinedAnswers(SEED, ["Very worried", "Quite worried"])).toThrow(
      /"Quite worried", which is not an answer of the table; its answers are "Very worried"/,
    );
  });

  it("refuses a combination of one answer", () => {
    expect(() => combinedAnswers(SEED, ["Very worried", "very worried"])).toThrow(/two or more answers/);
  });
});
