import { fieldOptions, wizardFields, wizardText } from "../../src/taskpane/wizard-fields";
import { optionRef } from "../../src/core/remedy";

describe("wizardFields", () => {
  const fields = wizardFields();

  it("offers the options the wizard lacked before: period length, start month, codes table, survey answers, SPC rules", () => {
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get("periodMonths")).toMatchObject({ id: "satk-period-months", label: "Period length (months)", type: "whole", defaultValue: 12, recipes: ["period-comparison"] });
    expect(byName.get("startMonth")?.recipes).toEqual(["fy-pivot", "category-by-year", "partner-counts"]);
    expect(byName.get("startMonth")?.hint).toContain("Default: 4 (April); category-by-year: 1 (calendar years).");
    expect(byName.get("codes")?.type).toBe("table");
    expect(byName.get("answers")).toMatchObject({ required: true, recipes: ["survey"] });
    expect(byName.get("rules")).toMatchObject({ type: "choice", defaultValue: "MDC" });
    expect(byName.has("grouping")).toBe(false);
  });

  it("leaves a choice blank, each recipe's own default, where the recipes' defaults differ (ranking: lowest, or none for a partner's table)", () => {
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get("rank")).toMatchObject({ type: "choice", defaultValue: "", recipes: ["period-comparison", "partner-counts"] });
    expect(byName.get("totalRow")).toMatchObject({ type: "choice", defaultValue: "shown" });
  });

  it("reads each field as its declared type, a blank field left to the recipe's default", async () => {
    const tables = new Map([["Codes", [["Code", "Description"], ["1", "Burglary"]]]]);
    const options = await fieldOptions(fields, { periodMonths: "3", startMonth: "", categories: "All crime, Burglary", codes: "Codes", significance: "on", endMonth: "24300" }, async (w) => tables.get(w) ?? null);
    expect(options).toEqual({ periodMonths: 3, categories: ["All crime", "Burglary"], codes: [["Code", "Description"], ["1", "Burglary"]], significance: 0.05, endMonth: 24300 });
    await expect(fieldOptions(fields, { years: "two" }, async () => null)).rejects.toThrow('Number of years must be a whole number, not "two".');
  });
});

describe("wizardText", () => {
  it("says a remedy as the label of the field or choice the analyst changes", () => {
    expect(wizardText(`choose them with ${optionRef("areas")}.`)).toBe('choose them with "The force\'s own areas".');
    expect(wizardText(`leave out ${optionRef("startMonth")} or give 4`)).toBe('leave out "Start month" or give 4');
    expect(wizardText(`choose the column of counts (${optionRef("countColumn")}).`)).toBe("choose the column of counts (the Count column role).");
  });
});
