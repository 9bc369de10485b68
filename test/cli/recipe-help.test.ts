import { helpText, recipeHelpText } from "../../src/cli/help-text";
import { optionFlag } from "../../src/cli/option-flag";
import { CATALOGUE } from "../../src/core/tables/catalogue";
import { runSatk } from "./run-satk";

describe("the help of each recipe, made by commander from its declaration", () => {
  it.each(CATALOGUE.map((r) => [r.id, r] as const))(
    "%s: names the recipe, its seed section and title, and every declared option with its default",
    (id, recipe) => {
      const help = recipeHelpText(id);
      expect(help.startsWith(`Usage: satk table ${id} --input <files...> [options]\n`)).toBe(true);
      expect(help).toContain(`(seed ${recipe.seed}) ${recipe.title}`);
      for (const option of recipe.options) {
        const given = option.required ? "required" : `default: ${option.defaultText}`;
        expect(help).toContain(`      ${optionFlag(option.name).padEnd(20)} ${option.description} (${given}) [`);
      }
      expect(help.split("\n").filter((l) => /^ {6}--/.test(l))).toHaveLength(recipe.options.length);
    },
  );

  it("says each option's type and range as declared: the rolling year's years 2 or 3, the period length 1 to 12", () => {
    expect(recipeHelpText("rolling-year")).toContain("(default: 2) [a whole number, 2 or 3]");
    expect(recipeHelpText("period-comparison")).toContain("(default: 12) [a whole number, 1 to 12]");
    expect(recipeHelpText("period-comparison")).toContain("(default: shown) [one of shown, none]");
    expect(recipeHelpText("rolling-year")).toContain("(default: latest month in the data) [a month, YYYY-MM]");
  });

  it("is what satk table <recipe> --help and satk <recipe> --help print, exit 0; satk --help prints every recipe's lines", async () => {
    for (const argv of [
      ["table", "rate", "--help"],
      ["rate", "--help"],
    ]) {
      const run = await runSatk(...argv);
      expect([run.code, run.out, run.err]).toEqual([0, recipeHelpText("rate"), ""]);
    }
    const all = await runSatk("--help");
    expect([all.code, all.out]).toEqual([0, helpText()]);
    for (const recipe of CATALOGUE)
      for (const line of recipeHelpText(recipe.id)
        .split("\n")
        .filter((l) => /^ {6}--/.test(l)))
        expect(all.out).toContain(line);
  });
});
