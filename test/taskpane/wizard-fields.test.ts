import { fieldOptions, wizardFields, wizardText } from "../../src/taskpane/wizard-fields";
import { optionRef } from "../../src/core/remedy";
import { readFileSync } from "fs";
import { join } from "path";
import { chosenRecipes, makeTables, offeredRecipes } from "../../src/taskpane/wizard-logic";

describe("wizardFields", () => {
  const fields = wizardFields();

  it("offers the options the wizard lacked before: period length, start month, codes table, survey answers, SPC rules", () => {
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get("periodMonths")).toMatchObject({
      id: "satk-period-months",
      label: "Period length (months)",
      type: "whole",
      defaultValue: 12,
      recipes: ["period-comparison", "outcomes", "repeats"],
    });
    expect(byName.get("startMonth")?.recipes).toEqual([
      "period-comparison",
      "fy-pivot",
      "category-by-year",
      "partner-counts",
      "repeats",
    ]);
    expect(byName.get("startMonth")?.hint).toContain("Default: 4 (April); category-by-year: 1 (calendar years).");
    expect(byName.get("codes")?.type).toBe("table");
    expect(byName.get("answers")).toMatchObject({ required: true, recipes: ["survey"] });
    expect(byName.get("rules")).toMatchObject({ type: "choice", defaultValue: "MDC" });
    expect(byName.has("grouping")).toBe(false);
  });

  it("leaves a choice blank, each recipe's own default, where the recipes' defaults differ (ranking: lowest, or none for a partner's table)", () => {
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get("rank")).toMatchObject({
      type: "choice",
      defaultValue: "",
      recipes: ["period-comparison", "partner-counts"],
    });
    expect(byName.get("totalRow")).toMatchObject({ type: "choice", defaultValue: "shown" });
  });

  it("reads each field as its declared type, a blank field left to the recipe's default", async () => {
    const tables = new Map([
      [
        "Codes",
        [
          ["Code", "Description"],
          ["1", "Burglary"],
        ],
      ],
    ]);
    const options = await fieldOptions(
      fields,
      {
        periodMonths: "3",
        startMonth: "",
        categories: "All crime, Burglary",
        codes: "Codes",
        significance: "on",
        endMonth: "24300",
      },
      async (w) => tables.get(w) ?? null,
    );
    expect(options).toEqual({
      periodMonths: 3,
      categories: ["All crime", "Burglary"],
      codes: [
        ["Code", "Description"],
        ["1", "Burglary"],
      ],
      significance: 0.05,
      endMonth: 24300,
    });
    await expect(fieldOptions(fields, { years: "two" }, async () => null)).rejects.toThrow(
      'Number of years must be a whole number, not "two".',
    );
  });
});

describe("a partner's table through the wizard's fields (issue 21's options, declared once)", () => {
  const csv = readFileSync(join(__dirname, "..", "fixtures", "seed-partner", "one-stop-shops-3-5.csv"), "utf8");
  const visitors = csv
    .trim()
    .split("\n")
    .map((line) => line.split(","));

  it("makes seed 3.5 from a sheet named in the Partner's table field, July-June years, the file's own total checked", async () => {
    const typed = {
      table: "Visitors",
      startMonth: "7",
      totalLabel: "Total",
      breaks: "Sheerness ²=2015/16",
      rank: "",
      totalRow: "shown",
    };
    const options = await fieldOptions(wizardFields(offeredRecipes()), typed, async (w) =>
      w === "Visitors" ? visitors : null,
    );
    expect(options).toMatchObject({
      startMonth: 7,
      totalLabel: "Total",
      totalRow: "shown",
      breaks: "Sheerness ²=2015/16",
    });
    const [result] = await makeTables(
      null as never,
      chosenRecipes(["partner-counts"], false),
      options,
      () => undefined,
      { cancelled: false },
    );
    if (!("table" in result)) throw new Error(result.error);
    const total = result.table.rows.find((r) => r.kind === "total");
    // 3173 - 2410 = 763; 763 / 2410 = 31.66%, printed 31.7; no rank column unless asked.
    expect(total?.cells.map((c) => c.value)).toEqual(["Total", 891, 1054, 1259, 1835, 2410, 3173, 763, 31.7]);
  });
});

describe("outcomes and repeats through the wizard's fields (declared once, as the CLI's flags)", () => {
  const csv = readFileSync(join(__dirname, "..", "fixtures", "seed-partner", "msg-outcomes-3-1.csv"), "utf8");
  const msg = csv
    .trim()
    .split("\n")
    .map((line) => line.split(","));

  it("makes seed 3.1's charge/summons shares for the forces typed, in their order", async () => {
    const typed = { table: "MSG", forces: "Kent, Derbyshire", outcomes: "Charge/Summons", outcomeCounts: "shown" };
    const options = await fieldOptions(wizardFields(offeredRecipes()), typed, async (w) => (w === "MSG" ? msg : null));
    expect(options).toMatchObject({
      forces: ["Kent", "Derbyshire"],
      outcomes: ["Charge/Summons"],
      outcomeCounts: "shown",
    });
    const [result] = await makeTables(null as never, chosenRecipes(["outcomes"], false), options, () => undefined, {
      cancelled: false,
    });
    if (!("table" in result)) throw new Error(result.error);
    // 4854 / 51637 = 9.4%, 4330 / 40090 = 10.8%; 2611 / 11158 = 23.4%, 2954 / 12465 = 23.7% (the seed's figures)
    expect(result.table.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      ["Kent", 51637, 40090, 4854, 9.4, 4330, 10.8],
      ["Derbyshire", 11158, 12465, 2611, 23.4, 2954, 23.7],
    ]);
  });

  it("offers the repeats' ID, date and row columns as fields of their own", () => {
    const byName = new Map(wizardFields(offeredRecipes()).map((f) => [f.name, f]));
    expect(byName.get("repeatIdColumn")).toMatchObject({
      id: "satk-repeat-id-column",
      type: "text",
      recipes: ["repeats"],
    });
    expect(byName.get("crimes")).toMatchObject({ type: "table", recipes: ["outcomes"] });
  });
});

describe("wizardText", () => {
  it("says a remedy as the label of the field or choice the analyst changes", () => {
    expect(wizardText(`choose them with ${optionRef("areas")}.`)).toBe('choose them with "The force\'s own areas".');
    expect(wizardText(`leave out ${optionRef("startMonth")} or give 4`)).toBe('leave out "Start month" or give 4');
    expect(wizardText(`choose the column of counts (${optionRef("countColumn")}).`)).toBe(
      "choose the column of counts (the Count column role).",
    );
  });
});
