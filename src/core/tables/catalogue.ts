import { areaComparisonRecipe } from "../recipes/area-comparison";
import { categoryByYearRecipe } from "../recipes/category-by-year";
import { fyPivotRecipe } from "../recipes/fy-pivot";
import { partnerCountsRecipe } from "../recipes/partner-counts";
import { outcomesRecipe } from "../recipes/outcomes";
import { periodComparisonRecipe } from "../recipes/period-comparison";
import { rateRecipe } from "../recipes/rate";
import { repeatsRecipe } from "../recipes/repeats";
import { rollingYearRecipe } from "../recipes/rolling-year";
import { sharesRecipe } from "../recipes/shares";
import { spcSeriesRecipe } from "../recipes/spc-series";
import { spcSummaryRecipe } from "../recipes/spc-summary";
import { surveyRecipe } from "../recipes/survey";

export type { Matrix, OptionName, OptionSchema, OptionType, RecipeInfo, RecipeOptions } from "../recipes/recipe";

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
  outcomesRecipe,
  repeatsRecipe,
] as const;

/** The id of a recipe of the catalogue: "rolling-year", "area-comparison", ... */
export type RecipeId = (typeof CATALOGUE)[number]["id"];
