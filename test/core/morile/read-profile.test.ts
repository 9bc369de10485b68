import { readProfile } from "../../../src/core/morile/read-profile";
import { InputError } from "../../../src/core/errors";
import { TEST_COUNTY_AS_FUNCTION_SEES_IT, TEST_COUNTY_RANGE, withCell } from "./fixtures";

function messageOf(values: (string | number)[][], topLeft = "Profile!A1"): string {
  try {
    readProfile(values, topLeft);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected the profile to be refused");
}

describe("readProfile", () => {
  const profile = readProfile(TEST_COUNTY_RANGE, "Profile!A1");

  it("reads the name, the statement and the six combining rules, in any case", () => {
    expect(profile.name).toBe("Test county 2018");
    expect(profile.statement).toBe("Made up for the tests");
    expect(profile.rules).toEqual({
      harm: "max",
      likelihood: "max",
      risk: "product",
      confidence: "product",
      organisational: "max",
      final: "sum",
    });
  });

  it("reads the bands with their minimums and fills (fills in capitals, a blank fill left out)", () => {
    expect(profile.bands).toEqual([
      { name: "Red", minimum: 20, fill: "#FF0000" },
      { name: "Amber", minimum: 10 },
      { name: "Green", minimum: 3, fill: "#00B050" },
    ]);
  });

  it("reads each criterion with its section and its levels from the rows below it", () => {
    expect(profile.criteria.map((c) => [c.name, c.section, c.levels.length])).toEqual([
      ["Physical", "harm", 3],
      ["Financial", "harm", 2],
      ["Frequency", "likelihood", 3],
      ["Confidence", "confidence", 2],
      ["Capacity", "organisational", 2],
    ]);
    expect(profile.criteria[0].levels).toEqual([
      { label: "Minor", points: 1 },
      { label: "Serious", points: 5 },
      { label: "Critical", points: 10 },
    ]);
    expect(profile.criteria[3].levels[0]).toEqual({ label: "Low", points: 0.5 });
  });

  it("reads the same profile when blank cells arrive as 0, as Excel passes them to a custom function", () => {
    expect(readProfile(TEST_COUNTY_AS_FUNCTION_SEES_IT, "A1")).toEqual(profile);
  });

  it("skips Note rows and blank rows, and accepts blocks in another order", () => {
    const reordered = [
      TEST_COUNTY_RANGE[0],
      ["Note", "anything", "", ""],
      ...TEST_COUNTY_RANGE.slice(16),
      ["", "", "", ""],
      ...TEST_COUNTY_RANGE.slice(3, 15),
    ];
    expect(readProfile(reordered, "Profile!A1")).toEqual({ ...profile, statement: "" });
  });

  it("accepts points typed as text that reads as a number", () => {
    expect(readProfile(withCell(18, 3, "5"), "A1").criteria[0].levels[1].points).toBe(5);
  });
});

describe("readProfile refuses a profile that would score wrongly, naming the cell", () => {
  it("a criterion without levels, at its name cell, counted from the range's top-left", () => {
    const values = [...TEST_COUNTY_RANGE.slice(0, 17), ["Reputation", "Harm", "", ""], ...TEST_COUNTY_RANGE.slice(17)];
    expect(messageOf(values, "Scores!B3")).toMatch(/^Scores!B20: the criterion "Reputation" has no levels/);
  });

  it("a criterion without levels at the very end of the range", () => {
    expect(messageOf([...TEST_COUNTY_RANGE, ["Capability", "Organisational position", "", ""]])).toMatch(
      /^Profile!A30: the criterion "Capability" has no levels/,
    );
  });

  it("a duplicate level label, naming both cells", () => {
    expect(messageOf(withCell(19, 2, "minor"))).toBe(
      'Profile!C20: the level "minor" appears twice in criterion "Physical" (first at Profile!C18).',
    );
  });

  it("but the same label in two different criteria is fine (Minor is a level of Physical and of Financial)", () => {
    const [physical, financial] = readProfile(TEST_COUNTY_RANGE, "A1").criteria;
    expect(physical.levels[0].label).toBe("Minor");
    expect(financial.levels[0].label).toBe("Minor");
  });

  it("an unknown combining rule, naming the rule cell and the allowed rules", () => {
    expect(messageOf(withCell(6, 1, "average"))).toBe(
      'Profile!B7: the Risk rule is "average"; it must be sum, max, product.',
    );
  });

  it("a blank combining rule", () => {
    expect(messageOf(withCell(9, 1, ""))).toMatch(/^Profile!B10: the Final score rule is ""/);
  });

  it("an unknown row in the rules block", () => {
    expect(messageOf(withCell(8, 0, "Opportunity"))).toMatch(/^Profile!A9: "Opportunity" is not a combining rule row/);
  });

  it("a missing rule, at the block's heading", () => {
    const values = TEST_COUNTY_RANGE.filter((_, r) => r !== 7);
    expect(messageOf(values)).toBe('Profile!A4: the "Combining rules" block has no rule for Confidence.');
  });

  it("a duplicate criterion name", () => {
    expect(messageOf(withCell(20, 0, "physical"))).toBe(
      'Profile!A21: the criterion "physical" is given twice (first at Profile!A18).',
    );
  });

  it("an unknown section", () => {
    expect(messageOf(withCell(22, 1, "Probability"))).toMatch(
      /^Profile!B23: the section of "Frequency" is "Probability"; it must be Harm, Likelihood, Confidence, Organisational position\.$/,
    );
  });

  it("points that are not a number", () => {
    expect(messageOf(withCell(18, 3, "five"))).toBe(
      'Profile!D19: the points of level "Serious" of "Physical" must be a number, not "five".',
    );
  });

  it('a blank points cell (read from the sheet, where blank is "")', () => {
    expect(messageOf(withCell(18, 3, ""))).toMatch(/^Profile!D19: the points of level "Serious"/);
  });

  it("a level with no label", () => {
    expect(messageOf(withCell(18, 2, ""))).toBe("Profile!C19: this level has no label.");
  });

  it("a duplicate band and a band minimum that is not a number", () => {
    expect(messageOf(withCell(13, 0, "red"))).toBe('Profile!A14: the band "red" is given twice.');
    expect(messageOf(withCell(13, 1, "ten"))).toMatch(
      /^Profile!B14: the minimum score of band "Amber" must be a number/,
    );
  });

  it("two bands that start at the same score", () => {
    expect(messageOf(withCell(13, 1, 20))).toBe('Profile!B14: bands "Red" and "Amber" both start at 20.');
  });

  it("a fill that is not a colour", () => {
    expect(messageOf(withCell(12, 2, "red"))).toMatch(/^Profile!C13: the fill of band "Red" must be a colour/);
  });

  it("text outside any block", () => {
    expect(messageOf(withCell(2, 0, "Scores"))).toMatch(/^Profile!A3: "Scores" is not part of a MoRiLE profile/);
  });

  it("a heading given twice", () => {
    expect(messageOf([...TEST_COUNTY_RANGE, ["Band", "", "", ""]])).toBe(
      'Profile!A30: a second "Band" heading; the first is at Profile!A12.',
    );
  });

  it("no profile name, no bands, and no likelihood criteria", () => {
    expect(messageOf(withCell(0, 1, ""))).toBe('Profile!B1: the profile needs a name here, such as "Kent CSU 2018".');
    expect(messageOf(TEST_COUNTY_RANGE.slice(1))).toMatch(/^Profile!A1: the range has no "MoRiLE profile" row/);
    expect(messageOf(TEST_COUNTY_RANGE.filter((_, r) => r < 11 || r > 14))).toMatch(
      /^Profile!A1: the profile has no bands/,
    );
    expect(messageOf(TEST_COUNTY_RANGE.filter((_, r) => r < 22 || r > 24))).toBe(
      "Profile!A17: the profile has no Likelihood criteria; MoRiLE needs at least one.",
    );
  });

  it("a top-left that is not an address", () => {
    expect(() => readProfile(TEST_COUNTY_RANGE, "profile")).toThrow(/not a cell address/);
  });
});
