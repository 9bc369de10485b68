import { createMorileMatrix, planMorileMatrix, SEED_THEMES, SPARE_THEME_ROWS } from "../../src/excel/morile-matrix";
import { MemoryWorkbook } from "../../src/excel/memory-workbook";
import { illustrativeProfile } from "../../src/core/morile/illustrative-profile";
import { readProfile } from "../../src/core/morile/read-profile";
import type { CellValue, ListValidation, TextFillRule, WorkbookPort } from "../../src/excel/workbook-port";

/** A recording fake of the port: it keeps every call, and names sheets the way addSheet promises. */
class RecordingWorkbook implements Partial<WorkbookPort> {
  calls: { method: string; args: unknown[] }[] = [];
  sheets = ["MoRiLE profile"]; // the analyst's own sheet of that name already exists
  private record(method: string, ...args: unknown[]) {
    this.calls.push({ method, args });
  }
  async addSheet(name: string) {
    let candidate = name;
    for (let n = 2; this.sheets.includes(candidate); n++) candidate = `${name} (${n})`;
    this.sheets.push(candidate);
    this.record("addSheet", name, candidate);
    return candidate;
  }
  async writeValues(sheet: string, topLeft: string, values: CellValue[][]) {
    this.record("writeValues", sheet, topLeft, values);
  }
  async writeFormulas(sheet: string, topLeft: string, formulas: CellValue[][]) {
    this.record("writeFormulas", sheet, topLeft, formulas);
  }
  async addListValidation(rule: ListValidation) {
    this.record("addListValidation", rule);
  }
  async addTextFillRule(rule: TextFillRule) {
    this.record("addTextFillRule", rule);
  }
  async formatRange(...args: unknown[]) {
    this.record("formatRange", ...args);
  }
  async activate(sheet: string) {
    this.record("activate", sheet);
  }
}

const THEMES = SEED_THEMES.length;
const ROWS = THEMES + SPARE_THEME_ROWS;

describe("createMorileMatrix against a recording fake of the workbook port", () => {
  let fake: RecordingWorkbook;
  let sheets: { profileSheet: string; matrixSheet: string; prioritySheet: string };
  beforeAll(async () => {
    fake = new RecordingWorkbook();
    sheets = await createMorileMatrix(fake as unknown as WorkbookPort);
  });

  it("adds three new sheets and never writes to the analyst's existing sheet of the same name", () => {
    expect(sheets).toEqual({
      profileSheet: "MoRiLE profile (2)",
      matrixSheet: "MoRiLE matrix",
      prioritySheet: "MoRiLE priorities",
    });
    const touched = fake.calls
      .filter((c) => c.method !== "addSheet")
      .map((c) => (c.args[0] as { sheet?: string }).sheet ?? c.args[0]);
    expect(touched).not.toContain("MoRiLE profile");
  });

  it("refers to the profile sheet by the name it was given, quoted", () => {
    const validation = fake.calls.find((c) => c.method === "addListValidation")!.args[0] as ListValidation;
    expect(validation.source).toBe("='MoRiLE profile (2)'!$C$19:$C$22");
  });

  it("writes each block in one call: 9 writes, 10 drop-downs, 6 fill rules, whatever the number of themes", () => {
    const count = (method: string) => fake.calls.filter((c) => c.method === method).length;
    expect(count("writeValues") + count("writeFormulas")).toBe(9);
    expect(count("addListValidation")).toBe(10);
    expect(count("addTextFillRule")).toBe(6);
    expect(fake.calls[fake.calls.length - 1]).toEqual({ method: "activate", args: ["MoRiLE matrix"] });
  });
});

describe("createMorileMatrix in the in-memory workbook", () => {
  const book = new MemoryWorkbook();
  let sheets: { profileSheet: string; matrixSheet: string; prioritySheet: string };
  beforeAll(async () => {
    sheets = await createMorileMatrix(book);
  });

  // Excel's width of n characters of Calibri 11 (7 pixels a digit, 5 of padding, 0.75 points a pixel at 96 dpi).
  const excelPoints = (characters: number) => (characters * 7 + 5) * 0.75;

  it("sets its column widths in points, wide enough for 48 characters of theme and 14 of each score (issue 24, item 1)", () => {
    const matrix = book.sheet(sheets.matrixSheet).columnWidths;
    expect(matrix.get(0)).toBeGreaterThanOrEqual(excelPoints(48));
    for (let c = 1; c <= 14; c++) expect(matrix.get(c)).toBeGreaterThanOrEqual(excelPoints(14));
    expect(book.sheet(sheets.prioritySheet).columnWidths.get(1)).toBeGreaterThanOrEqual(excelPoints(48));
    expect(book.sheet(sheets.profileSheet).columnWidths.get(0)).toBeGreaterThanOrEqual(excelPoints(34));
  });

  it("puts the built-in profile on the profile sheet, stated as not the official MoRiLE values, readable back", () => {
    const values = book.valuesOf(sheets.profileSheet);
    expect(values[1][1]).toMatch(/^Illustrative - not the official MoRiLE values/);
    expect(readProfile(values, `'${sheets.profileSheet}'!A1`)).toEqual(illustrativeProfile());
  });

  it("shows the profile's name and statement on the matrix and priority sheets as live references", () => {
    expect(book.cell(sheets.matrixSheet, "A1").formula).toBe(
      `="MoRiLE scoring matrix - profile: "&'MoRiLE profile'!$B$1`,
    );
    expect(book.cell(sheets.matrixSheet, "A2").formula).toBe("='MoRiLE profile'!$B$2");
    expect(book.cell(sheets.prioritySheet, "A2").formula).toBe("='MoRiLE profile'!$B$2");
  });

  it("lists the seed's themes, one per row from row 5, with spare rows after them", () => {
    const themes = book.valuesOf(sheets.matrixSheet, `A5:A${4 + ROWS}`).map((row) => row[0]);
    expect(themes.slice(0, 5)).toEqual([
      "Organised crime groups (including modern slavery)",
      "Gangs and child sexual exploitation (CSE)",
      "Substance misuse",
      "Domestic abuse",
      "Mental health (including identification of vulnerabilities)",
    ]);
    expect(themes).toEqual(
      expect.arrayContaining(["Other violent crime", "Anti-social behaviour", "Reducing reoffending"]),
    );
    expect(themes.slice(THEMES)).toEqual(Array(SPARE_THEME_ROWS).fill(""));
  });

  it("heads each criterion column with a reference to the criterion's name on the profile sheet", () => {
    const profileValues = book.valuesOf(sheets.profileSheet);
    const headers = Array.from(
      { length: 10 },
      (_, i) => book.cell(sheets.matrixSheet, `${String.fromCharCode(66 + i)}4`).formula!,
    );
    const named = headers.map((formula) => {
      const row = Number(/\$A\$(\d+)$/.exec(formula)![1]);
      return profileValues[row - 1][0];
    });
    expect(named).toEqual(illustrativeProfile().criteria.map((c) => c.name));
    expect(book.valuesOf(sheets.matrixSheet, "L4:S4")[0]).toEqual([
      "Harm",
      "Likelihood",
      "Risk",
      "Confidence",
      "Organisational position",
      "Final score",
      "Band",
      "Rank",
    ]);
  });

  it("gives each criterion column a drop-down of exactly that criterion's levels, from the profile sheet's cells", () => {
    const validations = book.sheet(sheets.matrixSheet).validations;
    expect(validations).toHaveLength(10);
    validations.forEach((rule, i) => {
      const column = String.fromCharCode(66 + i);
      expect(rule.address).toBe(`${column}5:${column}${4 + ROWS}`);
      const [, range] = /^='MoRiLE profile'!(.+)$/.exec(rule.source as string)!;
      const labels = book.valuesOf(sheets.profileSheet, range.replace(/\$/g, "")).map((row) => row[0]);
      expect(labels).toEqual(illustrativeProfile().criteria[i].levels.map((level) => level.label));
    });
  });

  it("scores each row with a live CSP.MORILE.DETAIL formula over its ratings and the whole profile range", () => {
    // The profile block by hand: name, statement, note, blank (4 rows); rules heading + 6 and a blank (8);
    // band heading + 3 and a blank (5); criteria heading (1); levels 4 x 4 harm + 4 + 4 + 4 + 3 + 3 + 3 = 37: 55 rows.
    expect(book.cell(sheets.matrixSheet, "L5").formula).toBe(
      `=IF(OR($A5="",COUNTIF(B5:K5,"")=10),"",CSP.MORILE.DETAIL(B5:K5,'MoRiLE profile'!$A$1:$D$55))`,
    );
    expect(book.cell(sheets.matrixSheet, `L${4 + ROWS}`).formula).toBe(
      `=IF(OR($A${4 + ROWS}="",COUNTIF(B${4 + ROWS}:K${4 + ROWS},"")=10),"",CSP.MORILE.DETAIL(B${4 + ROWS}:K${4 + ROWS},'MoRiLE profile'!$A$1:$D$55))`,
    );
    expect(book.valuesOf(sheets.profileSheet).length).toBe(55);
    expect(book.cell(sheets.matrixSheet, "M5").formula).toBeUndefined(); // left empty for the spill
  });

  it("ranks final scores (column Q) highest first, breaking ties by row, skipping themes not yet scored", () => {
    expect(book.cell(sheets.matrixSheet, "S5").formula).toBe(
      `=IF(ISNUMBER(Q5),COUNTIF($Q$5:$Q$24,">"&Q5)+COUNTIF($Q$5:Q5,Q5),"")`,
    );
    expect(book.cell(sheets.matrixSheet, "S24").formula).toBe(
      `=IF(ISNUMBER(Q24),COUNTIF($Q$5:$Q$24,">"&Q24)+COUNTIF($Q$5:Q24,Q24),"")`,
    );
  });

  it("builds the priority list with INDEX/MATCH on the rank, so it re-sorts as ratings change", () => {
    expect(book.valuesOf(sheets.prioritySheet, "A4:D4")[0]).toEqual(["Priority", "Theme", "Final score", "Band"]);
    expect(book.valuesOf(sheets.prioritySheet, `A5:A${4 + ROWS}`).map((row) => row[0])).toEqual(
      Array.from({ length: ROWS }, (_, i) => i + 1),
    );
    expect(book.cell(sheets.prioritySheet, "B5").formula).toBe(
      `=IFERROR(INDEX('MoRiLE matrix'!$A$5:$A$24,MATCH($A5,'MoRiLE matrix'!$S$5:$S$24,0)),"")`,
    );
    expect(book.cell(sheets.prioritySheet, "C6").formula).toBe(
      `=IFERROR(INDEX('MoRiLE matrix'!$Q$5:$Q$24,MATCH($A6,'MoRiLE matrix'!$S$5:$S$24,0)),"")`,
    );
    expect(book.cell(sheets.prioritySheet, "D7").formula).toBe(
      `=IFERROR(INDEX('MoRiLE matrix'!$R$5:$R$24,MATCH($A7,'MoRiLE matrix'!$S$5:$S$24,0)),"")`,
    );
  });

  it("colours the bands on the matrix and the priority list with the profile's fills", () => {
    const rules = (sheet: string) => book.sheet(sheet).textFillRules.map((r) => [r.address, r.equals, r.fill]);
    expect(rules(sheets.matrixSheet)).toEqual([
      ["R5:R24", "High", "#F8CBAD"],
      ["R5:R24", "Medium", "#FFE699"],
      ["R5:R24", "Low", "#C6EFCE"],
    ]);
    expect(rules(sheets.prioritySheet)).toEqual([
      ["D5:D24", "High", "#F8CBAD"],
      ["D5:D24", "Medium", "#FFE699"],
      ["D5:D24", "Low", "#C6EFCE"],
    ]);
  });

  it("makes a second matrix on new sheets, leaving the first one untouched", async () => {
    const again = await createMorileMatrix(book);
    expect(again).toEqual({
      profileSheet: "MoRiLE profile (2)",
      matrixSheet: "MoRiLE matrix (2)",
      prioritySheet: "MoRiLE priorities (2)",
    });
    expect(book.cell(again.matrixSheet, "L5").formula).toContain("'MoRiLE profile (2)'!$A$1:$D$55");
    expect(book.cell(sheets.matrixSheet, "L5").formula).toContain("'MoRiLE profile'!$A$1:$D$55");
  });
});

describe("planMorileMatrix", () => {
  it("follows the profile: a profile with 5 criteria has 5 drop-downs and DETAIL in column G", () => {
    const small = illustrativeProfile();
    small.criteria = small.criteria.filter((c) =>
      ["Physical harm", "Frequency", "Confidence", "Capacity", "Capability"].includes(c.name),
    );
    const plan = planMorileMatrix({ profileSheet: "P", matrixSheet: "M", prioritySheet: "L" }, small, ["One theme"]);
    expect(plan.validations).toHaveLength(5);
    const detail = plan.blocks.find((b) => b.sheet === "M" && b.topLeft === "G5")!;
    expect(detail.cells[0][0]).toMatch(
      /^=IF\(OR\(\$A5="",COUNTIF\(B5:F5,""\)=5\),"",CSP\.MORILE\.DETAIL\(B5:F5,'P'!\$A\$1:\$D\$\d+\)\)$/,
    );
    expect(detail.cells).toHaveLength(1 + SPARE_THEME_ROWS);
  });
});
