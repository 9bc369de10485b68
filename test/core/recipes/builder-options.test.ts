import { builderOptions } from "../../../src/core/recipes/builder-options";
import { OPTIONS, PARTNER_OPTIONS } from "../../../src/core/recipes/options";
import { periodComparisonRecipe } from "../../../src/core/recipes/period-comparison";
import { partnerCountsRecipe } from "../../../src/core/recipes/partner-counts";

describe("builderOptions, the one mapping of a recipe's options to its builder's", () => {
  it("passes each declared option under its name, and no option the recipe does not declare", () => {
    expect(
      builderOptions([OPTIONS.area, OPTIONS.endMonth], { area: "Maidstone", endMonth: 24213, by: "area" }),
    ).toEqual({
      area: "Maidstone",
      endMonth: 24213,
    });
  });

  it("passes an option under its builder's name (as), read as the builder takes it (read)", () => {
    expect(builderOptions([OPTIONS.thirdYear], { years: 3 })).toEqual({ thirdYear: true });
    expect(builderOptions([OPTIONS.thirdYear], {})).toEqual({ thirdYear: false });
    expect(builderOptions([PARTNER_OPTIONS.totalLabel], {})).toEqual({ totalLabel: undefined });
  });

  it("maps the period comparison's options as its builder names them: years as periods, none as no total row", () => {
    const mapped = builderOptions(periodComparisonRecipe.options, { years: 3, totalRow: "None", rank: "highest" });
    expect(mapped).toMatchObject({ periods: 3, totalRow: false, rank: "highest", by: null });
    expect(Object.keys(mapped)).not.toContain("years");
  });

  it("reads a partner's changes and series breaks, and a ranking of none as the builder takes it", () => {
    const mapped = builderOptions(partnerCountsRecipe.options, {
      changes: ["Previous", "year"],
      rank: "none",
      breaks: "Theft=2016/17",
      startMonth: 4,
    });
    expect(mapped).toMatchObject({ changes: ["previous", "year"], rank: "none", totalRow: true, startMonth: 4 });
    expect(mapped.breaks).toBeInstanceOf(Map);
  });
});
