import { areaKey } from "../../../src/core/tables/area-key";

describe("areaKey", () => {
  it("matches names that differ only in the words publishers add, punctuation, case and &", () => {
    expect(areaKey("Allington Ward")).toBe(areaKey("Allington"));
    expect(areaKey("Bristol, City of")).toBe(areaKey("Bristol"));
    expect(areaKey("Tonbridge & Malling Borough")).toBe(areaKey("Tonbridge and Malling"));
    expect(areaKey("St. Mary's")).toBe(areaKey("Saint Marys"));
  });

  it("keeps names apart that are different areas, and gives blank for nothing", () => {
    expect(areaKey("Maidstone")).not.toBe(areaKey("Swale"));
    expect(areaKey(null)).toBe("");
  });
});
