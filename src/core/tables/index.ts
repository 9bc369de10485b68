/**
 * src/core/tables: The recipes' helpers: the TableModel, count cubes, groupings, areas, periods held, the table builders
 * the recipe declarations (core/recipes) run, and the catalogue. Imports data, detect, periods, change,
 * house-style, significance, spc, survey, areas, cells and the core root.
 */

export * from "./add-up-population";
export * from "./all-crime";
export * from "./area-comparison";
export * from "./area-key";
export * from "./area-rows";
export * from "./catalogue";
export * from "./category-by-year";
export * from "./category-grouping";
export * from "./change-cells";
export * from "./count-cube";
export * from "./counted";
export * from "./cube-series";
export * from "./cube-sum";
export * from "./default-grouping";
export * from "./division-table";
export * from "./file-total";
export * from "./find-column";
export * from "./find-recipe";
export * from "./fy-pivot";
export * from "./group-counts";
export * from "./grouping-for";
export * from "./grouping-table";
export * from "./left-out-tables";
export * from "./name-indices";
export * from "./name-key";
export * from "./needs-months";
export * from "./parse-series-breaks";
export * from "./partner-counts";
export * from "./period-comparison";
export * from "./periods-held";
export * from "./population-layout";
export * from "./population-table";
export * from "./rank-choice";
export * from "./rate-table";
export * from "./read-population";
export * from "./resolve-area";
export * from "./resolve-category";
export * from "./resolve-end-month";
export * from "./rolling-year-cells";
export * from "./rolling-year-header";
export * from "./rolling-year";
export * from "./shares-table";
export * from "./significance-cell";
export * from "./spc-series";
export * from "./spc-summary";
export * from "./standard-tables";
export * from "./survey-table";
export * from "./table-model";
export * from "./table-notes";
export * from "./uncovered-reason";
export * from "./whole-years";
export * from "./window-cells";
