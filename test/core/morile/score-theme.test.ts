import fc from "fast-check";
import { scoreTheme } from "../../../src/core/morile/score-theme";
import { illustrativeProfile } from "../../../src/core/morile/illustrative-profile";
import { readProfile } from "../../../src/core/morile/read-profile";
import type { MorileProfile } from "../../../src/core/morile/profile";
import { InputError, NotAvailableError } from "../../../src/core/errors";
import { TEST_COUNTY_RANGE } from "./fixtures";

const illustrative = illustrativeProfile();
const county = readProfile(TEST_COUNTY_RANGE, "Profile!A1");

function errorOf(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

describe("scoreTheme under the Illustrative profile", () => {
  it("scores a domestic abuse rating by hand: harm 4+4+2+2+2 = 14, likelihood 3+4 = 7, risk 98, final 98 x 3 x (2+2) = 1176, High", () => {
    const score = scoreTheme(
      ["Severe", "Severe", "Moderate", "Moderate", "Borough", "Frequent", "Very high", "High", "Stretched", "Partial"],
      illustrative,
    );
    expect(score).toEqual({
      points: [4, 4, 2, 2, 2, 3, 4, 3, 2, 2],
      harm: 14,
      likelihood: 7,
      risk: 98,
      confidence: 3,
      organisational: 4,
      final: 1176,
      band: "High",
    });
  });

  it("scores an anti-social behaviour rating by hand: harm 1+2+1+3+1 = 8, likelihood 4+2 = 6, risk 48, final 48 x 3 x 2 = 288, Low", () => {
    const score = scoreTheme(
      [
        "Low",
        "Moderate",
        "Low",
        "Significant",
        "Neighbourhood",
        "Constant",
        "Moderate",
        "High",
        "Sufficient",
        "Strong",
      ],
      illustrative,
    );
    expect([
      score.harm,
      score.likelihood,
      score.risk,
      score.confidence,
      score.organisational,
      score.final,
      score.band,
    ]).toEqual([8, 6, 48, 3, 2, 288, "Low"]);
  });

  it("lands exactly on the Medium threshold: harm 2+2+2+2+2 = 10, likelihood 2+3 = 5, risk 50, final 50 x 2 x 4 = 400", () => {
    const score = scoreTheme(
      [
        "Moderate",
        "Moderate",
        "Moderate",
        "Moderate",
        "Borough",
        "Occasional",
        "High",
        "Medium",
        "Stretched",
        "Partial",
      ],
      illustrative,
    );
    expect(score.final).toBe(400);
    expect(score.band).toBe("Medium");
  });

  it("accepts labels in any case with spaces, and points in place of labels", () => {
    const byLabel = scoreTheme(
      ["Severe", "Severe", "Moderate", "Moderate", "Borough", "Frequent", "Very high", "High", "Stretched", "Partial"],
      illustrative,
    );
    const mixed = scoreTheme([" severe ", 4, "MODERATE", 2, "2", "frequent", 4, 3, "stretched", 2], illustrative);
    expect(mixed).toEqual(byLabel);
  });

  it("runs from 20 (every lowest level: 5 x 2 x 1 x 2) to 2880 (every highest: 20 x 8 x 3 x 6)", () => {
    const lowest = illustrative.criteria.map((c) => c.levels[0].label);
    const highest = illustrative.criteria.map((c) => c.levels[c.levels.length - 1].label);
    expect(scoreTheme(lowest, illustrative).final).toBe(20);
    expect(scoreTheme(highest, illustrative).final).toBe(2880);
  });

  it("never lowers the final score when one rating is raised a level", () => {
    const levelIndex = fc.array(fc.nat({ max: 3 }), { minLength: 10, maxLength: 10 });
    fc.assert(
      fc.property(levelIndex, fc.nat({ max: 9 }), (picks, which) => {
        const ratings = illustrative.criteria.map((c, i) => c.levels[Math.min(picks[i], c.levels.length - 1)].points);
        const criterion = illustrative.criteria[which];
        const raised = [...ratings];
        raised[which] = Math.min(ratings[which] + 1, criterion.levels[criterion.levels.length - 1].points);
        expect(scoreTheme(raised, illustrative).final).toBeGreaterThanOrEqual(scoreTheme(ratings, illustrative).final);
      }),
    );
  });
});

describe("scoreTheme under a profile read from a range, with max harm and a summed final score", () => {
  it("scores Serious, Serious, Likely, Low, Poor by hand: harm max(5,3) = 5, risk 5 x 2 = 10, final 10 + 0.5 + 4 = 14.5, Amber", () => {
    const score = scoreTheme(["Serious", "Serious", "Likely", "Low", "Poor"], county);
    expect(score).toEqual({
      points: [5, 3, 2, 0.5, 4],
      harm: 5,
      likelihood: 2,
      risk: 10,
      confidence: 0.5,
      organisational: 4,
      final: 14.5,
      band: "Amber",
    });
  });

  it("scores Critical, Minor, Certain, High, Good by hand: harm 10, risk 10 x 3 = 30, final 30 + 1 + 1 = 32, Red", () => {
    const score = scoreTheme(["Critical", "Minor", "Certain", "High", "Good"], county);
    expect([score.harm, score.risk, score.final, score.band]).toEqual([10, 30, 32, "Red"]);
  });

  it("is not available when the final score (1 + 0.5 + 1 = 2.5) is below the lowest band, Green from 3", () => {
    expect(() => scoreTheme(["Minor", "Minor", "Unlikely", "Low", "Good"], county)).toThrow(NotAvailableError);
  });

  it("leaves sections without criteria out of the final score, reporting them as null", () => {
    const riskOnly: MorileProfile = {
      ...county,
      criteria: county.criteria.filter((c) => c.section === "harm" || c.section === "likelihood"),
    };
    const score = scoreTheme(["Critical", "Serious", "Certain"], riskOnly);
    expect([score.confidence, score.organisational, score.final, score.band]).toEqual([null, null, 30, "Red"]);
  });
});

describe("scoreTheme errors", () => {
  it("refuses a rating that is not a level, naming the criterion and the allowed levels", () => {
    const error = errorOf(() => scoreTheme(["Huge", "Minor", "Likely", "Low", "Good"], county));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'Physical: "Huge" is not one of its levels, which are Minor (1), Serious (5), Critical (10).',
    );
  });

  it("refuses points that no level is worth", () => {
    expect(errorOf(() => scoreTheme([7, "Minor", "Likely", "Low", "Good"], county)).message).toMatch(
      /^Physical: 7 is not one of its levels/,
    );
  });

  it("says which criterion has no rating when one is blank, null or NaN", () => {
    for (const blank of ["", "  ", null, undefined, NaN]) {
      const error = errorOf(() => scoreTheme(["Minor", blank, "Likely", "Low", "Good"], county));
      expect(error).toBeInstanceOf(NotAvailableError);
      expect(error.message).toBe("Financial has no rating: choose one of Minor, Serious.");
    }
  });

  it("reads 0 (Excel's blank cell inside a function's range) as a missing rating when no level is worth 0", () => {
    expect(errorOf(() => scoreTheme(["Minor", 0, "Likely", "Low", "Good"], county))).toBeInstanceOf(NotAvailableError);
  });

  it("reads 0 as a level when a level is worth 0", () => {
    const withZero: MorileProfile = {
      ...county,
      criteria: county.criteria.map((c, i) =>
        i === 1 ? { ...c, levels: [{ label: "None", points: 0 }, ...c.levels] } : c,
      ),
    };
    expect(scoreTheme(["Serious", 0, "Likely", "Low", "Poor"], withZero).points[1]).toBe(0);
  });

  it("names the first criterion without a rating when the ratings are too few", () => {
    const error = errorOf(() => scoreTheme(["Minor", "Minor", "Likely"], county));
    expect(error).toBeInstanceOf(NotAvailableError);
    expect(error.message).toMatch(/^Confidence has no rating/);
  });

  it("refuses more ratings than the profile has criteria, listing the criteria", () => {
    const error = errorOf(() => scoreTheme(["Minor", "Minor", "Likely", "Low", "Good", "Extra"], county));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /6 ratings but the profile "Test county 2018" has 5 criteria: Physical, Financial, Frequency, Confidence, Capacity/,
    );
  });

  it("refuses a rating of TRUE or FALSE", () => {
    expect(errorOf(() => scoreTheme(["Minor", true, "Likely", "Low", "Good"], county))).toBeInstanceOf(InputError);
  });
});
