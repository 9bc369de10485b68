import { errorOf } from "./error-of";
import { morile, morileBand, morileDetail } from "../../src/functions/functions";
import { TEST_COUNTY_AS_FUNCTION_SEES_IT, TEST_COUNTY_RANGE } from "../core/morile/fixtures";

// Domestic abuse, hand-worked under the Illustrative profile: harm 4+4+2+2+2 = 14, likelihood 3+4 = 7,
// risk 14 x 7 = 98, confidence 3, organisational position 2+2 = 4, final 98 x 3 x 4 = 1176, High.
const DOMESTIC_ABUSE = [
  ["Severe", "Severe", "Moderate", "Moderate", "Borough", "Frequent", "Very high", "High", "Stretched", "Partial"],
];

describe("CSP.MORILE", () => {
  it("gives the final score under the built-in Illustrative profile when the profile is left out (null)", () => {
    expect(morile(DOMESTIC_ABUSE, null as unknown as undefined)).toBe(1176);
    expect(morile(DOMESTIC_ABUSE)).toBe(1176);
  });

  it("accepts the ratings as a column as well as a row", () => {
    expect(morile(DOMESTIC_ABUSE[0].map((r) => [r]))).toBe(1176);
  });

  it("scores by a profile range with blank cells passed as 0: 10 + 0.5 + 4 = 14.5", () => {
    expect(morile([["Serious", "Serious", "Likely", "Low", "Poor"]], TEST_COUNTY_AS_FUNCTION_SEES_IT)).toBe(14.5);
  });

  it("returns #VALUE! naming the criterion and its levels for a rating that is not a level", () => {
    const error = errorOf(() =>
      morile([
        ["Severe", "Huge", "Moderate", "Moderate", "Borough", "Frequent", "Very high", "High", "Stretched", "Partial"],
      ]),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      'Psychological harm: "Huge" is not one of its levels, which are Low (1), Moderate (2), Significant (3), Severe (4).',
    );
  });

  it("returns #N/A naming the criterion for a missing rating (a blank cell arrives as 0)", () => {
    const ratings = [
      ["Severe", "Severe", "Moderate", "Moderate", "Borough", "Frequent", 0, "High", "Stretched", "Partial"],
    ];
    const error = errorOf(() => morile(ratings));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("Victim vulnerability has no rating: choose one of Low, Moderate, High, Very high.");
  });

  it("returns #VALUE! for a block of ratings that is not one row or column", () => {
    expect(
      errorOf(() =>
        morile([
          ["Low", "Low"],
          ["Low", "Low"],
        ]),
      ).code,
    ).toBe("#VALUE!");
  });

  it("returns #VALUE! naming the cell for a broken profile range", () => {
    const broken = TEST_COUNTY_RANGE.map((row, r) => (r === 6 ? ["Risk", "average", "", ""] : row));
    const error = errorOf(() => morile([["Serious", "Serious", "Likely", "Low", "Poor"]], broken));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^B7: the Risk rule is "average"/);
  });
});

describe("CSP.MORILE.DETAIL", () => {
  it("spills harm, likelihood, risk, confidence, organisational position, final score and band", () => {
    expect(morileDetail(DOMESTIC_ABUSE)).toEqual([[14, 7, 98, 3, 4, 1176, "High"]]);
  });

  it("explains a score under the test county profile: max harm 5, likelihood 2, risk 10, final 10 + 0.5 + 4", () => {
    expect(morileDetail([["Serious", "Serious", "Likely", "Low", "Poor"]], TEST_COUNTY_RANGE)).toEqual([
      [5, 2, 10, 0.5, 4, 14.5, "Amber"],
    ]);
  });

  it("leaves confidence and organisational position blank when the profile has no such criteria", () => {
    const riskOnly = TEST_COUNTY_RANGE.slice(0, 25);
    expect(morileDetail([["Critical", "Serious", "Certain"]], riskOnly)).toEqual([[10, 3, 30, "", "", 30, "Red"]]);
  });

  it("returns #N/A when the final score is below every band (1 + 0.5 + 1 = 2.5, Green from 3)", () => {
    expect(errorOf(() => morileDetail([["Minor", "Minor", "Unlikely", "Low", "Good"]], TEST_COUNTY_RANGE)).code).toBe(
      "#N/A",
    );
  });

  it("returns #N/A naming the first missing criterion when the ratings are too few", () => {
    const error = errorOf(() => morileDetail([["Serious", "Serious", "Likely"]], TEST_COUNTY_RANGE));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/^Confidence has no rating/);
  });
});

describe("CSP.MORILE.BAND", () => {
  it("uses the Illustrative bands when the profile is left out: High from 1000, Medium from 400", () => {
    expect(morileBand(1176)).toBe("High");
    expect(morileBand(400)).toBe("Medium");
    expect(morileBand(288)).toBe("Low");
  });

  it("uses the bands of a profile range", () => {
    expect(morileBand(14.5, TEST_COUNTY_RANGE)).toBe("Amber");
    expect(morileBand(20, TEST_COUNTY_RANGE)).toBe("Red");
  });

  it("returns #N/A below the lowest band and #VALUE! for a score that is not a number", () => {
    expect(errorOf(() => morileBand(2, TEST_COUNTY_RANGE)).code).toBe("#N/A");
    const error = errorOf(() => morileBand("High" as unknown as number));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^score must be a number/);
  });
});
