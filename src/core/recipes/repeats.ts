import { repeatsTable } from "../tables";
import { defineRecipe } from "./define-recipe";
import { OPTIONS, PARTNER_OPTIONS } from "./options";
import { required } from "./read-options";

/** Seed tables 3.4 and 3.6: repeat victims or repeat cases as a % of all. */
export const repeatsRecipe = defineRecipe({
  id: "repeats",
  title: "Repeat victims or cases as a % of all",
  description:
    "Per period, distinct victims (or cases), those seen more than once and the % repeat, from records with an ID column or a partner's counts.",
  seed: "3.4, 3.6",
  input: "table",
  standard: false,
  options: [
    {
      ...PARTNER_OPTIONS.table,
      description:
        "records with an ID column (one row per incident or case, with its date), or a partner's counts: a row of repeats and the row they are of, a column per period",
    },
    {
      name: "repeatIdColumn",
      type: "text",
      label: "Victim or case ID column",
      description: "the column of victim, offender or case IDs in the records",
      defaultText: 'a column headed "ID" or ending in " ID"',
    },
    {
      name: "dateColumn",
      type: "text",
      label: "Date column",
      description: "the column of each record's date or month",
      defaultText: 'a column headed "Date", "Month" or "Period"',
    },
    {
      name: "rowColumn",
      type: "text",
      label: "Rows by column",
      description: "the column the records are grouped by, one row each (such as District), with a row of all",
      defaultText: "one row of all the records",
    },
    {
      ...PARTNER_OPTIONS.ofRow,
      description: "the row the repeats are a share of, in a partner's counts",
      defaultText: "the one row other than the repeats",
    },
    OPTIONS.endMonth,
    { ...OPTIONS.years, description: "number of periods shown, 1 to 3", range: { min: 1, max: 3 } },
    OPTIONS.periodMonths,
    PARTNER_OPTIONS.partnerStartMonth,
    PARTNER_OPTIONS.decimals,
    PARTNER_OPTIONS.title,
  ],
  run: (_dataset, o) =>
    repeatsTable({
      table: required(o.table, "repeats", "table"),
      repeatIdColumn: o.repeatIdColumn,
      dateColumn: o.dateColumn,
      rowColumn: o.rowColumn,
      ofRow: o.ofRow,
      endMonth: o.endMonth,
      years: o.years,
      periodMonths: o.periodMonths,
      startMonth: o.startMonth,
      decimals: o.decimals,
      title: o.title,
    }),
});
