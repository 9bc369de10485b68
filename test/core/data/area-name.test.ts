import { areaName } from "../../../src/core/data/area-name";

describe("areaName", () => {
  it("counts an LSOA in its district, or keeps the LSOA for ward tables", () => {
    expect(areaName("Maidstone 014C", { areaIsLsoa: true }, false)).toBe("Maidstone");
    expect(areaName("Maidstone 014C", { areaIsLsoa: true }, true)).toBe("Maidstone 014C");
  });

  it("reads R's NA in an LSOA column as no location, kept or not", () => {
    expect(areaName("NA", { areaIsLsoa: true }, false)).toBe("");
    expect(areaName("NA", { areaIsLsoa: true }, true)).toBe("");
  });

  it("leaves any other area as it stands, NA included", () => {
    expect(areaName("NA", {}, false)).toBe("NA");
    expect(areaName("Barnet", {}, false)).toBe("Barnet");
  });
});
