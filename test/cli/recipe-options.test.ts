import { CENSUS_POPULATION } from "../shared-data";
import { recipeOptions } from "../../src/cli/recipe-options";
import { UsageError } from "../../src/cli/usage-error";
import { findRecipe } from "../../src/core/tables/find-recipe";

const POPULATION = CENSUS_POPULATION;

describe("recipeOptions", () => {
  it("reads the end month as a month index and names as text", async () => {
    const options = await recipeOptions(
      new Map([
        ["--area", "Maidstone"],
        ["--end-month", "2018-10"],
      ]),
      [findRecipe("rolling-year")],
    );
    expect(options).toEqual({ area: "Maidstone", endMonth: 2018 * 12 + 9 });
  });

  it("reads a table file given to an option as its rows", async () => {
    const options = await recipeOptions(new Map([["--population", POPULATION]]), [findRecipe("rate")]);
    expect(options.population?.[0]).toEqual([
      "LAD",
      "NAME",
      "COUNTY",
      "REGION",
      "POP11",
      "POP21",
      "POP_RANK_11",
      "POP_RANK_21",
    ]);
    expect(options.population).toHaveLength(332);
  });

  it("reads whole numbers", async () => {
    expect(await recipeOptions(new Map([["--years", "3"]]), [findRecipe("rolling-year")])).toEqual({ years: 3 });
  });

  it.each([
    [[["--category", "Burglary"]], "rolling-year", /^--category is not an option of rolling-year; it takes --area, /],
    [[["--years", "two"]], "rolling-year", '--years must be a whole number, not "two".'],
    [[["--end-month", "2018-13"]], "rolling-year", /^--end-month: .*2018-13/],
    [[["--population", "/no/such.csv"]], "rate", "Cannot read /no/such.csv: there is no such file."],
  ])("rejects %j for %s as a usage error", async (flags, id, message) => {
    const run = recipeOptions(new Map(flags as [string, string][]), [findRecipe(id)]);
    await expect(run).rejects.toThrow(UsageError);
    await expect(recipeOptions(new Map(flags as [string, string][]), [findRecipe(id)])).rejects.toThrow(message);
  });
});

describe("recipeOptions for --significance", () => {
  it("reads 0.05, .01 and 5% as levels", async () => {
    for (const [typed, level] of [
      ["0.05", 0.05],
      [".01", 0.01],
      ["5%", 0.05],
    ] as const) {
      expect(
        (await recipeOptions(new Map([["--significance", typed]]), [findRecipe("rolling-year")])).significance,
      ).toBeCloseTo(level, 15);
    }
  });

  it("refuses a level that is not between 0 and 1", async () => {
    await expect(recipeOptions(new Map([["--significance", "1"]]), [findRecipe("rolling-year")])).rejects.toThrow(
      UsageError,
    );
    await expect(recipeOptions(new Map([["--significance", "0%"]]), [findRecipe("area-comparison")])).rejects.toThrow(
      "between 0 and 1",
    );
  });
});
