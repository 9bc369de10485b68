import { CATALOGUE, type OptionName, type OptionSchema, type RecipeInfo, type RecipeOptions } from "../core/tables";
import { renderRemedies } from "../core";
import { SIGNIFICANCE_LEVEL } from "../core/significance";
import type { CellValue } from "../excel";

/**
 * The option fields of the wizard's Tables step, made from the recipes' declared options: one field
 * per option name, offered for every recipe that declares it, so the wizard takes every option the
 * command-line tool takes, read the same way and with the same defaults (a blank field is the recipe's
 * own default, as an option left off the command line). The crime grouping is chosen with the columns
 * in the Source step, so it is not repeated here.
 */
export interface WizardField {
  name: OptionName;
  type: OptionSchema["type"];
  /** The control's id: "satk-" and the option's name in kebab case (satk-end-month). */
  id: string;
  label: string;
  /** What it is and, per recipe, its default, in words. */
  hint: string;
  /** The recipes that take it. */
  recipes: string[];
  /** The declared default; "" for a choice whose recipes' defaults differ (left blank, each recipe's own). */
  defaultValue?: number | string;
  choices?: readonly string[];
  required: boolean;
}

/** Options the wizard asks for elsewhere (the grouping, with the columns in the Source step). */
const ASKED_ELSEWHERE: ReadonlySet<OptionName> = new Set(["grouping"]);

/**
 * The fields for the recipes' options, in the order the catalogue first declares them.
 *
 * @param recipes the recipes offered (default: the whole catalogue)
 * @returns one field per option name
 * @example
 * wizardFields().find((f) => f.name === "periodMonths")?.label; // => "Period length (months)"
 */
export function wizardFields(recipes: readonly RecipeInfo[] = CATALOGUE): WizardField[] {
  const fields = new Map<OptionName, WizardField>();
  const defaults = new Map<OptionName, Map<string, string[]>>();
  for (const recipe of recipes) {
    for (const o of recipe.options) {
      if (ASKED_ELSEWHERE.has(o.name)) continue;
      const field = fields.get(o.name) ?? {
        name: o.name,
        type: o.type,
        id: `satk-${kebab(o.name)}`,
        label: o.label,
        hint: "",
        recipes: [],
        defaultValue: o.defaultValue,
        choices: o.choices,
        required: false,
      };
      // A choice whose recipes differ in default (the ranking: lowest for periods, none for a partner's table) starts blank: each its own.
      if (field.type === "choice" && field.recipes.length > 0 && field.defaultValue !== o.defaultValue)
        field.defaultValue = "";
      field.recipes.push(recipe.id);
      field.required ||= o.required === true;
      fields.set(o.name, field);
      const byText = defaults.get(o.name) ?? new Map<string, string[]>();
      byText.set(o.defaultText, [...(byText.get(o.defaultText) ?? []), recipe.id]);
      defaults.set(o.name, byText);
    }
  }
  for (const field of fields.values())
    field.hint = hintOf(recipes, field, defaults.get(field.name) as Map<string, string[]>);
  return [...fields.values()];
}

/** "For rolling-year, area-comparison: number of years shown, 2 or 3. Default: 2; rate: as many whole years as the data hold, up to 3." */
function hintOf(recipes: readonly RecipeInfo[], field: WizardField, defaults: Map<string, string[]>): string {
  const description = recipes.flatMap((r) => r.options).find((o) => o.name === field.name)?.description ?? "";
  const said = [...defaults].map(([text, ids], i) =>
    text === "" ? `required for ${ids.join(", ")}` : i === 0 ? text : `${ids.join(", ")}: ${text}`,
  );
  return `For ${field.recipes.join(", ")}: ${description}. ${defaults.has("") && defaults.size === 1 ? "Required" : `Default: ${said.join("; ")}`}.`;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * The recipe options from the fields as the analyst left them, each read as its declared type: a
 * blank field is left out (the recipe's default), a whole number read as one, a list split at commas,
 * a level's check box as the declared level, a table by its name or address through `readTable`.
 *
 * @param fields the fields
 * @param typed each field's text (its value, or "on" for a ticked check box), by option name
 * @param readTable reads a table the analyst named (a table, a sheet or an address)
 * @returns the options
 * @throws Error in plain words when a whole number is not one; the table reader's errors
 * @example
 * await fieldOptions(wizardFields(), { periodMonths: "3" }, read); // => { periodMonths: 3 }
 */
export async function fieldOptions(
  fields: readonly WizardField[],
  typed: Partial<Record<OptionName, string>>,
  readTable: (where: string) => Promise<CellValue[][] | null>,
): Promise<RecipeOptions> {
  const options: Record<string, unknown> = {};
  for (const field of fields) {
    const text = (typed[field.name] ?? "").trim();
    if (text === "") continue;
    if (field.type === "whole") {
      if (!/^\d+$/.test(text)) throw new Error(`${field.label} must be a whole number, not "${text}".`);
      options[field.name] = Number(text);
    } else if (field.type === "month") options[field.name] = Number(text);
    else if (field.type === "level") options[field.name] = Number(field.defaultValue ?? SIGNIFICANCE_LEVEL);
    else if (field.type === "list")
      options[field.name] = text
        .split(",")
        .map((p) => p.trim())
        .filter((p) => p !== "");
    else if (field.type === "table" || field.type === "grouping") options[field.name] = await readTable(text);
    else options[field.name] = text;
  }
  return options as RecipeOptions;
}

/** The wizard's own words for the choices that are not recipe options: the Source step's controls and its own fields. */
const OTHER_LABELS: Readonly<Record<string, string>> = {
  areas: '"The force\'s own areas"',
  areaLevel: '"Areas of the tables"',
  layout: '"Layout"',
  kind: '"What the rows count"',
  grouping: '"Grouping"',
  periodColumn: "the Month column role",
  yearColumn: "the Month column role",
  categoryColumn: "the Crime type column role",
  areaColumn: "the Area column role",
  countColumn: "the Count column role",
  idColumn: "the Crime ID column role",
  columnsHold: "the column roles (what the columns hold)",
  filter: "a filter (select only the rows wanted)",
  role: "the column's role",
};

/**
 * A message or note of core in the wizard's words: an option as its field's label in quotes (or, for a
 * column's role, the role to change in the Source step), a column by its heading.
 *
 * @param text the message or note, with remedy tokens
 * @returns the text as the task pane shows it
 * @example
 * wizardText("choose them with {option:areas}."); // => "choose them with \"The force's own areas\"."
 */
export function wizardText(text: string): string {
  const labels = new Map(wizardFields().map((f) => [f.name as string, f.label]));
  const option = (name: string) => (labels.has(name) ? `"${labels.get(name)}"` : (OTHER_LABELS[name] ?? `"${name}"`));
  return renderRemedies(text, (r) => ("option" in r ? option(r.option) : `"${r.column}"`));
}
