import { Command, Option, type Help } from "commander";
import type { OptionSchema, RecipeInfo } from "../core/tables";
import { optionFlag } from "./option-flag";

/** The declaration behind each commander option of a recipe's command, for its type and range in the help. */
const DECLARED = new WeakMap<Option, OptionSchema>();

/** How satk's help lays out an option: its flag in 20 columns, what it is, its default, its type and range. */
const HELP_LAYOUT: Partial<Help> = {
  optionTerm: (option) => option.long ?? option.flags,
  optionDescription: (option) => {
    const given = option.mandatory ? "required" : `default: ${option.defaultValueDescription ?? ""}`;
    const declared = DECLARED.get(option);
    return `${option.description} (${given})${declared ? ` [${typeWords(declared)}]` : ""}`;
  },
  // One line per option, never wrapped, so a line of the help can be searched for whole.
  formatItem: (term, _width, description) => `      ${term.padEnd(20)} ${description}`,
};

/**
 * A recipe as a commander command, made from its declaration: named `satk table <id>`, described by its
 * seed section, title and description, with an option per declared option (its flag, what it is, its
 * default or "required", and its type and range), so `satk table <id> --help` is commander's help of it.
 * The command is for help only: the arguments are read by `parseArgs`.
 *
 * @param recipe the recipe's declaration
 * @returns the command
 * @throws never
 * @example
 * recipeCommand(rollingYearRecipe).helpInformation(); // "Usage: satk table rolling-year --input <files...> [options]\n..."
 */
export function recipeCommand(recipe: RecipeInfo): Command {
  const command = new Command(`satk table ${recipe.id}`)
    .usage("--input <files...> [options]")
    .description(`(seed ${recipe.seed}) ${recipe.title}\n${recipe.description}`)
    .helpOption(false)
    .configureHelp(HELP_LAYOUT)
    .addHelpText(
      "after",
      "\nThe common and reading options (--input, --format, --out, --layout, ...): see satk --help.",
    );
  for (const schema of recipe.options) command.addOption(declaredOption(schema));
  return command;
}

/**
 * The lines of a recipe in `satk --help`: its id, seed section and title, its description, then its
 * options as its command's help lays them out.
 *
 * @param recipe the recipe's declaration
 * @returns the lines
 * @throws never
 * @example
 * recipeLines(rollingYearRecipe)[0]; // => "  rolling-year  (seed 2.6) Volume of crimes by type (rolling year)"
 */
export function recipeLines(recipe: RecipeInfo): string[] {
  const command = recipeCommand(recipe);
  const help = command.createHelp();
  const options = help
    .visibleOptions(command)
    .map((o) => help.formatItem(help.optionTerm(o), 20, help.optionDescription(o), help));
  return [`  ${recipe.id}  (seed ${recipe.seed}) ${recipe.title}`, `      ${recipe.description}`, ...options];
}

function declaredOption(schema: OptionSchema): Option {
  const value = schema.type === "level" ? "[value]" : "<value>";
  const option = new Option(`${optionFlag(schema.name)} ${value}`, schema.description);
  if (schema.required) option.makeOptionMandatory();
  else option.default(schema.defaultValue, schema.defaultText);
  if (schema.choices) option.choices(schema.choices);
  DECLARED.set(option, schema);
  return option;
}

/** The type of an option's value, and its range or choices, in words. */
function typeWords(schema: OptionSchema): string {
  switch (schema.type) {
    case "whole": {
      const { min, max } = schema.range ?? { min: 0 };
      if (max === undefined) return `a whole number from ${min}`;
      return `a whole number, ${min} ${max === min + 1 ? "or" : "to"} ${max}`;
    }
    case "month":
      return "a month, YYYY-MM";
    case "level":
      return `a level between 0 and 1 (0.05 or 5%)${schema.defaultValue === undefined ? "" : `; ${schema.defaultValue} given alone`}`;
    case "choice":
      return `one of ${(schema.choices ?? []).join(", ")}`;
    case "list":
      return "names, comma-separated";
    case "table":
      return "a table FILE: .csv, .csv.gz or .xlsx";
    case "grouping":
      return "none, police-uk or a table FILE";
    default:
      return "text";
  }
}
