import { answerOrder } from "../../../src/core/survey/answer-order";
import { InputError } from "../../../src/core/errors";
import { inCliWords } from "../../cli/in-cli-words";

const SEED = ["Very worried", "Somewhat worried", "Not very worried", "Not worried at all"];

describe("answerOrder", () => {
  it("puts the answers in the question's order, whatever order they were met in (seed 2.4)", () => {
    expect(answerOrder(["Not very worried", "Somewhat worried", "Not worried at all", "Very worried"], SEED)).toEqual(
      SEED,
    );
  });

  it("matches names whatever their case and spacing, writing them as the order does", () => {
    expect(answerOrder(["very  worried", "NOT VERY WORRIED"], ["Very worried", "Not very worried"])).toEqual([
      "Very worried",
      "Not very worried",
    ]);
  });

  it("keeps an answer nobody gave, as Barming's very worried (0 respondents)", () => {
    expect(answerOrder(["Somewhat worried"], SEED)).toEqual(SEED);
  });

  it("refuses an order that leaves out an answer given, naming it and the way out", () => {
    expect(() => answerOrder(["Very worried", "Terrified"], SEED)).toThrow(InputError);
    expect(() => inCliWords(() => answerOrder(["Very worried", "Terrified"], SEED))).toThrow(
      /"Terrified", which the answer order \(--answer-order\) does not list/,
    );
    expect(() => answerOrder([], ["A", "a"])).toThrow(/names "a" twice/);
  });

  it("is the order first met when no order is given", () => {
    expect(answerOrder(["B", "A"], null)).toEqual(["B", "A"]);
  });
});
