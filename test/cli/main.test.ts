import { POLICE_UK_DATA } from "../shared-data";
import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { main, type CliIo } from "../../src/cli/main";
import { parseCsv } from "../../src/core/data/parse-csv";
import { naiveRows } from "../police-uk-files";

const DATA = POLICE_UK_DATA;
const files = (force: string): string[] => readdirSync(`${DATA}/${force}`).sort().map((f) => `${DATA}/${force}/${f}`);
const dir = mkdtempSync(join(tmpdir(), "satk-cli-"));

/** Runs satk in this process, capturing what it writes. */
async function satk(...argv: string[]): Promise<{ code: number; out: string; err: string; written: Map<string, string | Uint8Array> }> {
  const result = { code: 0, out: "", err: "", written: new Map<string, string | Uint8Array>() };
  const io: CliIo = { stdout: (t) => void (result.out += t), stderr: (t) => void (result.err += t), writeFile: (p, d) => void result.written.set(p, d) };
  result.code = await main(argv, io);
  return result;
}

/** Crimes counted from the naive line split: district `area`, months from..to ("YYYY-MM"), types given (or all but ASB). */
function count(rows: string[][], area: string, from: string, to: string, types?: string[]): number {
  return rows.filter((f) => f[8].startsWith(`${area} `) && f[1] >= from && f[1] <= to && (types ? types.includes(f[9]) : f[9] !== "Anti-social behaviour")).length;
}

function pct(current: number, previous: number): string {
  return (Math.round(((current - previous) / previous) * 1000) / 10).toFixed(1);
}

describe("satk table rolling-year on the real Gwent files", () => {
  const gwent = naiveRows("gwent");
  let lines: string[][];

  beforeAll(async () => {
    const run = await satk("table", "rolling-year", "--input", ...files("gwent"), "--area", "Newport");
    expect(run.code).toBe(0);
    // Standard error says what was understood, and nothing else.
    expect(run.err).toMatch(/^satk: read 2022-07-gwent-street\.csv \(and 29 more files read the same way\): one row per record/);
    expect(run.err.split("\n").filter((l) => l !== "" && !l.startsWith("satk: "))).toEqual([]);
    lines = parseCsv(run.out);
  });

  it("writes one header row naming the end month and the two rolling years", () => {
    expect(lines[0].slice(1)).toEqual(["December 2024", "RY ending Dec 2024", "RY ending Dec 2023", "Number change", "% change"]);
  });

  it("gives Burglary's counts, change and % change as counted from the raw lines", () => {
    const now = count(gwent, "Newport", "2024-01", "2024-12", ["Burglary"]);
    const before = count(gwent, "Newport", "2023-01", "2023-12", ["Burglary"]);
    const month = count(gwent, "Newport", "2024-12", "2024-12", ["Burglary"]);
    expect(lines.find((l) => l[0] === "Burglary")).toEqual(["Burglary", String(month), String(now), String(before), String(now - before), pct(now, before)]);
  });

  it("writes sub-categories with their dash after an apostrophe, so Excel reads them as text", () => {
    const now = count(gwent, "Newport", "2024-01", "2024-12", ["Robbery"]);
    expect(lines.find((l) => l[0] === "'- Robbery")?.[2]).toBe(String(now));
  });

  it("leaves anti-social behaviour out of All crime", () => {
    const now = count(gwent, "Newport", "2024-01", "2024-12");
    const before = count(gwent, "Newport", "2023-01", "2023-12");
    expect(lines[lines.length - 1]).toEqual(["All crime", String(count(gwent, "Newport", "2024-12", "2024-12")), String(now), String(before), String(now - before), pct(now, before)]);
  });
});

describe("satk table on the real Kent files", () => {
  const kent = naiveRows("kent");

  it("counts Maidstone's crimes in the end month chosen, and leaves unavailable comparisons empty", async () => {
    const run = await satk("table", "rolling-year", "--input", ...files("kent"), "--area", "Maidstone", "--end-month", "2018-12");
    const total = parseCsv(run.out).find((l) => l[0] === "All crime");
    expect(total).toEqual(["All crime", String(count(kent, "Maidstone", "2018-12", "2018-12")), "", "", "", ""]);
  });

  it("shows Folkestone and Hythe, not Shepway, in the area comparison, and Shepway with --no-renames", async () => {
    const renamed = await satk("table", "area-comparison", "--input", ...files("kent"));
    expect(renamed.out).toContain("\r\nFolkestone and Hythe,");
    expect(renamed.out).not.toContain("Shepway");
    const plain = await satk("table", "area-comparison", "--input", ...files("kent"), "--no-renames");
    expect(plain.out).toContain("\r\nShepway,");
  });

  it("writes Markdown in house style with the source line", async () => {
    const run = await satk("table", "rolling-year", "--input", ...files("kent"), "--area", "Maidstone", "--format", "md");
    expect(run.out).toMatch(/^### Volume of crimes by type, Maidstone/);
    expect(run.out).toContain("| **All crime** | **");
    expect(run.out).toContain("Open Government Licence v3.0");
  });

  it("writes an .xlsx file whose sheet holds the end month count", async () => {
    const out = join(dir, "t.xlsx");
    const run = await satk("table", "rolling-year", "--input", ...files("kent"), "--area", "Maidstone", "--format", "xlsx", "--out", out);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(run.written.get(out) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const totalRow = sheet.getColumn(1).values.findIndex((v) => v === "All crime");
    expect(sheet.getCell(totalRow, 2).value).toBe(count(kent, "Maidstone", "2019-02", "2019-02"));
  });

  it("writes a Word document for --format docx and for satk report", async () => {
    const out = join(dir, "r.docx");
    for (const argv of [["table", "rolling-year", "--format", "docx"], ["report"]]) {
      const run = await satk(...argv, "--input", ...files("kent"), "--area", "Maidstone", "--out", out);
      expect(run.code).toBe(0);
      const xml = await (await JSZip.loadAsync(run.written.get(out) as Uint8Array)).file("word/document.xml")?.async("string");
      expect(xml).toContain("Volume of crimes by type, Maidstone");
    }
  });
});

describe("satk exit codes and messages", () => {
  it("prints the help with exit 0 for --help, and to standard error with exit 2 when no command is given", async () => {
    const help = await satk("--help");
    expect([help.code, help.out.startsWith("satk - Strategic Assessment Toolkit")]).toEqual([0, true]);
    const none = await satk();
    expect([none.code, none.out, none.err.includes("Usage:")]).toEqual([2, "", true]);
  });

  it.each([
    [["table", "no-such-recipe", "--input", "x.csv"], /^satk: There is no table recipe "no-such-recipe"\. Recipes: rolling-year/],
    [["table", "rolling-year"], "satk: --input is required: name the data files (CSV, .csv.gz or .xlsx).\n"],
    [["table", "rolling-year", "--input", "/no/file.csv"], "satk: Cannot read /no/file.csv: there is no such file.\n"],
    [["table", "rolling-year", "--input", "x.csv", "--format", "xlsx"], "satk: --format xlsx needs --out FILE.xlsx.\n"],
    [["table", "rolling-year", "--category", "Drugs", "--input", "x.csv"], /^satk: --category is not an option of rolling-year/],
  ])("exits 2 for bad arguments %j, with one line and no stack trace", async (argv, message) => {
    const run = await satk(...(argv as string[]).map((a) => (a === "x.csv" ? join(dir, "x.csv") : a)));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it("exits 3 for bad input, naming the file, row and value", async () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "Month,Crime type,District,Count\n2018-10,Burglary,Dover,4\n2018-13,Burglary,Dover,2\n");
    const run = await satk("table", "rolling-year", "--input", bad);
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/^satk: bad\.csv, row 3: .*"2018-13"/);
  });

  it("exits 3 when the area asked for is not in the data", async () => {
    const run = await satk("table", "rolling-year", "--input", files("kent")[0], "--area", "Nowhere");
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/^satk: The data have no area called "Nowhere"/m);
  });
});

describe("bin/satk.js as a process", () => {
  it("runs the compiled tool, writing CSV to standard output and exiting 0, or 2 with a message", () => {
    // npm run build:cli; tsc writes lib/ even when another engineer's file has a type error, so its status is not checked.
    spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: join(__dirname, "../..") });
    const bin = join(__dirname, "../../bin/satk.js");
    const ok = spawnSync(process.execPath, [bin, "table", "rolling-year", "--input", files("kent")[4], "--area", "Maidstone"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout.split("\r\n")[0]).toBe(",February 2019,RY ending Feb 2019,RY ending Feb 2018,Number change,% change");
    const bad = spawnSync(process.execPath, [bin, "table", "rolling-year", "--bogus"], { encoding: "utf8" });
    expect([bad.status, bad.stderr]).toEqual([2, "satk: There is no option --bogus. See satk --help.\n"]);
  }, 120000);
});

describe("satk findings, and findings in satk report and .xlsx", () => {
  const gwent = naiveRows("gwent");

  it("prints the key findings of the standard tables, the headline counted from the raw lines", async () => {
    const run = await satk("findings", "--input", ...files("gwent"), "--area", "Newport", "--area-words", "the city", "--force-name", "Gwent");
    expect(run.code).toBe(0);
    const now = count(gwent, "Newport", "2024-01", "2024-12");
    const before = count(gwent, "Newport", "2023-01", "2023-12");
    const verb = now > before ? "rose" : "fell";
    const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    expect(run.out).toContain(
      `All crime in the city ${verb} by ${pct(now, before).replace("-", "")}% in the period January 2024 to December 2024 compared with the same period the previous year, ` +
        `from a total of ${thousands(before)} crimes to ${thousands(now)} crimes. This compares to a Gwent Force wide`,
    );
    expect(run.out).toMatch(/^Volume of crimes by type, Newport, RY ending Dec 2024\n {2}All crime in the city/);
  });

  it("puts the findings under the tables of satk report", async () => {
    const out = join(dir, "findings.docx");
    const run = await satk("report", "--input", ...files("gwent"), "--area", "Newport", "--significance", "--out", out);
    expect(run.code).toBe(0);
    const xml = await (await JSZip.loadAsync(run.written.get(out) as Uint8Array)).file("word/document.xml")?.async("string");
    expect(xml).toMatch(/All crime in Newport (rose|fell) by/);
    expect(xml).toContain("Significant change");
  });

  it("adds a Key findings sheet to a table's .xlsx", async () => {
    const out = join(dir, "findings.xlsx");
    const run = await satk("table", "rolling-year", "--input", ...files("gwent"), "--area", "Newport", "--format", "xlsx", "--out", out);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(run.written.get(out) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Key findings");
    expect(String(sheet?.getCell(4, 1).value)).toMatch(/^All crime in Newport (rose|fell) by/);
    expect(sheet?.getCell(4, 2).value).toBe("Volume of crimes by type, Newport, RY ending Dec 2024");
  });

  it("takes --significance with or without a level, and refuses a level outside 0 to 1 or findings words on satk table", async () => {
    const with1 = await satk("table", "rolling-year", "--input", ...files("gwent"), "--area", "Newport", "--significance", "1%");
    expect(with1.code).toBe(0);
    expect(with1.out.split("\n")[0]).toMatch(/,Significant change\r?$/);
    const bad = await satk("table", "rolling-year", "--input", ...files("gwent"), "--significance", "5");
    expect([bad.code, bad.err]).toEqual([2, 'satk: --significance must be a level between 0 and 1, such as 0.05 or 5%, not "5".\n']);
    const words = await satk("table", "rolling-year", "--input", ...files("gwent"), "--force-name", "Gwent");
    expect(words.code).toBe(2);
  });
});
