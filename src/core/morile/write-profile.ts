import { SECTION_NAMES, type MorileProfile } from "./profile";
import { HEADING, LAYOUT_WIDTH, RULE_ROWS } from "./profile-layout";

/** A profile laid out for a sheet, with the rows other blocks refer to (0-based, from the top-left). */
export interface WrittenProfile {
  /** The cells, `LAYOUT_WIDTH` columns wide; "" for blank. */
  values: (string | number)[][];
  /** The row of the profile's name (column B) and of its statement (column B). */
  nameRow: number;
  statementRow: number;
  /** The heading rows of the three blocks, for bold formatting. */
  headingRows: number[];
  /** Per band, in profile order, the row of its name (column A). */
  bandRows: number[];
  /** Per criterion, in profile order: the row of its name (column A) and the first and last rows of its level labels (column C). */
  criterionRows: { nameRow: number; firstLevelRow: number; lastLevelRow: number }[];
}

const NOTE =
  "Edit the levels, points, rules and bands here to match your official MoRiLE workbook; the matrix's drop-downs and " +
  "formulas read this sheet. Keep the layout: see docs/morile-profile.md.";

/**
 * Lays a profile out in the worksheet layout that `readProfile` reads (see `profile-layout.ts` and
 * docs/morile-profile.md): name and statement, a note, the combining rules, the bands and the criteria
 * with one level per row. The inverse of `readProfile`: reading the values back gives the same profile.
 * Used for the profile sheet of a new MoRiLE matrix, so the analyst starts from a complete, editable
 * profile rather than a blank one.
 *
 * Missing values: a band without a fill gets a blank Fill cell.
 *
 * @param profile the profile to lay out
 * @returns the cells and the rows of the parts other formulas and drop-downs refer to
 * @throws never
 * @example
 * const laid = writeProfile(illustrativeProfile());
 * laid.values[0]; // => ["MoRiLE profile", "Illustrative", "", ""]
 */
export function writeProfile(profile: MorileProfile): WrittenProfile {
  const values: (string | number)[][] = [];
  const add = (...cells: (string | number)[]) => values.push(pad(cells)) - 1;
  const nameRow = add(HEADING.profile, profile.name);
  const statementRow = add(HEADING.statement, profile.statement);
  add(HEADING.note, NOTE);
  add();
  const headingRows = [add(HEADING.rules, "Rule", "What it combines")];
  RULE_ROWS.forEach((item) => add(item.label, profile.rules[item.key], item.combines));
  add();
  headingRows.push(add(HEADING.bands, "Minimum score", "Fill"));
  const bandRows = profile.bands.map((band) => add(band.name, band.minimum, band.fill ?? ""));
  add();
  headingRows.push(add(HEADING.criteria, "Section", "Level", "Points"));
  const criterionRows = profile.criteria.map((criterion) => {
    const rows = criterion.levels.map((level, i) =>
      i === 0
        ? add(criterion.name, SECTION_NAMES[criterion.section], level.label, level.points)
        : add("", "", level.label, level.points),
    );
    if (rows.length === 0) rows.push(add(criterion.name, SECTION_NAMES[criterion.section])); // readProfile will refuse it, naming the cell
    return { nameRow: rows[0], firstLevelRow: rows[0], lastLevelRow: rows[rows.length - 1] };
  });
  return { values, nameRow, statementRow, headingRows, bandRows, criterionRows };
}

function pad(cells: (string | number)[]): (string | number)[] {
  return [...cells, ...Array<string>(LAYOUT_WIDTH - cells.length).fill("")];
}
