import { comparesToSentence } from "../../../src/core/findings/compares-to-sentence";
import type { Comparison } from "../../../src/core/findings/comparison-of";

const pct = (percent: number | null): Comparison => ({
  label: "x",
  current: 1,
  previous: 1,
  change: 0,
  percent,
  ratio: 0,
});

describe("comparesToSentence", () => {
  it("writes seed 2.1's comparison with the force's name", () => {
    expect(comparesToSentence([{ name: null, figures: pct(30.0) }], "Kent")).toBe(
      "This compares to a Kent Force wide increase of 30.0%.",
    );
  });

  it("puts the division first, says decrease for a fall and an before a vowel", () => {
    expect(
      comparesToSentence(
        [
          { name: "East Division", figures: pct(-2.5) },
          { name: null, figures: pct(-11) },
        ],
        "Avon and Somerset",
      ),
    ).toBe("This compares to an East Division decrease of 2.5% and an Avon and Somerset Force wide decrease of 11.0%.");
  });

  it("says force-wide without a name, and nothing when no % is available", () => {
    expect(comparesToSentence([{ name: null, figures: pct(1.2) }], null)).toBe(
      "This compares to a force-wide increase of 1.2%.",
    );
    expect(comparesToSentence([{ name: null, figures: pct(null) }], "Kent")).toBe("");
  });
});
