import { districtOfLsoa } from "../../../src/core/data/district-of-lsoa";

describe("districtOfLsoa", () => {
  it("takes the LSOA code off the name (data/README: Maidstone 014C -> Maidstone)", () => {
    expect(districtOfLsoa("Maidstone 014C")).toBe("Maidstone");
  });

  it("keeps districts whose names have several words", () => {
    expect(districtOfLsoa("Folkestone and Hythe 011A")).toBe("Folkestone and Hythe");
    expect(districtOfLsoa("Blaenau Gwent 003A")).toBe("Blaenau Gwent");
  });

  it("leaves a name without a code as it is, trimmed", () => {
    expect(districtOfLsoa(" Maidstone ")).toBe("Maidstone");
    expect(districtOfLsoa("Area 51")).toBe("Area 51");
  });

  it("gives blank for a blank LSOA name", () => {
    expect(districtOfLsoa("")).toBe("");
  });
});
