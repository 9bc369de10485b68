import { presetScreening } from "../../../src/core/spc/preset-screening";

describe("presetScreening", () => {
  it("screens moving ranges for NHSRplotthedots and qicharts2 but not for MDC or Western Electric", () => {
    expect(["MDC", "NHSR", "WECO", "ANHOEJ"].map((p) => presetScreening(p as "MDC"))).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });
});
