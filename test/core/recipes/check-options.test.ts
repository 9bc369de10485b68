import { checkOptions } from "../../../src/core/recipes/check-options";
import { CATALOGUE } from "../../../src/core/tables/catalogue";
import { OptionError } from "../../../src/core/errors";

const recipe = (id: string) => CATALOGUE.find((r) => r.id === id)!;

describe("checkOptions", () => {
  it.each([
    ["rolling-year", { years: 4 }, "The number of years must be 2 or 3, not 4."],
    ["category-by-year", { years: 11 }, "The number of years must be 1 to 10, not 11."],
    ["rate", { population: [["NAME", "POP21"]], years: 0 }, "The number of years must be 1, 2 or 3, not 0."],
    ["fy-pivot", { startMonth: 13 }, "The start month must be a month number from 1 to 12, not 13."],
    ["period-comparison", { periodMonths: 13 }, "Each period must be 1 to 12 months, not 13."],
    ["period-comparison", { by: "ward" }, 'Rows can be by "area" or "category", not "ward".'],
    ["spc-series", { months: 1 }, "An SPC chart needs 2 or more months, not 1."],
    ["spc-series", { rules: "SHEWHART" }, 'The SPC rules must be one of MDC, NHSR, WECO, ANHOEJ, not "SHEWHART".'],
    ["rolling-year", { significance: 1 }, "The significance level must be between 0 and 1, such as 0.05, not 1."],
    ["survey", {}, "The survey table needs survey answers ({option:answers})."],
  ])("refuses for %s %j from the declared schema", (id, options, message) => {
    expect(() => checkOptions(recipe(id), options)).toThrow(OptionError);
    expect(() => checkOptions(recipe(id), options)).toThrow(message);
  });

  it("takes what each schema allows and ignores options the recipe does not declare", () => {
    expect(() =>
      checkOptions(recipe("rolling-year"), { years: 3, significance: 0.01, periodMonths: 99 }),
    ).not.toThrow();
    expect(() => checkOptions(recipe("spc-series"), { rules: "nhsr", months: 2 })).not.toThrow();
    expect(() => checkOptions(recipe("rate"), { population: [["NAME", "POP21"]], years: null })).not.toThrow();
  });
});
