import { HOUSE_COLOURS } from "../core/house-style";
import { illustrativeProfile } from "../core/morile";
import { SECTION_NAMES, type MorileProfile } from "../core/morile";
import { writeProfile, type WrittenProfile } from "../core/morile";
import { absoluteReference, columnLetters } from "./a1";
import type { CellValue, ListValidation, RangeFormatting, RangeRef, TextFillRule, WorkbookPort } from "./workbook-port";
import { pointsForCharacters } from "./column-width";
import { FUNCTIONS_NAMESPACE } from "./functions-namespace";
import { allOrNothing } from "./sheet-run";

/**
 * The MoRiLE scoring matrix: three new sheets built from a profile.
 * - the profile sheet holds the profile (the built-in Illustrative one, stated as not the official
 *   MoRiLE values) in the layout of docs/morile-profile.md, for the analyst to edit;
 * - the matrix sheet has one row per theme (the seed assessment's themes and spare rows), a drop-down of
 *   each criterion's levels pointing at the profile sheet's cells, and a live CSP.MORILE.DETAIL formula
 *   per row that passes the profile sheet's range, plus a rank column;
 * - the priority sheet lists the themes by final score with INDEX/MATCH on that rank, so it re-sorts
 *   as ratings change; bands are coloured by fill rules.
 * The blocks are planned by a pure function (`planMorileMatrix`) and then applied with one write per block.
 */

/** The candidate themes of the Maidstone Strategic Assessment 2018-19 (sections 1.3 to 1.5, 3 to 12). */
export const SEED_THEMES: readonly string[] = [
  "Organised crime groups (including modern slavery)",
  "Gangs and child sexual exploitation (CSE)",
  "Substance misuse",
  "Domestic abuse",
  "Mental health (including identification of vulnerabilities)",
  "Other violent crime",
  "Sexual offences",
  "Anti-social behaviour",
  "Reducing reoffending",
  "Prevent (counter terrorism and domestic extremism)",
  "Safeguarding (self-neglect and hoarding)",
  "Unlawful encampments",
  "Environmental crime",
];

/** Blank theme rows below the seed's, ready for the analyst's own themes. */
export const SPARE_THEME_ROWS = 7;

/** The sheets a new matrix was written to (names as `addSheet` gave them). */
export interface MorileMatrixSheets {
  profileSheet: string;
  matrixSheet: string;
  prioritySheet: string;
}

/** One block of cells to write: values stay text; formulas are "=..." strings among constants. */
export interface MatrixBlock {
  sheet: string;
  topLeft: string;
  kind: "values" | "formulas";
  cells: CellValue[][];
}

export interface MorileMatrixPlan {
  blocks: MatrixBlock[];
  validations: ListValidation[];
  fills: TextFillRule[];
  formats: { ref: RangeRef; format: RangeFormatting }[];
}

const DETAIL_HEADINGS = [
  "Harm",
  "Likelihood",
  "Risk",
  SECTION_NAMES.confidence,
  SECTION_NAMES.organisational,
  "Final score",
  "Band",
];
const DEFAULT_FILLS = ["#F8CBAD", "#FFE699", "#C6EFCE", "#DDEBF7", "#EDEDED"];
const HEADER_FILL = `#${HOUSE_COLOURS.header}`;
/** The first theme row of the matrix and the priority list (0-based: row 5 in Excel). */
const FIRST_ROW = 4;

/**
 * Plans every block, drop-down, fill rule and format of a new matrix, without touching a workbook.
 *
 * @param sheets the names `addSheet` gave the three sheets
 * @param profile the profile to lay out on the profile sheet
 * @param themes the theme names to prefill; `SPARE_THEME_ROWS` blank rows follow them
 * @param namespace the custom functions' namespace in the formulas: the running copy's (CSP, or CSPDEV)
 * @returns the plan
 * @throws never (the profile is assumed valid: one read by `readProfile` or the built-in one)
 * @example
 * planMorileMatrix({ profileSheet: "P", matrixSheet: "M", prioritySheet: "L" }, illustrativeProfile(), ["Domestic abuse"]).validations.length; // => 10
 */
export function planMorileMatrix(
  sheets: MorileMatrixSheets,
  profile: MorileProfile,
  themes: readonly string[],
  namespace = FUNCTIONS_NAMESPACE,
): MorileMatrixPlan {
  const laid = writeProfile(profile);
  const rows = themes.length + SPARE_THEME_ROWS;
  const plan: MorileMatrixPlan = { blocks: [], validations: [], fills: [], formats: [] };
  planProfileSheet(plan, sheets.profileSheet, laid);
  planMatrixSheet(plan, sheets, profile, laid, themes, rows, namespace);
  planPrioritySheet(plan, sheets, profile, laid, rows);
  return plan;
}

/**
 * Creates the MoRiLE scoring matrix in a workbook: the profile sheet (the built-in Illustrative profile,
 * not the official MoRiLE values), the matrix sheet with drop-downs and live CSP.MORILE.DETAIL formulas,
 * and the ranked priority list. Only new sheets are written (`addSheet` never reuses a name). This is
 * what the task pane's "New MoRiLE matrix" button runs.
 *
 * @param workbook the workbook port (Office.js or in-memory)
 * @param options another profile or other themes than the seed's, for callers that have them
 * @returns the names of the three sheets
 * @throws whatever the port throws (the plan itself cannot fail), as a RunUndoneError once the sheets it
 *   had added are removed
 * @example
 * const { matrixSheet } = await createMorileMatrix(new MemoryWorkbook()); // => "MoRiLE matrix"
 */
export async function createMorileMatrix(
  workbook: WorkbookPort,
  options: { profile?: MorileProfile; themes?: readonly string[] } = {},
): Promise<MorileMatrixSheets> {
  return allOrNothing(workbook, async (run) => {
    const sheets: MorileMatrixSheets = {
      profileSheet: await run.addSheet("MoRiLE profile"),
      matrixSheet: await run.addSheet("MoRiLE matrix"),
      prioritySheet: await run.addSheet("MoRiLE priorities"),
    };
    const plan = planMorileMatrix(sheets, options.profile ?? illustrativeProfile(), options.themes ?? SEED_THEMES);
    for (const block of plan.blocks) {
      if (block.kind === "values") await workbook.writeValues(block.sheet, block.topLeft, block.cells);
      else await workbook.writeFormulas(block.sheet, block.topLeft, block.cells);
    }
    for (const rule of plan.validations) await workbook.addListValidation(rule);
    for (const rule of plan.fills) await workbook.addTextFillRule(rule);
    for (const { ref, format } of plan.formats) await workbook.formatRange(ref, format);
    await workbook.activate(sheets.matrixSheet);
    return sheets;
  });
}

function planProfileSheet(plan: MorileMatrixPlan, sheet: string, laid: WrittenProfile): void {
  plan.blocks.push({ sheet, topLeft: "A1", kind: "values", cells: laid.values });
  const rows = [laid.nameRow, ...laid.headingRows];
  for (const row of rows)
    plan.formats.push({ ref: { sheet, address: `A${row + 1}:D${row + 1}` }, format: { bold: true } });
  [34, 28, 24, 10].forEach((width, c) =>
    plan.formats.push({
      ref: { sheet, address: `${columnLetters(c)}1` },
      format: { columnWidthPoints: pointsForCharacters(width) },
    }),
  );
}

function planMatrixSheet(
  plan: MorileMatrixPlan,
  sheets: MorileMatrixSheets,
  profile: MorileProfile,
  laid: WrittenProfile,
  themes: readonly string[],
  rows: number,
  namespace: string,
): void {
  const sheet = sheets.matrixSheet;
  const n = profile.criteria.length;
  const at = (column: number, row: number) => `${columnLetters(column)}${row + 1}`;
  const profileCell = (row: number, column: number) =>
    absoluteReference(sheets.profileSheet, { row, column, rows: 1, columns: 1 });
  const profileRange = absoluteReference(sheets.profileSheet, {
    row: 0,
    column: 0,
    rows: laid.values.length,
    columns: 4,
  });
  const first = FIRST_ROW;
  const last = FIRST_ROW + rows - 1;
  const final = columnLetters(n + 6);

  plan.blocks.push({
    sheet,
    topLeft: "A1",
    kind: "formulas",
    cells: titleRows(
      sheets.profileSheet,
      "MoRiLE scoring matrix",
      laid,
      `Choose a level for each criterion from its drop-down; the score columns are live ${namespace}.MORILE.DETAIL formulas reading the profile sheet, so edits there flow through.`,
    ),
  });
  const header: CellValue[] = [
    "Theme",
    ...profile.criteria.map((_, i) => `=${profileCell(laid.criterionRows[i].nameRow, 0)}`),
    ...DETAIL_HEADINGS,
    "Rank",
  ];
  plan.blocks.push({ sheet, topLeft: at(0, first - 1), kind: "formulas", cells: [header] });
  plan.blocks.push({
    sheet,
    topLeft: at(0, first),
    kind: "values",
    cells: Array.from({ length: rows }, (_, i) => [themes[i] ?? ""]),
  });
  const detail = Array.from({ length: rows }, (_, i) => {
    const r = first + i + 1;
    const ratings = `B${r}:${columnLetters(n)}${r}`;
    // Blank until the first rating: a new matrix shows no #N/A; once rating starts, a missing one is #N/A naming it.
    return [`=IF(OR($A${r}="",COUNTIF(${ratings},"")=${n}),"",${namespace}.MORILE.DETAIL(${ratings},${profileRange}))`];
  });
  plan.blocks.push({ sheet, topLeft: at(n + 1, first), kind: "formulas", cells: detail });
  const rank = Array.from({ length: rows }, (_, i) => {
    const r = first + i + 1;
    return [
      `=IF(ISNUMBER(${final}${r}),COUNTIF($${final}$${first + 1}:$${final}$${last + 1},">"&${final}${r})+COUNTIF($${final}$${first + 1}:${final}${r},${final}${r}),"")`,
    ];
  });
  plan.blocks.push({ sheet, topLeft: at(n + 8, first), kind: "formulas", cells: rank });

  profile.criteria.forEach((_, i) => {
    const levels = laid.criterionRows[i];
    const source = absoluteReference(sheets.profileSheet, {
      row: levels.firstLevelRow,
      column: 2,
      rows: levels.lastLevelRow - levels.firstLevelRow + 1,
      columns: 1,
    });
    plan.validations.push({ sheet, address: `${at(i + 1, first)}:${at(i + 1, last)}`, source: `=${source}` });
  });
  addBandFills(plan, profile, sheet, `${at(n + 7, first)}:${at(n + 7, last)}`);
  plan.formats.push({ ref: { sheet, address: "A1" }, format: { bold: true } });
  plan.formats.push({
    ref: { sheet, address: `${at(0, first - 1)}:${at(n + 8, first - 1)}` },
    format: { bold: true, fill: HEADER_FILL, wrap: true },
  });
  plan.formats.push({ ref: { sheet, address: "A1" }, format: { columnWidthPoints: pointsForCharacters(48) } });
  plan.formats.push({
    ref: { sheet, address: `B1:${columnLetters(n + 8)}1` },
    format: { columnWidthPoints: pointsForCharacters(14) },
  });
}

function planPrioritySheet(
  plan: MorileMatrixPlan,
  sheets: MorileMatrixSheets,
  profile: MorileProfile,
  laid: WrittenProfile,
  rows: number,
): void {
  const sheet = sheets.prioritySheet;
  const n = profile.criteria.length;
  const first = FIRST_ROW;
  const matrixColumn = (column: number) =>
    absoluteReference(sheets.matrixSheet, { row: first, column, rows, columns: 1 });
  const rank = matrixColumn(n + 8);
  const pick = (column: number, r: number) => `=IFERROR(INDEX(${matrixColumn(column)},MATCH($A${r},${rank},0)),"")`;
  plan.blocks.push({
    sheet,
    topLeft: "A1",
    kind: "formulas",
    cells: titleRows(
      sheets.profileSheet,
      "MoRiLE priority list",
      laid,
      "Themes by final score, highest first (ties keep the matrix's order). A theme appears once every criterion is rated; the list updates as ratings change.",
    ),
  });
  plan.blocks.push({
    sheet,
    topLeft: `A${first}`,
    kind: "values",
    cells: [["Priority", "Theme", "Final score", "Band"]],
  });
  const body = Array.from({ length: rows }, (_, i) => {
    const r = first + i + 1;
    return [i + 1, pick(0, r), pick(n + 6, r), pick(n + 7, r)];
  });
  plan.blocks.push({ sheet, topLeft: `A${first + 1}`, kind: "formulas", cells: body });
  addBandFills(plan, profile, sheet, `D${first + 1}:D${first + rows}`);
  plan.formats.push({ ref: { sheet, address: "A1" }, format: { bold: true } });
  plan.formats.push({ ref: { sheet, address: `A${first}:D${first}` }, format: { bold: true, fill: HEADER_FILL } });
  plan.formats.push({ ref: { sheet, address: "B1" }, format: { columnWidthPoints: pointsForCharacters(48) } });
}

/**
 * The title (with the profile's name), the profile's statement and a how-to line. The statement is a
 * live reference to the profile sheet, so every sheet says where its numbers come from, even after edits.
 */
function titleRows(profileSheet: string, title: string, laid: WrittenProfile, howTo: string): CellValue[][] {
  const cell = (row: number) => absoluteReference(profileSheet, { row, column: 1, rows: 1, columns: 1 });
  return [[`="${title} - profile: "&${cell(laid.nameRow)}`], [`=${cell(laid.statementRow)}`], [howTo]];
}

function addBandFills(plan: MorileMatrixPlan, profile: MorileProfile, sheet: string, address: string): void {
  profile.bands.forEach((band, i) =>
    plan.fills.push({ sheet, address, equals: band.name, fill: band.fill ?? DEFAULT_FILLS[i % DEFAULT_FILLS.length] }),
  );
}
