import { helpText } from "../../src/cli/help-text";
import { optionFlag } from "../../src/cli/option-flag";
import { parseArgs } from "../../src/cli/parse-args";
import { recipeOptions } from "../../src/cli/recipe-options";
import { CATALOGUE } from "../../src/core/tables/catalogue";
import { surveyRecipe } from "../../src/core/recipes/survey";
import { offeredRecipes } from "../../src/taskpane/wizard-logic";
import { fieldOptions, startingText, wizardFields } from "../../src/taskpane/wizard-fields";

/** A value of each type as the analyst would type it, and what the recipe receives. */
const TYPED: Record<string, [string, unknown]> = {
  text: ["Newport", "Newport"],
  list: ["All crime, Burglary", ["All crime", "Burglary"]],
  whole: ["2", 2],
  choice: ["category", "category"],
};

describe("the front ends against the recipes' declarations", () => {
  const help = helpText();
  const fields = wizardFields(offeredRecipes());

  it("offer every recipe, in both the CLI's help and the wizard", () => {
    expect(offeredRecipes().map((r) => r.id)).toEqual(CATALOGUE.map((r) => r.id));
    for (const recipe of CATALOGUE) expect(help).toContain(`  ${recipe.id}  (seed ${recipe.seed}) ${recipe.title}`);
  });

  it("give every declared option a flag the CLI reads and documents with its default", () => {
    for (const recipe of CATALOGUE) {
      for (const option of recipe.options) {
        const flag = optionFlag(option.name);
        const given = option.required ? "required" : `default: ${option.defaultText}`;
        expect(help).toContain(`      ${flag.padEnd(20)} ${option.description} (${given})`);
        const value = option.type === "level" ? "0.01" : option.type === "month" ? "2018-10" : "x";
        expect(parseArgs(["table", recipe.id, flag, value]).recipeFlags.get(flag)).toBe(value);
      }
    }
  });

  it("give every declared option but the grouping (asked with the columns) a wizard field, labelled and with the declared default", () => {
    const byName = new Map(fields.map((f) => [f.name, f]));
    for (const recipe of CATALOGUE) {
      for (const option of recipe.options.filter((o) => o.name !== "grouping")) {
        const field = byName.get(option.name);
        expect(field?.recipes).toContain(recipe.id);
        // One field per name: labelled as the recipe that first declares it.
        expect(field?.label).toBe(CATALOGUE.flatMap((r) => r.options).find((o) => o.name === option.name)?.label);
        expect(field?.type).toBe(option.type);
        if (option.defaultText !== "") expect(field?.hint).toContain(option.defaultText);
      }
    }
    for (const field of fields) expect(field.id).toBe(`satk-${optionFlag(field.name).slice(2)}`);
  });

  it("read a value typed the same way into the same option, whichever front end it is typed in", async () => {
    for (const field of fields.filter((f) => TYPED[f.type])) {
      const [typed, expected] = TYPED[field.type];
      const recipe = CATALOGUE.find((r) => r.options.some((o) => o.name === field.name))!;
      const fromCli = await recipeOptions(new Map([[optionFlag(field.name), typed]]), [recipe]);
      const fromWizard = await fieldOptions(fields, { [field.name]: typed }, async () => null);
      expect([field.name, fromWizard[field.name]]).toEqual([field.name, expected]);
      expect([field.name, fromCli[field.name]]).toEqual([field.name, expected]);
    }
  });

  it("start every option at each recipe's declared default, as the CLI leaves an option not given: the survey counts no crimes unless asked", async () => {
    // The end month and the area are preset from the data (the latest complete month, the area with most records).
    const preset = { endMonth: 24213, area: "Maidstone", category: "All crime" };
    const typed = Object.fromEntries(fields.map((f) => [f.name, startingText(f, preset)]));
    const fromWizard = await fieldOptions(fields, typed, async () => null);
    const fromCli = await recipeOptions(new Map(), [...CATALOGUE]);
    const differ = CATALOGUE.flatMap((recipe) =>
      recipe.options
        .filter((o) => o.name !== "endMonth" && o.name !== "area")
        .filter((o) => ![fromCli[o.name], o.defaultValue].includes(fromWizard[o.name] as never))
        .map((o) => `${recipe.id} ${o.name}: ${String(fromWizard[o.name])}`),
    );
    expect(differ).toEqual([]);
    expect([fromWizard.category, fromCli.category]).toEqual([undefined, undefined]);
    expect(surveyRecipe.options.find((o) => o.name === "category")?.defaultText).toBe("no count column");
  });
});
