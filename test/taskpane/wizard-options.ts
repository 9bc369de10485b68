/**
 * The recipe options of the wizard's older parameter set, for the tests that make tables with them; the
 * wizard itself takes its options from the fields the recipe declarations generate (wizard-fields.ts).
 */
import type { RecipeOptions } from "../../src/core/tables/catalogue";
import type { CellValue } from "../../src/excel/workbook-port";
import { SIGNIFICANCE_LEVEL, type TableParameters } from "../../src/taskpane/wizard-logic";

export function recipeOptions(
  p: TableParameters,
  population: CellValue[][] | null,
  divisions: CellValue[][] | null,
): RecipeOptions {
  return {
    endMonth: p.endMonth,
    area: p.area || null,
    category: p.category || null,
    years: p.years,
    population,
    divisions,
    significance: p.significance ? SIGNIFICANCE_LEVEL : null,
  };
}
