import { headlineSentence } from "../../../src/core/findings/headline-sentence";
import type { Comparison } from "../../../src/core/findings/comparison-of";
import { monthIndex } from "../../../src/core/periods/month-index";

const year = { first: monthIndex(2016, 11), last: monthIndex(2017, 10) };
const figures = (current: number, previous: number, percent: number | null): Comparison => ({
  label: "x",
  current,
  previous,
  change: current - previous,
  percent,
  ratio: previous ? (current - previous) / previous : null,
});

describe("headlineSentence", () => {
  it("writes seed 2.1's sentence", () => {
    expect(headlineSentence("All crime", "the borough", figures(13594, 10271, 32.4), year, "crimes")).toBe(
      "All crime in the borough rose by 32.4% in the period November 2016 to October 2017 compared with the same period the previous year, from a total of 10,271 crimes to 13,594 crimes.",
    );
  });

  it("says fell for a fall, with the % unsigned", () => {
    expect(
      headlineSentence("Anti-social behaviour", "Maidstone", figures(3243, 3697, -12.3), year, "incidents"),
    ).toMatch(/^Anti-social behaviour in Maidstone fell by 12\.3% in/);
  });

  it("says unchanged when the counts are equal, and gives no % for a rise from none", () => {
    expect(headlineSentence("Robbery", "Maidstone", figures(69, 69, 0), year, "crimes")).toBe(
      "Robbery in Maidstone was unchanged at 69 crimes in the period November 2016 to October 2017 compared with the same period the previous year.",
    );
    expect(headlineSentence("Robbery", "Maidstone", figures(4, 0, null), year, "crimes")).toMatch(
      /rose in the period .* from a total of 0 crimes to 4 crimes\.$/,
    );
  });

  it("does not call a change that rounds to 0.0% a rise or a fall", () => {
    expect(headlineSentence("All crime", "Kent", figures(10001, 10000, 0), year, "crimes")).toMatch(
      /changed by less than 0\.1%/,
    );
  });
});
