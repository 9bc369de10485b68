import type { ColumnRoles, Layout } from "../core/detect";
import type { TableParameters } from "./wizard-logic";
import { monthKey } from "../core/periods";
import type { TableModel } from "../core/tables";
import { absoluteReference, parseAddress, splitReference } from "../excel";
import { functionName } from "../excel";
import type { RangeRef, WorkbookPort } from "../excel";

/**
 * The wizard's "live formulas" choice (issue 25): instead of a table's values, its sheet gets the one
 * formula that computes it (CSP.RYTABLE, CSP.AREATABLE, CSP.RATETABLE, CSP.FYPIVOT) over the source's
 * columns, so the table updates when the extract's cells change, as the MoRiLE matrix's formulas do.
 * A table the live functions cannot make as the wizard made it (another recipe, LSOA or ward areas, a
 * significance column, a population added up from lower areas) is written as values, and says why.
 * Function names take the namespace from one place (`functionName`).
 */

/** How the wizard writes its tables. */
export type TableOutput = "values" | "formulas";

export const TABLE_OUTPUT_LABELS: Readonly<Record<TableOutput, string>> = {
  values: "Values (as now)",
  formulas: "Live formulas (update with the data)",
};

/** What a live formula needs from the wizard: where the data are and how they were read, and the table's choices. */
export interface LiveChoices {
  /** The source range (its header row included), its header row within it, layout and column roles. */
  source: RangeRef;
  headerRow: number;
  layout: Layout;
  roles: ColumnRoles;
  endMonth: number;
  area: string;
  category: string;
  years: 2 | 3;
  /** "default", "none" or "police-uk". */
  grouping: string;
  /** References of the population and divisions tables ("'Population'!$A$1:$C$20"), or "" for none. */
  population: string;
  divisions: string;
  populationColumn: string;
  /** Why no table can be live whatever its recipe (an area level other than districts, significance), or "". */
  notLive: string;
}

/** A table's live formula, or the reason it is written as values. */
export type LivePlan = { formula: string } | { reason: string };

/** The recipes a live function makes. */
const LIVE_RECIPES = new Set(["rolling-year", "area-comparison", "rate", "fy-pivot"]);

/**
 * The live formula of a table the wizard made, over the source's columns.
 *
 * @param table the table as made (its recipe decides the function)
 * @param choices the source and the choices it was made with
 * @returns the formula, or why the table is written as values; null for a table no live function makes (key findings, SPC)
 * @throws never
 * @example
 * liveFormula(table, choices); // => { formula: "=CSP.RYTABLE('Data'!$B$2:$B$9,'Data'!$J$2:$J$9,\"2018-10\",'Data'!$I$2:$I$9,\"Maidstone\",,2)" }
 */
export function liveFormula(table: TableModel, choices: LiveChoices): LivePlan | null {
  if (!LIVE_RECIPES.has(table.recipe)) return null;
  if (choices.notLive) return { reason: choices.notLive };
  if (choices.layout !== "record" || choices.roles.year !== undefined || choices.roles.count !== undefined) {
    return { reason: "live formulas read one row per crime; these data are counts" };
  }
  const column = (role: "month" | "category" | "area") => columnRef(choices, choices.roles[role]);
  const [months, categories, areas] = [column("month"), column("category"), column("area")];
  if (!months) return { reason: "no month column" };
  const end = text(monthKey(choices.endMonth));
  const grouping = choices.grouping === "none" || choices.grouping === "police-uk" ? text(choices.grouping) : "";
  const category = categories && choices.category ? text(choices.category) : "";
  const call = (id: string, args: string[]) => ({ formula: `=${functionName(id)}(${trimmed(args).join(",")})` });
  switch (table.recipe) {
    case "rolling-year":
      if (!categories) return { reason: "no crime type column" };
      return call("RYTABLE", [
        months,
        categories,
        end,
        areas ?? "",
        areas && choices.area ? text(choices.area) : "",
        grouping,
        String(choices.years),
      ]);
    case "area-comparison":
      if (!areas) return { reason: "no area column" };
      if (grouping) return { reason: "the live area table takes the default grouping" };
      return call("AREATABLE", [
        months,
        areas,
        end,
        categories ?? "",
        category,
        choices.divisions,
        String(choices.years),
      ]);
    case "rate":
      if (!areas) return { reason: "no area column" };
      if (!choices.population) return { reason: "no population table" };
      if (grouping) return { reason: "the live rate table takes the default grouping" };
      return call("RATETABLE", [
        months,
        areas,
        end,
        choices.population,
        categories ?? "",
        category,
        String(choices.years),
        choices.divisions,
        choices.populationColumn ? text(choices.populationColumn) : "",
      ]);
    case "fy-pivot":
      if (grouping) return { reason: "the live pivot takes the default grouping" };
      return call("FYPIVOT", [
        months,
        "",
        categories ?? "",
        category,
        areas ?? "",
        areas && choices.area ? text(choices.area) : "",
      ]);
    default:
      return null;
  }
}

/**
 * Why no table can be live with the wizard's step 2 choices, or "": the live functions count LSOA names in
 * their districts, take no list of the force's own areas and have no significance column.
 *
 * @param choices the area level and own areas as typed, and the significance check box
 * @returns the reason in words, or ""
 * @throws never
 * @example
 * notLiveReason({ level: "ward", areas: "", significance: false }); // => "live formulas count areas as districts"
 */
export function notLiveReason(choices: { level: string; areas: string; significance: boolean }): string {
  if (choices.level !== "" && choices.level !== "district") return "live formulas count areas as districts";
  if (choices.areas.trim() !== "") return "live formulas take no list of the force's own areas";
  if (choices.significance) return "live formulas have no significance column";
  return "";
}

/** The data rows of one source column as an absolute reference, or null when the role has no column. */
function columnRef(choices: LiveChoices, column: number | undefined): string | null {
  if (column === undefined) return null;
  const rect = parseAddress(choices.source.address);
  const first = rect.row + choices.headerRow + 1;
  return absoluteReference(choices.source.sheet, {
    row: first,
    column: rect.column + column,
    rows: Math.max(1, rect.row + rect.rows - first),
    columns: 1,
  });
}

/** A text argument: quoted, its quotes doubled, so that no name can end the text and become part of the formula. */
function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** Arguments with the omitted ones at the end left off (Excel passes them as omitted either way). */
function trimmed(args: string[]): string[] {
  const list = [...args];
  while (list.length > 0 && list[list.length - 1] === "") list.pop();
  return list;
}

/**
 * The reference of a population or divisions table the analyst named (as `readLookup` finds it: an address
 * with its sheet, a table, or a sheet's used range), for a formula; "" for none.
 *
 * @param workbook the workbook
 * @param where the name or address as typed
 * @returns the sheet-qualified absolute reference, or ""
 * @throws the workbook's error when the name is neither a table nor a sheet
 * @example
 * await lookupReference(workbook, "Population!A1:C20"); // => "'Population'!$A$1:$C$20"
 */
export async function lookupReference(workbook: WorkbookPort, where: string): Promise<string> {
  const name = where.trim();
  if (name === "") return "";
  if (name.lastIndexOf("!") > 0) {
    const ref = splitReference(name, "");
    return absoluteReference(ref.sheet, parseAddress(ref.address));
  }
  const key = name.toLowerCase();
  const table = (await workbook.listTables()).find((t) => t.name.toLowerCase() === key);
  const found = table
    ? await workbook.readTable(table.name)
    : await workbook.readUsedRange((await workbook.listSheets()).find((s) => s.toLowerCase() === key) ?? name);
  return absoluteReference(found.sheet, parseAddress(found.address));
}

/**
 * Writes a table as its live formula on its new sheet: the title, a line saying what the formula reads,
 * and the formula, whose result spills below it with its header row.
 *
 * @param workbook the workbook
 * @param sheet the table's new sheet
 * @param table the table as made (its title)
 * @param formula the live formula
 * @returns nothing
 * @throws whatever the workbook throws
 * @example
 * await writeLiveTable(workbook, "Rolling year Maidstone", table, "=CSP.RYTABLE(...)");
 */
export async function writeLiveTable(
  workbook: WorkbookPort,
  sheet: string,
  table: TableModel,
  formula: string,
): Promise<void> {
  await workbook.writeValues(sheet, "A1", [
    [table.title],
    [
      "Live table: the formula in A4 recalculates it from the data whenever they change; notes and source are with the values version.",
    ],
  ]);
  await workbook.formatRange({ sheet, address: "A1" }, { bold: true });
  await workbook.writeFormulas(sheet, "A4", [[formula]]);
}

/**
 * The wizard's live-formula plan for each table it made, from its source, roles and step 2 choices
 * (the population and divisions tables' references looked up once).
 *
 * @param workbook the workbook
 * @param read the source, its header row, layout, roles and grouping as confirmed in step 1
 * @param params the step 2 parameters
 * @param areas the area level, own areas and population column as typed
 * @returns the function `writeOutputs` asks for each table's plan
 * @throws the workbook's error when a named population or divisions table is not there
 * @example
 * await writeOutputs(workbook, tables, progress, cancel, await liveWriter(workbook, read, params, areas));
 */
export async function liveWriter(
  workbook: WorkbookPort,
  read: { source: RangeRef; headerRow: number; layout: Layout; roles: ColumnRoles; grouping: string },
  params: TableParameters,
  areas: { level: string; areas: string; populationColumn: string },
): Promise<(table: TableModel) => LivePlan | null> {
  const choices: LiveChoices = {
    source: { sheet: read.source.sheet, address: read.source.address },
    headerRow: read.headerRow,
    layout: read.layout,
    roles: read.roles,
    endMonth: params.endMonth,
    area: params.area,
    category: params.category,
    years: params.years,
    grouping: read.grouping,
    population: await lookupReference(workbook, params.population),
    divisions: await lookupReference(workbook, params.divisions),
    populationColumn: areas.populationColumn,
    notLive: notLiveReason({ ...areas, significance: params.significance ?? false }),
  };
  return (table) => liveFormula(table, choices);
}
