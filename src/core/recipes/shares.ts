import { sharesTable } from "../tables";
import { defineRecipe } from "./define-recipe";
import { PARTNER_OPTIONS } from "./options";
import { required } from "./read-options";

/** Seed tables 5.5, 3.6, 3.4 and 3.1: counts of a partner's cross-tab as shares of a total. */
export const sharesRecipe = defineRecipe({
  id: "shares",
  title: "Shares of a total",
  description:
    "Each count of a partner's cross-tab with its share of its column's total or of a named row; held-back cells kept.",
  seed: "5.5, 3.6, 3.4, 3.1",
  input: "table",
  standard: false,
  options: [PARTNER_OPTIONS.table, PARTNER_OPTIONS.ofRow, PARTNER_OPTIONS.decimals, PARTNER_OPTIONS.title],
  run: (_dataset, o) =>
    sharesTable({ table: required(o.table, "shares", "table"), ofRow: o.ofRow, decimals: o.decimals, title: o.title }),
});
