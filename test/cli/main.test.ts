import { POLICE_UK_DATA } from "../shared-data";
import { spawnSync } from "child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { gunzipSync, gzipSync } from "zlib";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { main, type CliIo } from "../../src/cli/main";
import { runSatk } from "./run-satk";
import { parseCsv } from "../../src/core/csv/parse-csv";
import { naiveRows } from "../police-uk-files";

const DATA = POLICE_UK_DATA;
const files = (force: string): string[] =>
  readdirSync(`${DATA}/${force}`)
    .sort()
    .map((f) => `${DATA}/${force}/${f}`);
const dir = mkdtempSync(join(tmpdir(), "satk-cli-"));

/** Runs satk in this process, capturing what it writes. */
const satk = runSatk;

/** Crimes counted from the naive line split: district `area`, months from..to ("YYYY-MM"), types given (or all but ASB). */
function count(rows: string[][], area: string, from: string, to: string, types?: string[]): number {
  return rows.filter(
    (f) =>
      f[8].startsWith(`${area} `) &&
      f[1] >= from &&
      f[1] <= to &&
      (types ? types.includes(f[9]) : f[9] !== "Anti-social behaviour"),
  ).length;
}

function pct(current: number, previous: number): string {
  return (Math.round(((current - previous) / previous) * 1000) / 10).toFixed(1);
}

describe("satk table rolling-year on the real Gwent files", () => {
  const gwent = naiveRows("gwent");
  let lines: string[][];
  let err: string;

  beforeAll(async () => {
    const run = await satk("table", "rolling-year", "--input", ...files("gwent"), "--area", "Newport");
    expect(run.code).toBe(0);
    // Standard error says what was understood, and nothing else.
    expect(run.err).toMatch(
      /^satk: read 2022-07-gwent-street\.csv \(and 29 more files read the same way\): one row per record/,
    );
    expect(run.err.split("\n").filter((l) => l !== "" && !l.startsWith("satk: "))).toEqual([]);
    expect(run.err).toContain('the force area "Gwent", the area of "Gwent Police"');
    err = run.err;
    lines = parseCsv(run.out);
  });

  it("writes one header row naming the end month and the two rolling years", () => {
    expect(lines[0].slice(1)).toEqual([
      "December 2024",
      "RY ending Dec 2024",
      "RY ending Dec 2023",
      "Number change",
      "% change",
      "Group",
    ]);
  });

  it("gives Burglary's counts, change and % change as counted from the raw lines", () => {
    const now = count(gwent, "Newport", "2024-01", "2024-12", ["Burglary"]);
    const before = count(gwent, "Newport", "2023-01", "2023-12", ["Burglary"]);
    const month = count(gwent, "Newport", "2024-12", "2024-12", ["Burglary"]);
    expect(lines.find((l) => l[0] === "Burglary")).toEqual([
      "Burglary",
      String(month),
      String(now),
      String(before),
      String(now - before),
      pct(now, before),
      "",
    ]);
  });

  it("writes sub-categories as clean data, with no dash or apostrophe and their group in the last column (issue 22 item 7)", () => {
    const now = count(gwent, "Newport", "2024-01", "2024-12", ["Robbery"]);
    const robbery = lines.find((l) => l[0] === "Robbery");
    expect(robbery?.[2]).toBe(String(now));
    expect(robbery?.[robbery.length - 1]).toBe("Violent crime");
    expect(lines[0][lines[0].length - 1]).toBe("Group");
    expect(lines.filter((l) => /^'|^- /.test(l[0]))).toEqual([]);
  });

  it("prints the notes under the table, which CSV has no place for, on standard error", () => {
    const asb = gwent.filter(
      (f) => f[8].startsWith("Newport ") && f[1] >= "2024-01" && f[1] <= "2024-12" && f[9] === "Anti-social behaviour",
    ).length;
    expect(err).toContain(
      `\nsatk: Anti-social behaviour (${asb} in the rolling year) is not a crime and is left out of All crime.\n`,
    );
  });

  it("leaves anti-social behaviour out of All crime", () => {
    const now = count(gwent, "Newport", "2024-01", "2024-12");
    const before = count(gwent, "Newport", "2023-01", "2023-12");
    expect(lines[lines.length - 1]).toEqual([
      "All crime",
      String(count(gwent, "Newport", "2024-12", "2024-12")),
      String(now),
      String(before),
      String(now - before),
      pct(now, before),
      "",
    ]);
  });
});

describe("satk table on the real Kent files", () => {
  const kent = naiveRows("kent");

  it("counts Maidstone's crimes in the end month chosen, and leaves unavailable comparisons empty", async () => {
    const run = await satk(
      "table",
      "rolling-year",
      "--input",
      ...files("kent"),
      "--area",
      "Maidstone",
      "--end-month",
      "2018-12",
    );
    const total = parseCsv(run.out).find((l) => l[0] === "All crime");
    expect(total).toEqual(["All crime", String(count(kent, "Maidstone", "2018-12", "2018-12")), "", "", "", "", ""]);
  });

  it("shows Folkestone and Hythe, not Shepway, in the area comparison, and Shepway with --no-renames", async () => {
    const renamed = await satk("table", "area-comparison", "--input", ...files("kent"));
    expect(renamed.out).toContain("\r\nFolkestone and Hythe,");
    expect(renamed.out).not.toContain("Shepway");
    const plain = await satk("table", "area-comparison", "--input", ...files("kent"), "--no-renames");
    expect(plain.out).toContain("\r\nShepway,");
  });

  it("writes Markdown in house style with the source line", async () => {
    const run = await satk(
      "table",
      "rolling-year",
      "--input",
      ...files("kent"),
      "--area",
      "Maidstone",
      "--format",
      "md",
    );
    expect(run.out).toMatch(/^### Volume of crimes by type, Maidstone/);
    expect(run.out).toContain("| **All crime** | **");
    expect(run.out).toContain("Open Government Licence v3.0");
  });

  it("writes an .xlsx file whose sheet holds the end month count", async () => {
    const out = join(dir, "t.xlsx");
    const run = await satk(
      "table",
      "rolling-year",
      "--input",
      ...files("kent"),
      "--area",
      "Maidstone",
      "--format",
      "xlsx",
      "--out",
      out,
    );
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
      const xml = await (await JSZip.loadAsync(run.written.get(out) as Uint8Array))
        .file("word/document.xml")
        ?.async("string");
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
    [
      ["table", "no-such-recipe", "--input", "x.csv"],
      /^satk: There is no table recipe "no-such-recipe"\. Recipes: rolling-year/,
    ],
    [["table", "rolling-year"], "satk: --input is required: name the data files (CSV, .csv.gz or .xlsx).\n"],
    [["table", "rolling-year", "--input", "/no/file.csv"], "satk: Cannot read /no/file.csv: there is no such file.\n"],
    [["table", "rolling-year", "--input", "x.csv", "--format", "xlsx"], "satk: --format xlsx needs --out FILE.xlsx.\n"],
    [
      ["table", "rolling-year", "--category", "Drugs", "--input", "x.csv"],
      /^satk: --category is not an option of rolling-year/,
    ],
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

describe("satk with files that cannot be written, option values out of range, and odd headers (issue 15.11)", () => {
  const kentFile = files("kent")[4];
  const kentText = (): string => gunzipSync(readFileSync(kentFile)).toString("utf8");
  /** Runs satk writing real files, as the process does. */
  async function satkToDisk(...argv: string[]): Promise<{ code: number; err: string }> {
    let err = "";
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (t) => void (err += t),
      writeFile: (p, d) => writeFileSync(p, d),
    };
    return { code: await main(argv, io), err };
  }

  it("refuses --out naming one of its inputs, by any spelling, and leaves the input as it was", async () => {
    const input = join(dir, "input-kept.csv.gz");
    copyFileSync(kentFile, input);
    const before = readFileSync(input);
    const spelt = `${dir}/../${basename(dir)}/./input-kept.csv.gz`;
    const run = await satkToDisk("table", "rolling-year", "--input", input, "--out", spelt);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^satk: --out .*input-kept\.csv\.gz is also an input .*overwrite the data/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("refuses --out that is a hard link to its input, and --out report.xlsx for a Word document unless --force, leaving both files as they were (issue 23.2)", async () => {
    const input = join(dir, "linked-input.csv.gz");
    copyFileSync(kentFile, input);
    const before = readFileSync(input);
    const link = join(dir, "linked-out.csv");
    if (existsSync(link)) unlinkSync(link);
    linkSync(input, link);
    const linked = await satkToDisk("table", "rolling-year", "--input", input, "--out", link);
    expect([linked.code, readFileSync(input).equals(before)]).toEqual([2, true]);
    expect(linked.err).toMatch(/^satk: --out .*linked-out\.csv is also an input .*linked-input\.csv\.gz/);
    const workbook = join(dir, "kept.xlsx");
    writeFileSync(workbook, "a workbook");
    const wrong = await satkToDisk("report", "--input", kentFile, "--out", workbook);
    expect([wrong.code, wrong.err, readFileSync(workbook, "utf8")]).toEqual([
      2,
      `satk: --out ${workbook} ends in .xlsx, but satk writes DOCX there: name it ${join(dir, "kept.docx")}, or add --force to write it under this name.\n`,
      "a workbook",
    ]);
    const forced = await satkToDisk(
      "table",
      "rolling-year",
      "--input",
      kentFile,
      "--out",
      join(dir, "forced.txt"),
      "--force",
    );
    expect(forced.code).toBe(0);
  });

  it.each([
    ["a folder", () => dir, /is a folder: give a file name/],
    [
      "in a folder that does not exist",
      () => join(dir, "no-such-folder", "t.csv"),
      /the folder .*no-such-folder does not exist/,
    ],
  ])("exits 2 with a plain message for --out %s", async (_, out, message) => {
    const run = await satkToDisk("table", "rolling-year", "--input", kentFile, "--out", out());
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err).not.toMatch(/internal error|\n\s+at /);
  });

  it("exits 3 with a plain message when the disk is full (/dev/full)", async () => {
    if (!existsSync("/dev/full")) return;
    const run = await satkToDisk("table", "rolling-year", "--input", kentFile, "--out", "/dev/full");
    expect(run.code).toBe(3);
    expect(run.err).toMatch(
      /\nsatk: Cannot write \/dev\/full: the disk is full\. Free some space, or write to another disk\.\n$/,
    );
  });

  it.each([
    ["rolling-year", "--years", "0", /The number of years must be 2 or 3, not 0/],
    ["fy-pivot", "--start-month", "13", /start month must be a month number from 1 to 12, not 13/],
    ["period-comparison", "--by", "ward", /Rows can be by "area" or "category", not "ward"/],
    ["category-by-year", "--years", "11", /must be 1 to 10, not 11/],
    ["period-comparison", "--period-months", "13", /1 to 12 months, not 13/],
    ["spc-series", "--months", "1", /2 or more months, not 1/],
  ])("exits 2, as README says for bad arguments, for %s %s %s", async (recipe, flag, value, message) => {
    const run = await satk("table", recipe, "--input", kentFile, flag, value);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
  });

  it("says a file is only a header row, instead of that the data have no records", async () => {
    const header = join(dir, "header-only.csv");
    writeFileSync(header, kentText().split("\n")[0] + "\n");
    const run = await satk("table", "rolling-year", "--input", header);
    expect([run.code, run.err]).toEqual([
      3,
      expect.stringMatching(/^satk: header-only\.csv has a header row but no rows of data under it/),
    ]);
  });

  it("names the two columns of a duplicated heading instead of reading one of them silently", async () => {
    const twice = join(dir, "twice.csv");
    writeFileSync(twice, "Month,Crime type,District,Count,Month\n2018-10,Burglary,Dover,4,2018-11\n");
    const run = await satk("table", "rolling-year", "--input", twice);
    expect(run.code).toBe(3);
    expect(run.err).toBe(
      'satk: twice.csv has two columns headed "Month" (A and E): rename or delete one, so the month is read from the column you mean.\n',
    );
  });

  it("reads a plain CSV whose 9 MB quoted field crosses the 8 MB read block, as it reads the file gzipped (issue 15.8)", async () => {
    const lines = kentText().split("\n");
    const long = `"${"a long, long note\r\n".repeat(500000)}"`;
    const text = [lines[0], lines[1], `${lines[2].replace(/,$/, "")},${long}`, ...lines.slice(3)].join("\n");
    const plain = join(dir, "long-field.csv");
    writeFileSync(plain, text);
    writeFileSync(`${plain}.gz`, gzipSync(text));
    const a = await satk("table", "rolling-year", "--input", plain);
    const b = await satk("table", "rolling-year", "--input", `${plain}.gz`);
    expect([a.code, a.err]).toEqual([0, b.err]);
    expect(a.out).toBe(b.out);
  });
});

describe("satk reads Windows-1252 and UTF-16 files and says so (issue 15.7)", () => {
  const text = "Month,Crime type,District,Count\r\n2018-10,Café £ theft,Dover,4\r\n2018-10,Burglary,Dover,2\r\n";

  it.each([
    ["Windows-1252", Buffer.from(text, "latin1"), "satk: enc.csv was read as Windows-1252: it is not UTF-8.\n"],
    ["UTF-16 LE", Buffer.from(`\ufeff${text}`, "utf16le"), "satk: enc.csv was read as UTF-16 LE.\n"],
  ])("reads a %s file's names as written, saying on standard error which encoding was read", async (_, bytes, told) => {
    const file = join(dir, "enc.csv");
    writeFileSync(file, bytes);
    const run = await satk("table", "area-comparison", "--input", file, "--category", "Café £ theft");
    expect([run.code, run.err.split("\n")[0] + "\n"]).toEqual([0, told]);
    expect(parseCsv(run.out)[1].slice(0, 2)).toEqual(["Dover", "4"]);
  });
});

describe("satk with one row dated 2999-01 (issue 15.9)", () => {
  it("keeps the data's own end month, reports the row as not used, and charts only the data's months", async () => {
    const kentFile = files("kent")[4];
    const lines = gunzipSync(readFileSync(kentFile)).toString("utf8").split("\n");
    const stray = join(dir, "2999.csv");
    writeFileSync(stray, [lines[0], lines[1].replace(/,2019-02,/, ",2999-01,"), ...lines.slice(2)].join("\n"));
    const md = await satk("table", "rolling-year", "--input", stray, "--format", "md");
    expect(md.code).toBe(0);
    expect(md.out).toContain("### Volume of crimes by type, All areas, RY ending Feb 2019\n");
    expect(md.out).toContain("month after the date of this run (2999-01) (1)");
    const spc = await satk("table", "spc-series", "--input", ...files("kent").slice(0, 4), stray);
    expect(spc.code).toBe(0);
    const months = new Set(
      parseCsv(spc.out)
        .slice(1)
        .map((l) => l[1]),
    );
    expect([...months]).toEqual(["Oct 2018", "Nov 2018", "Dec 2018", "Jan 2019", "Feb 2019"]);
  });
});

describe("satk spc-series with --rules and --steps (issue 15.12)", () => {
  const gwent = files("gwent");

  it("names the rules used and the step rule in the notes, on standard error for CSV", async () => {
    const auto = await satk("table", "spc-series", "--input", ...gwent, "--categories", "All crime");
    expect(auto.err).toContain(
      "satk: Limits are recalculated after a sustained shift (7 months in a row on one side of the centre line), with no period of fewer than 12 months.\n",
    );
    const kent5 = await satk(
      "table",
      "spc-series",
      "--input",
      ...gwent,
      "--categories",
      "All crime",
      "--steps",
      "kent5",
    );
    expect(kent5.err).toContain(
      "satk: Limits are rebased at each 5 data point step change (5 months in a row on one side of the centre line).\n",
    );
    expect(auto.err).toContain("satk: Special causes by the MDC rules.\n");
    const weco = await satk(
      "table",
      "spc-series",
      "--input",
      ...gwent,
      "--categories",
      "All crime",
      "--rules",
      "weco",
      "--steps",
      "none",
    );
    expect(weco.code).toBe(0);
    expect(weco.err).toContain("satk: Limits are not rebased automatically.\n");
    expect(weco.err).toContain("satk: Special causes by the WECO rules.\n");
  });

  it("keeps one set of limits with --steps none, and rebases after the number of points given", async () => {
    const limits = async (...extra: string[]) =>
      new Set(
        parseCsv((await satk("table", "spc-series", "--input", ...gwent, "--categories", "All crime", ...extra)).out)
          .slice(1)
          .map((l) => l[3]),
      ).size;
    const auto = await limits();
    expect(auto).toBeGreaterThan(1);
    expect(await limits("--steps", "none")).toBe(1);
    expect(await limits("--steps", "60")).toBe(1);
    expect(await limits("--steps", "3")).toBeGreaterThan(auto);
  });

  it.each([
    ["--rules", "SHEWHART", /The SPC rules must be one of MDC, NHSR, WECO, ANHOEJ, not "SHEWHART"/],
    ["--steps", "1", /Steps must be none, auto or a number of points from 2 up, not "1"/],
  ])("exits 2 for %s %s", async (flag, value, message) => {
    const run = await satk("table", "spc-series", "--input", gwent[0], flag, value);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
  });
});

describe("bin/satk.js as a process", () => {
  it("runs the compiled tool, writing CSV to standard output and exiting 0, or 2 with a message", () => {
    // tsc writes lib/ even when another engineer's file has a type error, so its status is not checked;
    // webpack then bundles it (lib/bundle/satk.js, which bin/satk.js runs, with its worker).
    spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: join(__dirname, "../..") });
    spawnSync("npx", ["webpack", "--config", "webpack.cli.config.js"], { cwd: join(__dirname, "../..") });
    const bin = join(__dirname, "../../bin/satk.js");
    const ok = spawnSync(
      process.execPath,
      [bin, "table", "rolling-year", "--input", files("kent")[4], "--area", "Maidstone"],
      { encoding: "utf8" },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout.split("\r\n")[0]).toBe(
      ",February 2019,RY ending Feb 2019,RY ending Feb 2018,Number change,% change,Group",
    );
    const bad = spawnSync(process.execPath, [bin, "table", "rolling-year", "--bogus"], { encoding: "utf8" });
    expect([bad.status, bad.stderr]).toEqual([2, "satk: There is no option --bogus. See satk --help.\n"]);
  }, 120000);

  it("reads a gzip bomb (1.4 MB unpacking to 400 MB) as a stream, its peak memory under 300 MB (issue 15.10)", () => {
    const bomb = join(dir, "bomb.csv.gz");
    const row =
      "a1b2,2018-10,Kent Police,Kent Police,0.5,51.2,On or near X,E01,Maidstone 001A,Burglary,Under investigation,\n";
    const perBlock = Math.floor((1 << 20) / row.length);
    const header =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";
    // Made here, not committed: a gzip file of 401 members (gzip allows them one after another), the
    // header, then the same 1 MB of rows compressed to about 3 KB, 400 times.
    const block = gzipSync(row.repeat(perBlock), { level: 9 });
    writeFileSync(bomb, Buffer.concat([gzipSync(header), ...Array.from({ length: 400 }, () => block)]));
    const script = `require(${JSON.stringify(join(__dirname, "../../lib/cli/main.js"))}).main(["table", "rolling-year", "--input", ${JSON.stringify(bomb)}], { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), writeFile() {} }).then((c) => { process.stderr.write("peak " + peakKb() + "\\n"); process.exitCode = c; })`;
    // The peak of this process's own memory: VmHWM (Linux) starts afresh at exec, while getrusage's
    // maxRSS carries the forking Jest worker's size over and would measure the test runner instead.
    const peak = `const peakKb = () => { try { return Number(/VmHWM:\\s*(\\d+)/.exec(require("fs").readFileSync("/proc/self/status", "utf8"))[1]); } catch { return process.resourceUsage().maxRSS; } };`;
    const run = spawnSync(process.execPath, ["-e", `${peak}${script}`], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(parseCsv(run.stdout).find((l) => l[0] === "All crime")?.[1]).toBe(String(400 * perBlock));
    const peakMb = Number(/peak (\d+)/.exec(run.stderr)?.[1]) / 1024;
    expect(peakMb).toBeLessThan(300);
  }, 120000);

  it("prints the same table and notes for a CSV over 64 MB, read by two threads when a core is free, as one thread prints", async () => {
    const big = join(dir, "big.csv");
    const header =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\r\n";
    // Quoted fields (commas, doubled quotes, a line break in Context), CRLF line ends, blank rows and rows with no month.
    const row = (k: number): string =>
      k % 997 === 0
        ? "\r\n"
        : `id${k},${k % 1009 === 0 ? "" : `20${18 + (k % 3)}-${String(1 + (k % 12)).padStart(2, "0")}`},Kent Police,Kent Police,0.5,51.2,"On or near ""The Street"", ${k % 50}",E0${k % 13},${["Dover", "Swale", "Maidstone"][k % 3]} 00${k % 7}A,"${["Burglary", "Theft, other", "Drugs", "Anti-social behaviour"][k % 4]}",,${k % 5 === 0 ? '"a\r\nb"' : ""}\r\n`;
    // Written in runs of rows, not held as one 70 MB string.
    const fd = openSync(big, "w");
    writeSync(fd, header);
    for (let k = 0; k < 600000; k += 10000) writeSync(fd, Array.from({ length: 10000 }, (_, j) => row(k + j)).join(""));
    closeSync(fd);
    expect(statSync(big).size).toBeGreaterThan(64 << 20);
    const args = ["table", "rolling-year", "--input", big, "--area", "Maidstone"];
    const two = spawnSync(process.execPath, [join(__dirname, "../../bin/satk.js"), ...args], { encoding: "utf8" });
    // In this process the source is TypeScript, with no worker script to start: one thread reads the file.
    const one = await satk(...args);
    expect([two.status, two.stdout, two.stderr]).toEqual([0, one.out, one.err]);
  }, 120000);
});

describe("satk findings, and findings in satk report and .xlsx", () => {
  const gwent = naiveRows("gwent");

  it("prints the key findings of the standard tables, the headline counted from the raw lines", async () => {
    const run = await satk(
      "findings",
      "--input",
      ...files("gwent"),
      "--area",
      "Newport",
      "--area-words",
      "the city",
      "--force-name",
      "Gwent",
    );
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
    const xml = await (await JSZip.loadAsync(run.written.get(out) as Uint8Array))
      .file("word/document.xml")
      ?.async("string");
    expect(xml).toMatch(/All crime in Newport (rose|fell) by/);
    expect(xml).toContain("Significant change");
  });

  it("adds a Key findings sheet to a table's .xlsx", async () => {
    const out = join(dir, "findings.xlsx");
    const run = await satk(
      "table",
      "rolling-year",
      "--input",
      ...files("gwent"),
      "--area",
      "Newport",
      "--format",
      "xlsx",
      "--out",
      out,
    );
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(run.written.get(out) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Key findings");
    expect(String(sheet?.getCell(4, 1).value)).toMatch(/^All crime in Newport (rose|fell) by/);
    expect(sheet?.getCell(4, 2).value).toBe("Volume of crimes by type, Newport, RY ending Dec 2024");
  });

  it("takes --significance with or without a level, and refuses a level outside 0 to 1 or findings words on satk table", async () => {
    const with1 = await satk(
      "table",
      "rolling-year",
      "--input",
      ...files("gwent"),
      "--area",
      "Newport",
      "--significance",
      "1%",
    );
    expect(with1.code).toBe(0);
    expect(with1.out.split("\n")[0]).toMatch(/,Significant change,Group\r?$/);
    const bad = await satk("table", "rolling-year", "--input", ...files("gwent"), "--significance", "5");
    expect([bad.code, bad.err]).toEqual([
      2,
      'satk: --significance must be a level between 0 and 1, such as 0.05 or 5%, not "5".\n',
    ]);
    const words = await satk("table", "rolling-year", "--input", ...files("gwent"), "--force-name", "Gwent");
    expect(words.code).toBe(2);
  });
});
