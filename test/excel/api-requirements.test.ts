/**
 * Every Office.js member the add-in calls, looked up in @types/office-js's "[Api set: ExcelApi x]" tags
 * (Microsoft's own record of which set brings each member): each must be within the ExcelApi version
 * manifest.xml declares, or be one of the optional features the adapter asks `isSetSupported` about.
 */
import * as fs from "fs";
import * as path from "path";
import { DECLARED_SETS, OPTIONAL_FEATURES, officeApiSupport } from "../../src/excel/api-requirements";

const root = path.join(__dirname, "..", "..");
const types = fs.readFileSync(path.join(root, "node_modules", "@types", "office-js", "index.d.ts"), "utf8");
const excelStart = types.indexOf("declare namespace Excel {");

/** The "[Api set: ExcelApi x.y]" of `member` in Excel's class `className`, from the JSDoc just above it. */
function excelApiSetOf(className: string, member: string): string {
  const classAt = types.indexOf(`\n    class ${className} extends`, excelStart);
  if (classAt < 0) throw new Error(`no class Excel.${className}`);
  const classEnd = types.indexOf("\n    }", classAt);
  const body = types.slice(classAt, classEnd);
  const memberAt = body.search(new RegExp(`\\n {8}(readonly )?${member}[(:?]`));
  if (memberAt < 0) throw new Error(`no member Excel.${className}.${member}`);
  const docStart = body.lastIndexOf("/**", memberAt);
  const tag = /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(body.slice(docStart, memberAt));
  if (!tag) throw new Error(`no ExcelApi tag on Excel.${className}.${member}`);
  return tag[1];
}

/** The members src/excel/office-workbook.ts and src/taskpane/taskpane.ts use, by class. */
const USED: Record<string, string[]> = {
  Workbook: ["worksheets", "tables", "application", "getSelectedRange", "protection"],
  WorkbookProtection: ["protected"],
  Application: ["suspendApiCalculationUntilNextSync"],
  WorksheetCollection: ["add", "getItem", "onActivated"],
  Worksheet: ["name", "getRange", "getRangeByIndexes", "getUsedRangeOrNullObject", "activate", "charts", "delete"],
  TableCollection: ["getItem"],
  Table: ["name", "worksheet", "getRange"],
  Range: [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "values",
    "formulas",
    "numberFormat",
    "format",
    "merge",
    "conditionalFormats",
    "worksheet",
  ],
  RangeFormat: ["columnWidth", "horizontalAlignment", "wrapText", "font", "fill", "borders"],
  RangeFont: ["bold", "italic", "size", "color"],
  RangeFill: ["color"],
  RangeBorderCollection: ["getItem"],
  RangeBorder: ["style", "color"],
  ConditionalFormatCollection: ["add"],
  ConditionalFormat: ["cellValue"],
  CellValueConditionalFormat: ["format", "rule"],
  ChartCollection: ["add"],
  Chart: ["title", "legend", "series", "setPosition"],
  ChartTitle: ["text"],
  ChartLegend: ["position"],
  ChartSeriesCollection: ["add", "getItemAt"],
  ChartSeries: [
    "name",
    "setValues",
    "setXAxisValues",
    "format",
    "markerStyle",
    "markerSize",
    "markerBackgroundColor",
    "markerForegroundColor",
  ],
  ChartSeriesFormat: ["line"],
  ChartLineFormat: ["color", "lineStyle"],
};

/** The calls made only after asking isSetSupported (office-workbook.ts). */
const GUARDED: Record<string, string[]> = {
  Range: ["dataValidation"],
  DataValidation: ["rule"],
  RangeFormat: ["indentLevel"],
};

const declaredExcelApi = DECLARED_SETS.find((set) => set.name === "ExcelApi")!.version;
const minor = (version: string) => Number(version.split(".")[1]);

describe("the Office.js requirement sets", () => {
  it("finds Microsoft's tag for a member it knows: getRangeByIndexes is ExcelApi 1.7, indentLevel 1.9", () => {
    expect(excelApiSetOf("Worksheet", "getRangeByIndexes")).toBe("1.7");
    expect(excelApiSetOf("RangeFormat", "indentLevel")).toBe("1.9");
    expect(excelApiSetOf("Range", "dataValidation")).toBe("1.8");
    expect(() => excelApiSetOf("Range", "noSuchMember")).toThrow(/no member/);
  });

  it.each(Object.entries(USED).flatMap(([cls, members]) => members.map((m) => [`${cls}.${m}`, cls, m])))(
    "%s is within the ExcelApi version the manifest declares",
    (_name, cls, member) => {
      expect(minor(excelApiSetOf(cls, member))).toBeLessThanOrEqual(minor(declaredExcelApi));
    },
  );

  it("declares ExcelApi 1.7, the highest set an unguarded call needs, and no higher", () => {
    const highest = Math.max(
      ...Object.entries(USED).flatMap(([cls, members]) => members.map((m) => minor(excelApiSetOf(cls, m)))),
    );
    expect(`1.${highest}`).toBe(declaredExcelApi);
  });

  it.each(Object.entries(GUARDED).flatMap(([cls, members]) => members.map((m) => [`${cls}.${m}`, cls, m])))(
    "%s is above the declared set, so it is asked about first",
    (_name, cls, member) => {
      expect(minor(excelApiSetOf(cls, member))).toBeGreaterThan(minor(declaredExcelApi));
    },
  );

  it("asks about the sets Microsoft gives for the guarded calls", () => {
    expect(OPTIONAL_FEATURES.listValidation).toMatchObject({
      set: "ExcelApi",
      version: excelApiSetOf("Range", "dataValidation"),
    });
    expect(OPTIONAL_FEATURES.indentLevel).toMatchObject({
      set: "ExcelApi",
      version: excelApiSetOf("RangeFormat", "indentLevel"),
    });
    // @types/office-js: Office.UI.openBrowserWindow, "Requirement set: OpenBrowserWindowApi 1.1".
    expect(OPTIONAL_FEATURES.openBrowserWindow).toMatchObject({ set: "OpenBrowserWindowApi", version: "1.1" });
  });

  it("asks Office.context.requirements.isSetSupported inside Office, and answers yes outside it", () => {
    expect(officeApiSupport("ExcelApi", "1.9")).toBe(true);
    const globals = globalThis as { Office?: unknown };
    const isSetSupported = jest.fn((set: string, version: string) => set === "ExcelApi" && version === "1.8");
    globals.Office = { context: { requirements: { isSetSupported } } };
    try {
      expect(officeApiSupport("ExcelApi", "1.8")).toBe(true);
      expect(officeApiSupport("ExcelApi", "1.9")).toBe(false);
      expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.9");
    } finally {
      delete globals.Office;
    }
  });

  it("finds every Office.js call of office-workbook.ts in the lists above", () => {
    const source = fs
      .readFileSync(path.join(root, "src", "excel", "office-workbook.ts"), "utf8")
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    const listed = new Set(
      Object.values({ ...USED })
        .flat()
        .concat(Object.values(GUARDED).flat()),
    );
    const called = [...source.matchAll(/\.([a-zA-Z]+)\s*(?:=[^=]|\()/g)].map((m) => m[1]);
    const ours = new Set([
      "run",
      "has",
      "supports",
      "readBlock",
      "writeBlock",
      "push",
      "map",
      "fill",
      "join",
      "replace",
      "from",
      "resolve",
      "load",
      "sync",
      "isNullObject",
      "items",
      "forEach",
      "slice",
      "isArray",
      "addLineCharts",
    ]);
    const unlisted = [...new Set(called)].filter((name) => !listed.has(name) && !ours.has(name));
    expect(unlisted).toEqual([]);
  });
});
