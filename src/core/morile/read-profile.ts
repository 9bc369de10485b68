import { InputError } from "..";
import { cellText } from "../cells";
import { offsetCell } from "./offset-cell";
import {
  COMBINE_RULES,
  SECTION_NAMES,
  type CombineRule,
  type MorileBand,
  type MorileCriterion,
  type MorileProfile,
  type MorileRules,
  type MorileSection,
  type ProfileCell,
} from "./profile";
import { COLUMN, HEADING, RULE_ROWS } from "./profile-layout";

type Block = "none" | "rules" | "bands" | "criteria";

interface Reading {
  topLeft: string;
  block: Block;
  name?: string;
  statement: string;
  rules: Partial<MorileRules>;
  bands: MorileBand[];
  criteria: MorileCriterion[];
  /** Where each heading, criterion name and level label was read, for messages. */
  headingAt: Partial<Record<Block, string>>;
  criterionAt: string[];
  labelAt: Map<string, string>;
}

/**
 * Reads a MoRiLE profile from a worksheet range in the layout of `profile-layout.ts` (also described in
 * docs/morile-profile.md) and checks it as it reads, so a profile that would score wrongly is refused
 * with the cell at fault: a criterion without levels, a duplicate level label, criterion or band, an
 * unknown combining rule or section, points or a band minimum that are not numbers, and a missing
 * profile name, rule, band or harm/likelihood criterion.
 *
 * Missing values: "", null and undefined are blank cells. In the text columns (A, B of the headings and
 * rules, C of the levels) the number 0 is also blank, because Excel hands a custom function a blank cell
 * as 0; so a level cannot be labelled 0. Rows that are blank throughout are skipped.
 *
 * @param values the range's values, rows of cells as Office.js gives them
 * @param topLeft the address of the range's top-left cell, such as "Profile!A1", used to name cells in messages
 * @returns the profile, criteria in the order read
 * @throws {InputError} naming the cell, such as "Profile!C22: level "Low" appears twice in criterion ..."
 * @example
 * const profile = readProfile(writeProfile(illustrativeProfile()).values, "Profile!A1");
 * profile.name; // => "Illustrative"
 */
export function readProfile(values: readonly (readonly ProfileCell[])[], topLeft: string): MorileProfile {
  offsetCell(topLeft, 0, 0); // refuse a bad address before anything else
  const reading: Reading = {
    topLeft,
    block: "none",
    statement: "",
    rules: {},
    bands: [],
    criteria: [],
    headingAt: {},
    criterionAt: [],
    labelAt: new Map(),
  };
  values.forEach((row, r) => readRow(reading, row ?? [], r));
  closeCriterion(reading);
  return finish(reading);
}

function readRow(reading: Reading, row: readonly ProfileCell[], r: number): void {
  if (row.every((cell) => text(cell) === "")) return;
  const at = (column: number) => offsetCell(reading.topLeft, r, column);
  const key = text(row[COLUMN.key]);
  switch (key.toLowerCase()) {
    case HEADING.profile.toLowerCase():
      reading.name = text(row[COLUMN.value]);
      if (!reading.name)
        throw new InputError(`${at(COLUMN.value)}: the profile needs a name here, such as "Kent CSU 2018".`);
      return void (reading.block = "none");
    case HEADING.statement.toLowerCase():
      reading.statement = text(row[COLUMN.value]);
      return void (reading.block = "none");
    case HEADING.note.toLowerCase():
      return;
    case HEADING.rules.toLowerCase():
      return startBlock(reading, "rules", at(COLUMN.key));
    case HEADING.bands.toLowerCase():
      return startBlock(reading, "bands", at(COLUMN.key));
    case HEADING.criteria.toLowerCase():
      return startBlock(reading, "criteria", at(COLUMN.key));
  }
  if (reading.block === "rules") return readRule(reading, row, at);
  if (reading.block === "bands") return readBand(reading, row, at);
  if (reading.block === "criteria") return readCriterionRow(reading, row, at);
  throw new InputError(
    `${at(COLUMN.key)}: ${JSON.stringify(key || row.find((cell) => text(cell) !== ""))} is not part of a MoRiLE profile; column A holds ` +
      `${Object.values(HEADING).join(", ")}, or an entry under the Combining rules, Band or Criterion heading.`,
  );
}

function startBlock(reading: Reading, block: Block, at: string): void {
  closeCriterion(reading);
  if (reading.headingAt[block])
    throw new InputError(`${at}: a second "${headingOf(block)}" heading; the first is at ${reading.headingAt[block]}.`);
  reading.block = block;
  reading.headingAt[block] = at;
}

function readRule(reading: Reading, row: readonly ProfileCell[], at: (column: number) => string): void {
  const label = text(row[COLUMN.key]);
  const item = RULE_ROWS.find((candidate) => candidate.label.toLowerCase() === label.toLowerCase());
  if (!item) {
    throw new InputError(
      `${at(COLUMN.key)}: "${label}" is not a combining rule row; the rows are ${RULE_ROWS.map((x) => x.label).join(", ")}.`,
    );
  }
  if (reading.rules[item.key]) throw new InputError(`${at(COLUMN.key)}: the ${item.label} rule is given twice.`);
  const rule = text(row[COLUMN.value]).toLowerCase() as CombineRule;
  if (!COMBINE_RULES.includes(rule)) {
    throw new InputError(
      `${at(COLUMN.value)}: the ${item.label} rule is ${JSON.stringify(text(row[COLUMN.value]))}; it must be ${COMBINE_RULES.join(", ")}.`,
    );
  }
  reading.rules[item.key] = rule;
}

function readBand(reading: Reading, row: readonly ProfileCell[], at: (column: number) => string): void {
  const name = text(row[COLUMN.key]);
  if (!name) throw new InputError(`${at(COLUMN.key)}: this band has no name.`);
  if (reading.bands.some((band) => same(band.name, name)))
    throw new InputError(`${at(COLUMN.key)}: the band "${name}" is given twice.`);
  const minimum = number(row[COLUMN.value]);
  if (minimum === null) {
    throw new InputError(
      `${at(COLUMN.value)}: the minimum score of band "${name}" must be a number, not ${JSON.stringify(row[COLUMN.value] ?? "")}.`,
    );
  }
  const clash = reading.bands.find((band) => band.minimum === minimum);
  if (clash) throw new InputError(`${at(COLUMN.value)}: bands "${clash.name}" and "${name}" both start at ${minimum}.`);
  const fill = text(row[COLUMN.third]);
  if (fill && !/^#[0-9A-Fa-f]{6}$/.test(fill)) {
    throw new InputError(
      `${at(COLUMN.third)}: the fill of band "${name}" must be a colour such as #F8CBAD, not "${fill}".`,
    );
  }
  reading.bands.push(fill ? { name, minimum, fill: fill.toUpperCase() } : { name, minimum });
}

function readCriterionRow(reading: Reading, row: readonly ProfileCell[], at: (column: number) => string): void {
  const name = text(row[COLUMN.key]);
  if (name) startCriterion(reading, name, text(row[COLUMN.value]), at);
  const current = reading.criteria[reading.criteria.length - 1];
  const label = text(row[COLUMN.level]);
  if (!label) {
    if (name) return; // a criterion row whose levels start below
    throw new InputError(`${at(COLUMN.level)}: this level has no label.`);
  }
  if (!current)
    throw new InputError(
      `${at(COLUMN.level)}: the level "${label}" has no criterion; put the criterion's name in column A.`,
    );
  const key = `${reading.criteria.length}\u0000${label.toLowerCase()}`;
  const first = reading.labelAt.get(key);
  if (first)
    throw new InputError(
      `${at(COLUMN.level)}: the level "${label}" appears twice in criterion "${current.name}" (first at ${first}).`,
    );
  const points = number(row[COLUMN.points]);
  if (points === null) {
    throw new InputError(
      `${at(COLUMN.points)}: the points of level "${label}" of "${current.name}" must be a number, not ${JSON.stringify(row[COLUMN.points] ?? "")}.`,
    );
  }
  reading.labelAt.set(key, at(COLUMN.level));
  current.levels.push({ label, points });
}

function startCriterion(reading: Reading, name: string, sectionText: string, at: (column: number) => string): void {
  closeCriterion(reading);
  const index = reading.criteria.findIndex((criterion) => same(criterion.name, name));
  if (index >= 0)
    throw new InputError(
      `${at(COLUMN.key)}: the criterion "${name}" is given twice (first at ${reading.criterionAt[index]}).`,
    );
  const section = (Object.keys(SECTION_NAMES) as MorileSection[]).find((key) => same(SECTION_NAMES[key], sectionText));
  if (!section) {
    throw new InputError(
      `${at(COLUMN.value)}: the section of "${name}" is ${JSON.stringify(sectionText)}; it must be ${Object.values(SECTION_NAMES).join(", ")}.`,
    );
  }
  reading.criteria.push({ name, section, levels: [] });
  reading.criterionAt.push(at(COLUMN.key));
}

/** A criterion ends when the next one or another heading starts: it must have had levels by then. */
function closeCriterion(reading: Reading): void {
  const last = reading.criteria[reading.criteria.length - 1];
  if (last && last.levels.length === 0) {
    throw new InputError(
      `${reading.criterionAt[reading.criteria.length - 1]}: the criterion "${last.name}" has no levels; ` +
        `put each level's label in column C and its points in column D, on its row and the rows below.`,
    );
  }
}

function finish(reading: Reading): MorileProfile {
  const where = (block: Block) => reading.headingAt[block] ?? offsetCell(reading.topLeft, 0, 0);
  if (!reading.name)
    throw new InputError(
      `${offsetCell(reading.topLeft, 0, 0)}: the range has no "${HEADING.profile}" row giving the profile's name.`,
    );
  const missing = RULE_ROWS.filter((item) => !reading.rules[item.key]).map((item) => item.label);
  if (missing.length > 0)
    throw new InputError(`${where("rules")}: the "${HEADING.rules}" block has no rule for ${missing.join(", ")}.`);
  if (reading.bands.length === 0)
    throw new InputError(`${where("bands")}: the profile has no bands under a "${HEADING.bands}" heading.`);
  for (const section of ["harm", "likelihood"] as const) {
    if (!reading.criteria.some((criterion) => criterion.section === section)) {
      throw new InputError(
        `${where("criteria")}: the profile has no ${SECTION_NAMES[section]} criteria; MoRiLE needs at least one.`,
      );
    }
  }
  return {
    name: reading.name,
    statement: reading.statement,
    criteria: reading.criteria,
    rules: reading.rules as MorileRules,
    bands: reading.bands,
  };
}

function headingOf(block: Block): string {
  return block === "rules" ? HEADING.rules : block === "bands" ? HEADING.bands : HEADING.criteria;
}

/** The text of a cell (`cellText`, trimmed): blank for "", null, undefined, NaN and 0 (Excel's blank inside a function's range). */
function text(cell: ProfileCell): string {
  return cell === 0 ? "" : cellText(cell);
}

/** A number from a number cell or text that reads as one; null otherwise (blank included). */
function number(cell: ProfileCell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "string" && cell.trim() !== "" && Number.isFinite(Number(cell))) return Number(cell);
  return null;
}

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
