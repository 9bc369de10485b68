import fc from "fast-check";
import { writeProfile } from "../../../src/core/morile/write-profile";
import { readProfile } from "../../../src/core/morile/read-profile";
import { illustrativeProfile } from "../../../src/core/morile/illustrative-profile";
import { COMBINE_RULES, type MorileProfile, type MorileSection } from "../../../src/core/morile/profile";
import { TEST_COUNTY_RANGE } from "./fixtures";

describe("writeProfile", () => {
  const laid = writeProfile(illustrativeProfile());

  it("starts with the profile's name and its statement that the numbers are not the official MoRiLE values", () => {
    expect(laid.values[0]).toEqual(["MoRiLE profile", "Illustrative", "", ""]);
    expect(laid.values[laid.statementRow][0]).toBe("Statement");
    expect(laid.values[laid.statementRow][1]).toMatch(/^Illustrative - not the official MoRiLE values/);
  });

  it("is four columns wide on every row", () => {
    expect(laid.values.every((row) => row.length === 4)).toBe(true);
  });

  it("puts each criterion's levels in one block of column C, from its name row down", () => {
    const physical = laid.criterionRows[0];
    expect(laid.values[physical.nameRow].slice(0, 2)).toEqual(["Physical harm", "Harm"]);
    const labels = laid.values.slice(physical.firstLevelRow, physical.lastLevelRow + 1).map((row) => row[2]);
    expect(labels).toEqual(["Low", "Moderate", "Significant", "Severe"]);
    const capability = laid.criterionRows[9];
    expect(laid.values[capability.nameRow].slice(0, 2)).toEqual(["Capability", "Organisational position"]);
    expect(capability.lastLevelRow).toBe(laid.values.length - 1);
  });

  it("reports the rows of the bands and the headings", () => {
    expect(laid.bandRows.map((r) => laid.values[r][0])).toEqual(["High", "Medium", "Low"]);
    expect(laid.headingRows.map((r) => laid.values[r][0])).toEqual(["Combining rules", "Band", "Criterion"]);
  });

  it("reads back as the same profile: the Illustrative one and the test county's", () => {
    expect(readProfile(laid.values, "Profile!A1")).toEqual(illustrativeProfile());
    const county = readProfile(TEST_COUNTY_RANGE, "A1");
    expect(readProfile(writeProfile(county).values, "A1")).toEqual(county);
  });

  it("reads back as the same profile for any valid profile", () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}[A-Za-z]$/);
    const level = fc.record({ label: name, points: fc.integer({ min: 1, max: 50 }) });
    const section = fc.constantFrom<MorileSection>("harm", "likelihood", "confidence", "organisational");
    const criterion = fc.record({
      name,
      section,
      levels: fc.uniqueArray(level, { minLength: 1, maxLength: 5, selector: (l) => l.label.toLowerCase() }),
    });
    const rule = fc.constantFrom(...COMBINE_RULES);
    const profile = fc.record({
      name,
      statement: name,
      criteria: fc.uniqueArray(criterion, { minLength: 1, maxLength: 6, selector: (c) => c.name.toLowerCase() }),
      rules: fc.record({
        harm: rule,
        likelihood: rule,
        risk: rule,
        confidence: rule,
        organisational: rule,
        final: rule,
      }),
      bands: fc.uniqueArray(fc.record({ name, minimum: fc.integer({ min: 0, max: 1000 }) }), {
        minLength: 1,
        maxLength: 4,
        selector: (b) => b.name.toLowerCase(),
      }),
    });
    fc.assert(
      fc.property(profile, (generated) => {
        const p: MorileProfile = {
          ...generated,
          criteria: [
            { name: "Harm item", section: "harm", levels: [{ label: "One", points: 1 }] },
            { name: "Likelihood item", section: "likelihood", levels: [{ label: "One", points: 1 }] },
            ...generated.criteria.filter((c) => !/^(harm|likelihood) item$/i.test(c.name)),
          ],
          bands: generated.bands.filter((b, i, all) => all.findIndex((o) => o.minimum === b.minimum) === i),
        };
        expect(readProfile(writeProfile(p).values, "A1")).toEqual(p);
      }),
    );
  });
});
