import { outcomesTable } from "../tables";
import { defineRecipe } from "./define-recipe";
import { OPTIONS, PARTNER_OPTIONS } from "./options";
import { required } from "./read-options";

/** Seed table 3.1's most similar group table: outcomes as a % of recorded crimes by force. */
export const outcomesRecipe = defineRecipe({
  id: "outcomes",
  title: "Outcomes as a % of recorded crimes, by force",
  description:
    "Per force, recorded crimes and the % with each outcome (charge/summons, caution, ...), from police.uk outcomes and street files or a partner's counts.",
  seed: "3.1",
  input: "table",
  standard: false,
  options: [
    {
      ...PARTNER_OPTIONS.table,
      description:
        "a police.uk outcomes file (Crime ID, ..., Outcome type), or a partner's counts: Force, Period, Recorded crimes, a column per outcome",
    },
    {
      name: "crimes",
      type: "table",
      label: "Recorded crimes (street file)",
      description: "the police.uk street file of the same force and months, the crimes the outcomes are of",
      defaultText: "needed with a police.uk outcomes file",
    },
    {
      ...OPTIONS.category,
      description: 'crime type counted, in the street file\'s words, e.g. "Violence and sexual offences"',
    },
    {
      name: "outcomeGroups",
      type: "table",
      label: "Outcome groups table",
      description: "outcome groups: a table of Outcome type (police.uk's words) and Group",
      defaultText: "the seed's five: Charge/Summons, Cautions, Comm Res., No suspect identified, Unable to prosecute",
    },
    {
      name: "outcomes",
      type: "list",
      label: "Outcomes shown",
      description: "outcome groups shown, in order, comma-separated",
      defaultText: "every group",
    },
    {
      name: "forces",
      type: "list",
      label: "Forces",
      description: "forces shown, in order, comma-separated (the most similar group)",
      defaultText: "every force, in the order met",
    },
    OPTIONS.endMonth,
    { ...OPTIONS.years, description: "number of periods shown, 1 to 3", range: { min: 1, max: 3 } },
    OPTIONS.periodMonths,
    {
      name: "outcomeCounts",
      type: "choice",
      label: "Outcome counts",
      description: "each outcome's count beside its %: shown or none",
      defaultText: "none (the seed's layout)",
      defaultValue: "none",
      choices: ["shown", "none"],
      mustBe: "The outcome counts must be shown or none",
    },
    PARTNER_OPTIONS.decimals,
    PARTNER_OPTIONS.title,
  ],
  run: (_dataset, o) =>
    outcomesTable({
      table: required(o.table, "outcomes", "table"),
      crimes: o.crimes,
      category: o.category,
      outcomeGroups: o.outcomeGroups,
      outcomes: o.outcomes,
      forces: o.forces,
      endMonth: o.endMonth,
      years: o.years,
      periodMonths: o.periodMonths,
      outcomeCounts: o.outcomeCounts,
      decimals: o.decimals,
      title: o.title,
    }),
});
