import { illustrativeProfile, ILLUSTRATIVE_STATEMENT } from "../../../src/core/morile/illustrative-profile";

describe("illustrativeProfile", () => {
  const profile = illustrativeProfile();

  it("is named Illustrative and says it is not the official MoRiLE scoring", () => {
    expect(profile.name).toBe("Illustrative");
    expect(profile.statement).toBe(ILLUSTRATIVE_STATEMENT);
    expect(profile.statement).toMatch(/not the official MoRiLE values/);
  });

  it("follows the confirmed public structure: five harm items, frequency and victim vulnerability, confidence, capacity and capability", () => {
    const bySection = (section: string) => profile.criteria.filter((c) => c.section === section).map((c) => c.name);
    expect(bySection("harm")).toEqual([
      "Physical harm",
      "Psychological harm",
      "Financial harm",
      "Community and environment harm",
      "Geographic scope",
    ]);
    expect(bySection("likelihood")).toEqual(["Frequency", "Victim vulnerability"]);
    expect(bySection("confidence")).toEqual(["Confidence"]);
    expect(bySection("organisational")).toEqual(["Capacity", "Capability"]);
  });

  it("has no level worth 0, so a blank cell (0 inside a function) reads as a missing rating", () => {
    expect(profile.criteria.every((c) => c.levels.every((l) => l.points > 0))).toBe(true);
  });

  it("hands out a fresh copy each time, so changing one cannot change the built-in profile", () => {
    profile.criteria[0].levels[0].points = 99;
    profile.bands.pop();
    expect(illustrativeProfile().criteria[0].levels[0].points).toBe(1);
    expect(illustrativeProfile().bands).toHaveLength(3);
  });
});
