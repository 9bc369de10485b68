import type { RecipeInfo, RecipeOptions } from "../core/tables/catalogue";
import { parseMonth } from "../core/periods/parse-month";
import { UsageError } from "./usage-error";
import { groupingTable } from "../core/tables/grouping-table";
import { readTableFile } from "./read-input";
import { optionFlag } from "./option-flag";

/** Options given as files holding tables. */
const TABLE_OPTIONS = new Set(["population", "divisions", "grouping", "answers", "codes"]);
/** Options that are whole numbers. */
const NUMBER_OPTIONS = new Set(["years", "periodMonths", "startMonth", "months"]);
/** Options that are comma-separated lists. */
const LIST_OPTIONS = new Set(["populationColumns", "categories"]);

/**
 * Turns the recipe flags typed on the command line into the recipes' options: table files read
 * (CSV, .csv.gz, .xlsx), "--end-month 2017-10" read as a month, numbers and comma-separated lists
 * checked. Only flags the chosen recipes take are accepted.
 *
 * @param flags the flags and their values as typed ("--area" -> "Maidstone")
 * @param recipes the recipes that will run (one for `table`, the standard set for `report`)
 * @returns the options
 * @throws {UsageError} for a flag no chosen recipe takes, an unreadable month or number, or a table file that cannot be opened
 * @throws {InputError} for a table file whose contents cannot be read
 * @example
 * await recipeOptions(new Map([["--area", "Maidstone"]]), [findRecipe("rolling-year")]); // => { area: "Maidstone" }
 */
export async function recipeOptions(flags: Map<string, string>, recipes: RecipeInfo[]): Promise<RecipeOptions> {
  const byFlag = new Map(recipes.flatMap((r) => r.options.map((o) => [optionFlag(o.name), o.name] as const)));
  const options: Record<string, unknown> = {};
  for (const [flag, value] of flags) {
    const name = byFlag.get(flag);
    if (name === undefined) {
      const takes = [...byFlag.keys()].join(", ") || "no options";
      throw new UsageError(`${flag} is not an option of ${recipes.map((r) => r.id).join(", ")}; it takes ${takes}.`);
    }
    options[name] = await optionValue(name, flag, value);
  }
  return options as RecipeOptions;
}

async function optionValue(name: string, flag: string, value: string): Promise<unknown> {
  const named = name === "grouping" ? groupingTable(value) : null; // none, police-uk; any other value is a file
  if (named) return named;
  if (TABLE_OPTIONS.has(name)) return readTableFile(value);
  if (LIST_OPTIONS.has(name)) return value.split(",").map((part) => part.trim()).filter((part) => part !== "");
  if (NUMBER_OPTIONS.has(name)) {
    if (!/^\d+$/.test(value.trim())) throw new UsageError(`${flag} must be a whole number, not "${value}".`);
    return Number(value);
  }
  if (name === "significance") return significanceLevel(flag, value);
  if (name === "endMonth") {
    try {
      return parseMonth(value);
    } catch (error) {
      throw new UsageError(`${flag}: ${(error as Error).message}`);
    }
  }
  return value;
}

/** A significance level typed as 0.05, .05 or 5%: a number between 0 and 1. */
function significanceLevel(flag: string, value: string): number {
  const text = value.trim();
  const level = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
  if (text === "" || !(level > 0 && level < 1)) throw new UsageError(`${flag} must be a level between 0 and 1, such as 0.05 or 5%, not "${value}".`);
  return level;
}
