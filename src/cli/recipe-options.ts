import type { OptionType, RecipeInfo, RecipeOptions } from "../core/tables";
import { parseMonth } from "../core/periods";
import { UsageError } from "./usage-error";
import { groupingTable } from "../core/tables";
import { readTableFile } from "./read-input";
import { optionFlag } from "./option-flag";

/**
 * Turns the recipe flags typed on the command line into the recipes' options, each read as the type
 * its declaration gives: table files read (CSV, .csv.gz, .xlsx), "--end-month 2017-10" read as a month,
 * numbers and comma-separated lists checked (ranges are the recipes' own check, from the same schema).
 * Only flags the chosen recipes take are accepted.
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
  const byFlag = new Map(recipes.flatMap((r) => r.options.map((o) => [optionFlag(o.name), o] as const)));
  const options: Record<string, unknown> = {};
  for (const [flag, value] of flags) {
    const schema = byFlag.get(flag);
    if (schema === undefined) {
      const takes = [...byFlag.keys()].join(", ") || "no options";
      throw new UsageError(`${flag} is not an option of ${recipes.map((r) => r.id).join(", ")}; it takes ${takes}.`);
    }
    options[schema.name] = await optionValue(schema.type, flag, value);
  }
  return options as RecipeOptions;
}

/** The value of a flag as typed, read as its declared type. */
async function optionValue(type: OptionType, flag: string, value: string): Promise<unknown> {
  if (type === "grouping") return groupingTable(value) ?? readTableFile(value); // none, police-uk; any other value is a file
  if (type === "table") return readTableFile(value);
  if (type === "list")
    return value
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "");
  if (type === "whole") {
    if (!/^\d+$/.test(value.trim())) throw new UsageError(`${flag} must be a whole number, not "${value}".`);
    return Number(value);
  }
  if (type === "level") return significanceLevel(flag, value);
  if (type === "month") {
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
  if (text === "" || !(level > 0 && level < 1))
    throw new UsageError(`${flag} must be a level between 0 and 1, such as 0.05 or 5%, not "${value}".`);
  return level;
}
