import { areaComparisonRecipe } from "../recipes";
import { categoryByYearRecipe } from "../recipes";
import { fyPivotRecipe } from "../recipes";
import { partnerCountsRecipe } from "../recipes";
import { periodComparisonRecipe } from "../recipes";
import { rateRecipe } from "../recipes";
import { rollingYearRecipe } from "../recipes";
import { sharesRecipe } from "../recipes";
import { spcSeriesRecipe } from "../recipes";
import { spcSummaryRecipe } from "../recipes";
import { surveyRecipe } from "../recipes";

export type { Matrix, OptionName, OptionSchema, OptionType, RecipeInfo, RecipeOptions } from "../recipes";

/**
 * The list of recipes, each declared in its own module under src/core/recipes: what the command-line
 * tool's `--help` prints, what `satk table <id>` runs, and what the wizard offers ("all standard
 * tables" = the entries with `standard: true`). To add a recipe, declare it there and list it here.
 */
export const CATALOGUE = [
  rollingYearRecipe,
  areaComparisonRecipe,
  rateRecipe,
  periodComparisonRecipe,
  fyPivotRecipe,
  spcSeriesRecipe,
  spcSummaryRecipe,
  surveyRecipe,
  categoryByYearRecipe,
  partnerCountsRecipe,
  sharesRecipe,
] as const;

/** The id of a recipe of the catalogue: "rolling-year", "area-comparison", ... */
export type RecipeId = (typeof CATALOGUE)[number]["id"];
