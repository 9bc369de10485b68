/**
 * Drives dist/playground.html in Debian's chromium (playwright-core): the sample, the rolling-year
 * table, an SPC chart, the rate table, Copy for Word, the safety cases, keyboard use, axe-core's
 * accessibility rules on every step, and save-word.html (Export to Word's route on a Mac). Expected
 * counts are made here from the bundled sample files by plain string handling, independently of the
 * toolkit's ingestion.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { execSync } from "child_process";
import type { AddressInfo } from "net";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import JSZip from "jszip";
import { serveFolder } from "../../scripts/static-server";
import { packTables } from "../../src/export/table-transfer";
import { spcTable, volumeByType } from "../export/seed-tables";
import { describeWithTool, type RequiredTool } from "../required-tool";
import { CATALOGUE } from "../../src/core/tables/catalogue";
import { wizardFields } from "../../src/taskpane/wizard-fields";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const sample = zlib
  .gunzipSync(fs.readFileSync(path.join(ROOT, "assets", "sample", "gwent-three-districts.csv.gz")))
  .toString("utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split(","));
const district = (lsoaName: string) => lsoaName.replace(/ \w+$/, "");
/** Crimes (anti-social behaviour left out) of a district in the months from `first` to `last` ("YYYY-MM"). */
const crimes = (area: string, first: string, last: string) =>
  sample.filter((r) => district(r[2]) === area && r[3] !== "Anti-social behaviour" && r[0] >= first && r[0] <= last)
    .length;
/** The census file's POP21 by district name, split by hand (no quoted commas in it). */
const pop21 = new Map(
  fs
    .readFileSync(path.join(ROOT, "assets", "sample", "population-gwent.csv"), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(","))
    .map((c) => [c[1], Number(c[5])] as const),
);
const areaWithMostRows = (() => {
  const counts = new Map<string, number>();
  for (const r of sample) counts.set(district(r[2]), (counts.get(district(r[2])) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
})();

let server: http.Server;
let base = "";
let context: BrowserContext;
let userDataDir = "";
const requested: string[] = [];
const notFound: string[] = [];
const dialogs: string[] = [];
/** Requests answered inside the test by a stand-in (office.js for taskpane.html): they never left the machine. */
const stubbed = new Set<string>();
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's violations on the page as it is now (every rule axe runs by default, WCAG 2 A/AA and best practice). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document)).violations); // eslint-disable-line @typescript-eslint/no-explicit-any
  return violations.map(
    (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
      `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

// Without Debian's chromium the suite fails saying so, or with SATK_SKIP_BROWSER=1 skips it with a loud line
// (test/required-tool.ts); never in CI, where .ci/run installs it.
const CHROMIUM_TOOL: RequiredTool = {
  what: `Debian's chromium at ${CHROMIUM}`,
  present: fs.existsSync(CHROMIUM),
  install: "apt-get install chromium",
  skipVariable: "SATK_SKIP_BROWSER",
};
const run = (title: string, body: () => void) => describeWithTool(CHROMIUM_TOOL, title, body);

beforeAll(async () => {
  if (!CHROMIUM_TOOL.present) return;
  if (!fs.existsSync(path.join(DIST, "playground.html")))
    execSync("npx webpack --mode development", { cwd: ROOT, stdio: "ignore" });
  server = (await serveFolder(DIST)).server;
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "satk-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
  context.on("request", (request) => requested.push(request.url()));
  context.on("response", (response) => void (response.status() === 404 && notFound.push(response.url())));
}, 120000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

async function openPlayground(): Promise<Page> {
  const page = await context.newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${base}/playground.html`);
  return page;
}

/** The playground loads the sample by itself on opening; this waits for it. */
async function loadSample(page: Page): Promise<void> {
  await page.waitForFunction(() => /Loaded/.test(document.getElementById("pg-load-status")?.textContent ?? ""));
}

/** A fingerprint of a whole sheet, made in the page (sending 260,000 cells through playwright is slow). */
function sheetFingerprint(page: Page, sheet: string) {
  return page.evaluate((s) => {
    const text = JSON.stringify((window as any).__satk.workbook.valuesOf(s)); // eslint-disable-line @typescript-eslint/no-explicit-any
    let hash = 0;
    for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
    return `${text.length}:${hash}`;
  }, sheet);
}

/** Reads a sheet through the page's in-memory workbook. */
function sheetValues(page: Page, sheet: string, address?: string) {
  const read = ([s, a]: readonly [string, string | null]) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (window as any).__satk.workbook.valuesOf(s, a ?? undefined);
  return page.evaluate(read, [sheet, address ?? null] as const);
}

async function readSheet(page: Page, sheet: string): Promise<void> {
  await page.selectOption("#satk-source-kind", "sheet");
  await page.waitForSelector(`#satk-source-name option[value="${sheet.replace(/"/g, '\\"')}"]`, { state: "attached" });
  await page.selectOption("#satk-source-name", sheet);
  await page.click("#satk-read");
  await page.waitForSelector("#satk-preview table");
  await page.click("#satk-next-1");
  await page.waitForSelector("#step-tables:not([hidden])");
}

async function makeTables(page: Page, ...recipes: string[]): Promise<string[]> {
  await page
    .locator("#satk-recipes input[value]:checked")
    .evaluateAll((boxes) => boxes.forEach((b) => ((b as HTMLInputElement).checked = false)));
  for (const recipe of recipes)
    await page.check(recipe === "all-standard" ? "#satk-all-standard" : `#satk-recipe-${recipe}`);
  await page.click("#satk-generate");
  await page.waitForFunction(
    () =>
      /^Made \d+ table/.test(document.getElementById("satk-status")?.textContent ?? "") ||
      (document.getElementById("satk-error")?.textContent ?? "") !== "",
    undefined,
    { timeout: 60000 },
  );
  expect(await page.textContent("#satk-error")).toBe("");
  return page.locator("#satk-results li").allTextContents();
}

run("the playground in chromium", () => {
  it("makes the rolling-year table from the sample, counts matching the raw file, source sheet unchanged", async () => {
    const page = await openPlayground();
    await loadSample(page);
    expect(await page.textContent("body")).toContain(
      "Contains public sector information licensed under the Open Government Licence v3.0 (data.police.uk).",
    );
    const before = await sheetFingerprint(page, "Gwent sample");
    await readSheet(page, "Gwent sample");
    expect(await page.inputValue("#satk-layout")).toBe("record");
    expect(await page.inputValue("#satk-area")).toBe(areaWithMostRows);
    expect(await page.locator("#satk-end-month option:checked").textContent()).toBe("Dec 2024");
    const results = await makeTables(page, "rolling-year");
    expect(results[0]).toMatch(/^Volume of crimes by type/);
    const sheet = /sheet "(.+)"$/.exec(results[0])![1];
    const values = (await sheetValues(page, sheet)) as (string | number)[][];
    const total = values.find((row) => row[0] === "All crime");
    expect(total?.slice(1, 4)).toEqual([
      crimes(areaWithMostRows, "2024-12", "2024-12"),
      crimes(areaWithMostRows, "2024-01", "2024-12"),
      crimes(areaWithMostRows, "2023-01", "2023-12"),
    ]);
    const shownTotal = await page
      .locator("#pg-sheet tr", { hasText: "All crime" })
      .first()
      .locator("td")
      .allTextContents();
    expect(shownTotal[0]).toBe("All crime");
    expect(shownTotal[4]).toMatch(/^[+-]?[\d,]+$/);
    expect(shownTotal[5]).toMatch(/^([+-]\d+\.\d%|0\.0%)$/);
    expect(await sheetFingerprint(page, "Gwent sample")).toBe(before);
    await page.close();
  }, 120000);

  it("writes the rolling-year table as its live formula, which the playground calculates to the values table's figures", async () => {
    const page = await openPlayground();
    await loadSample(page);
    await readSheet(page, "Gwent sample");
    const [fixed] = await makeTables(page, "rolling-year");
    const valuesSheet = /sheet "(.+)"$/.exec(fixed)![1];
    await page.selectOption("#satk-table-output", "formulas");
    await page.click("#satk-generate"); // the same table ticked; the status still says "Made 1 table" from the first run, so wait for the list
    await page.click("#satk-replace-no"); // the last run's sheets are asked about: kept, as the values table is compared below
    await page.waitForFunction(
      () =>
        /\((live formula|values: .*)\)$/.test(document.querySelector("#satk-results li")?.textContent ?? "") ||
        (document.getElementById("satk-error")?.textContent ?? "") !== "",
      undefined,
      { timeout: 60000 },
    );
    expect(await page.textContent("#satk-error")).toBe("");
    const [live] = await page.locator("#satk-results li").allTextContents();
    expect(live).toMatch(/ \(live formula\)$/);
    const liveSheet = /sheet "(.+)" \(live formula\)$/.exec(live)![1];
    const formula = await page.evaluate((s) => (window as any).__satk.workbook.sheet(s).rows[3][0].formula, liveSheet); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(formula).toMatch(
      /^=CSP\.RYTABLE\('Gwent sample'!\$A\$2:\$A\$65888,'Gwent sample'!\$D\$2:\$D\$65888,"2024-12",'Gwent sample'!\$C\$2:\$C\$65888,"[^"]+",,2\)$/,
    );
    const values = (await sheetValues(page, valuesSheet)) as (string | number)[][];
    const spilled = (await sheetValues(page, liveSheet)) as (string | number)[][];
    const row = (block: (string | number)[][], label: string) => block.find((r) => r[0] === label)!;
    for (const label of ["Victim based crime", "- Robbery", "All crime"]) {
      const [fixedRow, liveRow] = [row(values, label), row(spilled, label)];
      expect(liveRow.slice(1, 5)).toEqual(fixedRow.slice(1, 5)); // month, both rolling years, number change
      expect(liveRow[5]).toBeCloseTo((fixedRow[5] as number) * 100, 6); // % change in points (the values sheet holds a fraction under a % format)
    }
    expect(spilled[3][0]).toBe(""); // the header's blank corner shows blank, not 0
    await page.close();
  }, 120000);

  it("offers every recipe of the catalogue and a field for every option the recipes declare, with the declared defaults", async () => {
    const page = await openPlayground();
    await loadSample(page);
    await readSheet(page, "Gwent sample");
    for (const recipe of CATALOGUE) expect(await page.locator(`#satk-recipe-${recipe.id}`).count()).toBe(1);
    for (const option of CATALOGUE.flatMap((r) => r.options)) {
      // The grouping is chosen with the columns, in the Source step.
      const id =
        option.name === "grouping"
          ? "satk-grouping"
          : `satk-${option.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      expect([option.name, await page.locator(`#${id}`).count()]).toEqual([option.name, 1]);
    }
    for (const field of wizardFields().filter((f) => f.type === "choice"))
      expect(await page.inputValue(`#${field.id}`)).toBe(field.defaultValue);
    expect(await page.inputValue("#satk-period-months")).toBe("");
    expect(await page.getAttribute("#satk-period-months", "placeholder")).toBe("12");
    await page.close();
  });

  it("checks a table the toolkit made: selected whole, it checks clean, and the report goes on a new sheet", async () => {
    const page = await openPlayground();
    await loadSample(page);
    await readSheet(page, "Gwent sample");
    const results = await makeTables(page, "area-comparison");
    const sheet = /sheet "(.+)"$/.exec(results[0])![1];
    const before = await sheetFingerprint(page, sheet);
    await page.evaluate((s) => {
      const wb = (window as any).__satk.workbook; // eslint-disable-line @typescript-eslint/no-explicit-any
      const rect = wb.usedRect(wb.sheet(s));
      wb.select(s, `A1:${String.fromCharCode(65 + rect.columns - 1)}${rect.rows}`);
    }, sheet);
    await page.click("#satk-check-table");
    await page.waitForFunction(
      () =>
        /^Checked /.test(document.getElementById("satk-status")?.textContent ?? "") ||
        (document.getElementById("satk-error")?.textContent ?? "") !== "",
    );
    expect(await page.textContent("#satk-error")).toBe("");
    expect(await page.textContent("#satk-status")).toMatch(
      /: all \d+ derived cells agree\. What was recognised is on "Check /,
    );
    const report = (await sheetValues(page, `Check ${sheet}`.slice(0, 31))) as string[][];
    expect(report[1][0]).toMatch(/^All \d+ derived cells agree\.$/);
    expect(await sheetFingerprint(page, sheet)).toBe(before);
    await page.close();
  }, 120000);

  it("draws SPC line charts whose series are the monthly counts, centre line, limits and special causes", async () => {
    const page = await openPlayground();
    await loadSample(page);
    await readSheet(page, "Gwent sample");
    await makeTables(page, "spc-series");
    const charts = await page.evaluate(() => {
      const wb = (window as any).__satk.workbook; // eslint-disable-line @typescript-eslint/no-explicit-any
      const sheet = wb.sheets.find((s: { charts: unknown[] }) => s.charts.length > 0);
      return sheet.charts.map((c: { title: string; resolved: () => unknown }) => ({
        title: c.title,
        ...(c.resolved() as object),
      }));
    });
    expect(charts.length).toBeGreaterThan(1);
    const first = charts[0] as {
      title: string;
      series: { name: string; points: (number | string)[] }[];
      categories: number[];
    };
    expect(first.title).toMatch(new RegExp(`^All crime, ${areaWithMostRows}, Jul 2022 - Dec 2024`));
    expect(first.series.map((s) => s.name)).toEqual([
      "Count",
      "Centre line",
      "Lower limit",
      "Upper limit",
      "Special cause concern",
      "Special cause improvement",
    ]);
    const months = [...new Set(sample.map((r) => r[0]))].sort();
    expect(first.series[0].points).toEqual(months.map((m) => crimes(areaWithMostRows, m, m)));
    for (const markers of [first.series[4], first.series[5]])
      markers.points.forEach((p, m) => expect(p === "" || p === first.series[0].points[m]).toBe(true));
    expect(await page.locator("#pg-sheet figure.chart img").count()).toBe(charts.length);
    await page.close();
  }, 120000);

  it('makes the rate table from the sample\'s Population sheet with "All standard tables", districts ranked by rate', async () => {
    const page = await openPlayground();
    await loadSample(page);
    expect(await page.textContent("footer.licence")).toContain(
      "Population: Office for National Statistics, Census 2011 and 2021, Open Government Licence v3.0.",
    );
    await readSheet(page, "Gwent sample");
    expect(await page.inputValue("#satk-population")).toBe("Population");
    const results = await makeTables(page, "all-standard");
    expect(results.filter((r) => /not made/.test(r))).toEqual([]);
    expect(results).toContainEqual(
      expect.stringMatching(/^All crime per 1,000 population, RY ending Dec 2024: sheet "(.+)"$/),
    );
    const sheet = /sheet "(.+)"$/.exec(results.find((r) => r.startsWith("All crime per 1,000"))!)![1];
    const values = (await sheetValues(page, sheet)) as (string | number)[][];
    // The sample's three districts; Caerphilly and Newport have population but no crimes in it, so no row.
    const districts = ["Blaenau Gwent", "Monmouthshire", "Torfaen"];
    const rows = districts.map((d) => values.find((row) => row[0] === d)!);
    const counts = districts.map((d) => crimes(d, "2024-01", "2024-12"));
    // Rate per 1,000 = crimes / POP21 x 1000, to one decimal place, worked out here from the raw files.
    const rates = districts.map((d, i) => Math.round((counts[i] / pop21.get(d)!) * 10000) / 10);
    const ranks = rates.map((r) => 1 + rates.filter((other) => other < r).length);
    expect(rows.map((row) => [row[1], row[2], row[4]])).toEqual(
      districts.map((_, i) => [counts[i], rates[i], ranks[i]]),
    );
    expect(new Set(ranks)).toEqual(new Set([1, 2, 3]));
    await page.close();
  }, 120000);

  it("copies the chosen table, not the first, for Word: its first data row matches its sheet", async () => {
    const page = await openPlayground();
    await loadSample(page);
    await readSheet(page, "Gwent sample");
    const results = await makeTables(page, "rolling-year", "area-comparison");
    expect(results).toHaveLength(3);
    expect(results[2]).toBe('Key findings: sheet "Key findings"'); // the findings of the two tables, on their own sheet
    expect(await page.isChecked("#satk-chosen-0")).toBe(true);
    const sheetOf = (result: string) => /sheet "(.+)"$/.exec(result)![1];
    await page.click(`#pg-tabs button[data-sheet="${sheetOf(results[1])}"]`); // the tab stands in for Excel's active sheet
    expect(await page.isChecked("#satk-chosen-1")).toBe(true);
    await page.click(`#pg-tabs button[data-sheet="${sheetOf(results[0])}"]`);
    expect(await page.isChecked("#satk-chosen-0")).toBe(true);
    await page.click('#pg-tabs button[data-sheet="Gwent sample"]');
    expect(await page.isChecked("#satk-chosen-0")).toBe(true);
    await page.check("#satk-chosen-1");
    await page.click("#satk-export-copy-word");
    await page.waitForFunction(() => /^Copied /.test(document.getElementById("satk-status")?.textContent ?? ""));
    expect(await page.textContent("#satk-error")).toBe("");
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const html = await (await item.getType("text/html")).text();
      const doc = new DOMParser().parseFromString(html, "text/html");
      return {
        title: doc.querySelector("p")?.textContent,
        firstRow: [...doc.querySelectorAll("tbody tr:first-child td")].map((td) => td.textContent ?? ""),
      };
    });
    const sheet = /sheet "(.+)"$/.exec(results[1])![1];
    const values = (await sheetValues(page, sheet)) as (string | number)[][];
    expect(copied.title).toBe(values[0][0]);
    expect(await page.textContent("#satk-status")).toBe(
      `Copied "${values[0][0]}": paste it into Word with Ctrl+V (Cmd+V on a Mac).`,
    );
    const row = values.find((r) => r[0] === copied.firstRow[0])!;
    // House style on the clipboard ("+1,234", "+12.3%"), plain numbers on the sheet (a percentage as a fraction).
    expect(copied.firstRow[0]).toBe(row[0]);
    expect(copied.firstRow.length).toBeGreaterThan(3);
    copied.firstRow.slice(1).forEach((text, i) => {
      const shown = Number(text.replace(/[+,%]/g, ""));
      expect(text.endsWith("%") ? Math.abs(shown - Number(row[i + 1]) * 100) < 1e-9 : shown === row[i + 1]).toBe(true);
    });
    await page.close();
  }, 120000);

  it("shows markup in cells as text and writes names starting with = + - @ as text", async () => {
    const page = await openPlayground();
    const img = "<img src=x onerror=alert(1)>";
    const months = Array.from(
      { length: 24 },
      (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
    );
    const areas = ["=Evil", "+Plus", "-Minus", "@At", img];
    const rows = [
      ["Month", "LSOA name", "Crime type"],
      ...months.flatMap((m) => areas.map((a) => [m, `${a} 001A`, "Burglary"])),
      [months[0], "=Evil 001A", '=HYPERLINK("http://x")'],
    ];
    await page.evaluate((r) => (window as any).__satk.addUserSheet("Unsafe", r), rows); // eslint-disable-line @typescript-eslint/no-explicit-any
    await readSheet(page, "Unsafe");
    expect(await page.locator("#satk-preview td", { hasText: img }).count()).toBeGreaterThan(0);
    expect(await page.locator("img[src='x']").count()).toBe(0);
    await page.selectOption("#satk-category", "All crime");
    const results = await makeTables(page, "area-comparison");
    expect(results).toHaveLength(2);
    expect(results[1]).toBe('Key findings: sheet "Key findings"');
    const cellsOf = (name: string) =>
      page.evaluate((n) => {
        const sheet = (window as any).__satk.workbook.sheet(n); // eslint-disable-line @typescript-eslint/no-explicit-any
        return sheet.rows
          .flat()
          .filter(Boolean)
          .map((c: { value: unknown; formula?: string; numberFormat: string }) => ({
            value: c.value,
            formula: c.formula ?? null,
            numberFormat: c.numberFormat,
          }));
      }, name);
    const out = await cellsOf(/sheet "(.+)"$/.exec(results[0])![1]);
    const findings = await cellsOf("Key findings");
    expect(
      findings.every(
        (c: { value: unknown; formula: string | null; numberFormat: string }) =>
          c.formula === null && (typeof c.value !== "string" || c.numberFormat === "@"),
      ),
    ).toBe(true);
    expect(
      findings.some((c: { value: unknown }) => typeof c.value === "string" && /^All crime in /.test(c.value)),
    ).toBe(true);
    for (const name of ["=Evil", "+Plus", "-Minus", "@At", img]) {
      const cell = out.find((c: { value: unknown }) => c.value === name);
      expect(cell).toEqual({ value: name, formula: null, numberFormat: "@" });
    }
    expect(out.every((c: { formula: string | null }) => c.formula === null)).toBe(true);
    expect(await page.locator("#pg-sheet td", { hasText: img }).count()).toBeGreaterThan(0);
    expect(await page.locator("img[src='x']").count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 120000);

  it("can be used by keyboard alone, with a label on every control", async () => {
    const page = await openPlayground();
    const focusId = () => page.evaluate(() => document.activeElement?.id ?? "");
    const tabTo = async (id: string) => {
      // Enough presses to pass every option field the recipes declare (one per option, partner tables included).
      for (let i = 0; i < 120 && (await focusId()) !== id; i++) await page.keyboard.press("Tab");
      expect(await focusId()).toBe(id);
    };
    await loadSample(page);
    await tabTo("pg-load");
    await page.focus("body");
    await tabTo("satk-source-kind");
    await page.keyboard.press("Tab");
    expect(await focusId()).toBe("satk-source-name");
    await page.keyboard.press("Tab");
    expect(await focusId()).toBe("satk-read");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#satk-preview table");
    await tabTo("satk-next-1");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#step-tables:not([hidden])");
    expect(await focusId()).toBe("step-tables-title");
    await page.keyboard.press("Tab");
    expect(await focusId()).toBe("satk-all-standard");
    await tabTo("satk-recipe-rolling-year");
    await page.keyboard.press("Space");
    await tabTo("satk-generate");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => /^Made 1 table/.test(document.getElementById("satk-status")?.textContent ?? ""),
      undefined,
      { timeout: 60000 },
    );
    expect(await focusId()).toBe("step-output-title");
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input, select, button, progress")]
        .filter(
          (c) =>
            !((c as HTMLInputElement).labels?.length || c.getAttribute("aria-label") || (c.textContent ?? "").trim()),
        )
        .map((c) => `${c.tagName.toLowerCase()}#${c.id}`),
    );
    expect(unlabelled).toEqual([]);
    await page.close();
  }, 120000);

  it("calculates the MoRiLE matrix live: levels chosen in its drop-downs score the theme and put it top of the priorities", async () => {
    const page = await openPlayground();
    await loadSample(page);
    await page.click("#satk-morile");
    await page.waitForSelector('#pg-sheet[data-sheet="MoRiLE matrix"] select[data-cell="B8"]');
    expect(await page.textContent('#pg-sheet td[data-cell="A8"]')).toBe("Domestic abuse");
    expect(await page.getAttribute('#pg-sheet select[data-cell="B8"]', "aria-label")).toBe(
      "Physical harm, Domestic abuse (B8)",
    );
    // The Illustrative profile's worked example: harm 4+4+2+2+2 = 14, likelihood 3+4 = 7, risk 98,
    // confidence 3, organisational 2+2 = 4, final 98 x 3 x 4 = 1176, which is High (1000 and over).
    const levels = [
      "Severe",
      "Severe",
      "Moderate",
      "Moderate",
      "Borough",
      "Frequent",
      "Very high",
      "High",
      "Stretched",
      "Partial",
    ];
    for (const [i, level] of levels.entries()) {
      await page.selectOption(`#pg-sheet select[data-cell="${"BCDEFGHIJK"[i]}8"]`, level);
    }
    await page.waitForFunction(() => document.querySelector('#pg-sheet td[data-cell="Q8"]')?.textContent === "1176");
    expect(await page.textContent('#pg-sheet td[data-cell="R8"]')).toBe("High");
    expect(await page.inputValue('#pg-sheet select[data-cell="K8"]')).toBe("Partial");
    // By keyboard: the focused drop-down keeps the focus through the redraw its change causes.
    await page.focus('#pg-sheet select[data-cell="B9"]');
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(
      () => document.querySelector<HTMLSelectElement>('#pg-sheet select[data-cell="B9"]')?.value === "Low",
    );
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell)).toBe("B9");
    await page.click('#pg-tabs button[data-sheet="MoRiLE priorities"]');
    await page.waitForSelector('#pg-sheet[data-sheet="MoRiLE priorities"]');
    const top = await page.locator('#pg-sheet tr:has(td[data-cell="A5"]) td').allTextContents();
    expect(top.slice(0, 4)).toEqual(["1", "Domestic abuse", "1176", "High"]);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 120000);

  // Issue 24, item 10: the playground as a new analyst tries it.
  const PASTED = [
    ["Type", "2017", "2018", "Change"],
    ["Burglary", 5, 7, 2],
    ["Robbery", 1, 2, 1],
    ["Total", 6, 9, 3],
  ];
  const selection = (page: Page) => page.evaluate(() => (window as any).__satk.workbook.selection); // eslint-disable-line @typescript-eslint/no-explicit-any

  async function openWithPasted(): Promise<Page> {
    const page = await openPlayground();
    await loadSample(page);
    await page.evaluate((r) => (window as any).__satk.addUserSheet("Pasted", r), PASTED); // eslint-disable-line @typescript-eslint/no-explicit-any
    await page.waitForSelector('#pg-sheet[data-sheet="Pasted"] td[data-cell="D4"]');
    return page;
  }

  it("selects ranges in the grid with the mouse as Excel does: click, Shift+click, drag and column letters, and Check a table reads them", async () => {
    const page = await openWithPasted();
    await page.click('#pg-sheet td[data-cell="A1"]');
    await page.click('#pg-sheet td[data-cell="D4"]', { modifiers: ["Shift"] });
    expect(await selection(page)).toEqual({ sheet: "Pasted", address: "A1:D4" });
    // The grid and its selection label are redrawn on the next animation frame, as the page paints.
    await page.waitForFunction(() => document.getElementById("pg-selection")?.textContent === "Pasted!A1:D4");
    expect(await page.textContent("#pg-selection")).toBe("Pasted!A1:D4");
    await page.waitForFunction(() => document.querySelectorAll("#pg-sheet td.selected").length === 16);
    expect(await page.locator("#pg-sheet td.selected").count()).toBe(16);
    await page.hover('#pg-sheet td[data-cell="B2"]');
    await page.mouse.down();
    await page.hover('#pg-sheet td[data-cell="C3"]');
    await page.mouse.up();
    expect(await selection(page)).toEqual({ sheet: "Pasted", address: "B2:C3" });
    await page.click('#pg-sheet th[data-column="0"]');
    await page.click('#pg-sheet th[data-column="3"]', { modifiers: ["Shift"] });
    expect(await selection(page)).toEqual({ sheet: "Pasted", address: "A1:D1048576" });
    await page.click("#satk-check-table");
    await page.waitForFunction(
      () =>
        /^Checked /.test(document.getElementById("satk-status")?.textContent ?? "") ||
        (document.getElementById("satk-error")?.textContent ?? "") !== "",
    );
    expect(await page.textContent("#satk-error")).toBe("");
    expect(await page.textContent("#satk-status")).toMatch(/^Checked Pasted!A1:D4: /); // whole columns read as the table in them
    expect(await sheetValues(page, "Pasted")).toEqual(PASTED);
    await page.close();
  }, 120000);

  it('selects ranges with the keyboard as Excel does, and reads them as "The current selection"', async () => {
    const page = await openWithPasted();
    await page.click('#pg-sheet td[data-cell="A1"]');
    for (const key of ["Shift+ArrowRight", "Shift+ArrowRight", "Shift+ArrowDown", "Shift+ArrowDown"])
      await page.keyboard.press(key);
    expect(await selection(page)).toEqual({ sheet: "Pasted", address: "A1:C3" });
    await page.keyboard.press("ArrowDown");
    expect(await selection(page)).toEqual({ sheet: "Pasted", address: "A2" });
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Control+Space");
    expect(await selection(page)).toEqual({ sheet: "Pasted", address: "B1:B1048576" });
    await page.keyboard.press("ArrowUp"); // back to a cell: B1
    await page.keyboard.press("ArrowLeft");
    for (const key of ["Shift+ArrowRight", "Shift+ArrowRight", "Shift+ArrowDown", "Shift+ArrowDown"])
      await page.keyboard.press(key);
    expect(await selection(page)).toEqual({ sheet: "Pasted", address: "A1:C3" });
    await page.selectOption("#satk-source-kind", "selection");
    await page.click("#satk-read");
    await page.waitForSelector("#satk-preview table");
    expect(await page.locator("#satk-preview th").allTextContents()).toEqual(["Type", "2017", "2018"]);
    expect(await page.locator("#satk-preview td").allTextContents()).toEqual([
      "Burglary",
      "5",
      "7",
      "Robbery",
      "1",
      "2",
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120000);

  it('replaces the last run\'s sheets when "Make the tables" is pressed again and the analyst agrees, instead of adding "(2)" copies', async () => {
    const page = await openPlayground();
    await loadSample(page);
    await readSheet(page, "Gwent sample");
    const first = await makeTables(page, "rolling-year");
    const sheet = /sheet "(.+)"$/.exec(first[0])![1];
    const again = async (answer: "yes" | "no") => {
      await page.click("#satk-generate");
      await page.waitForSelector("#satk-replace");
      expect(await page.textContent("#satk-replace-text")).toBe(
        `The last run's 2 sheets are still in the workbook ("${sheet}", "Key findings"). Replace them with the new tables?`,
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.click(`#satk-replace-${answer}`);
      await page.waitForFunction(
        () =>
          !document.getElementById("satk-replace") &&
          !(document.getElementById("satk-generate") as HTMLButtonElement).disabled,
        undefined,
        { timeout: 60000 },
      );
      expect(await page.textContent("#satk-error")).toBe("");
    };
    await again("yes");
    const names = () =>
      page.evaluate(() => (window as any).__satk.workbook.sheets.map((s: { name: string }) => s.name)); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect((await names()).filter((n: string) => n.startsWith(sheet) || n.startsWith("Key findings"))).toEqual([
      sheet,
      "Key findings",
    ]);
    expect((await sheetValues(page, sheet))[0][0]).toMatch(
      new RegExp(`^Volume of crimes by type, ${areaWithMostRows}, RY ending `),
    );
    await again("no");
    expect((await names()).filter((n: string) => n.startsWith(sheet) || n.startsWith("Key findings"))).toEqual([
      sheet,
      "Key findings",
      `${sheet} (2)`,
      "Key findings (2)",
    ]);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 180000);

  it('loads the sample once: pressing "Load the sample" again shows it instead of adding "Gwent sample 25"', async () => {
    const page = await openPlayground();
    await loadSample(page);
    await page.click("#pg-load");
    await page.click("#pg-load");
    expect(await page.textContent("#pg-load-status")).toBe(
      'The sample is already loaded, in the sheet "Gwent sample".',
    );
    const names = await page.evaluate(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      () => (window as any).__satk.workbook.sheets.map((s: { name: string }) => s.name),
    );
    expect(names).toEqual(["Gwent sample", "Population"]);
    await page.close();
  }, 120000);

  it("shows no #N/A on a new MoRiLE matrix before any rating", async () => {
    const page = await openPlayground();
    await loadSample(page);
    await page.click("#satk-morile");
    await page.waitForSelector('#pg-sheet[data-sheet="MoRiLE matrix"] select[data-cell="B8"]');
    const cells = await page.locator("#pg-sheet td").allTextContents();
    expect(cells.filter((text) => text.startsWith("#"))).toEqual([]);
    await page.click('#pg-tabs button[data-sheet="MoRiLE priorities"]');
    await page.waitForSelector('#pg-sheet[data-sheet="MoRiLE priorities"]');
    expect((await page.locator("#pg-sheet td").allTextContents()).filter((text) => text.startsWith("#"))).toEqual([]);
    await page.close();
  }, 120000);

  it("breaks none of axe-core's accessibility rules on any step of the wizard, the sheets and the MoRiLE matrix", async () => {
    const page = await openPlayground();
    await loadSample(page);
    const found: Record<string, string[]> = {};
    found["sample loaded"] = await axeViolations(page);
    await page.click("#satk-read");
    await page.waitForSelector("#satk-preview table");
    found["1. Source, preview shown"] = await axeViolations(page);
    expect(await page.getAttribute("#satk-preview", "tabindex")).toBe("0"); // the scrolling preview is reachable by keyboard
    await page.click("#satk-next-1");
    await page.waitForSelector("#step-tables:not([hidden])");
    found["2. Tables"] = await axeViolations(page);
    await makeTables(page, "rolling-year", "spc-series");
    found["3. Output"] = await axeViolations(page);
    await page.click("#satk-morile");
    await page.waitForSelector('#pg-sheet[data-sheet="MoRiLE matrix"] select[data-cell="B8"]');
    found["MoRiLE matrix"] = await axeViolations(page);
    expect(found).toEqual({
      "sample loaded": [],
      "1. Source, preview shown": [],
      "2. Tables": [],
      "3. Output": [],
      "MoRiLE matrix": [],
    });
    await page.close();
  }, 180000);

  it("names blank column headings in the preview for screen readers", async () => {
    const page = await openPlayground();
    const rows = [
      ["Month", "", "Crime type"],
      ["2024-01", "Newport 001A", "Burglary"],
      ["2024-02", "Newport 001A", "Robbery"],
    ];
    await page.evaluate((r) => (window as any).__satk.addUserSheet("No heading", r), rows); // eslint-disable-line @typescript-eslint/no-explicit-any
    await page.selectOption("#satk-source-name", "No heading");
    await page.click("#satk-read");
    await page.waitForSelector("#satk-preview table");
    expect(await page.locator("#satk-preview th").allTextContents()).toEqual([
      "Month",
      "Column B, no heading",
      "Crime type",
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120000);

  it("gives taskpane.html a level-one heading and breaks no axe rule before the wizard is drawn", async () => {
    const page = await context.newPage();
    // office.js comes from Microsoft's CDN in Excel; here a stand-in says the page is not in Excel.
    await page.route("https://appsforoffice.microsoft.com/**", (route) => {
      stubbed.add(route.request().url());
      return route.fulfill({
        contentType: "text/javascript",
        body: "window.Office = { HostType: { Excel: 'Excel' }, onReady: function (cb) { cb({ host: null }); } };",
      });
    });
    await page.goto(`${base}/taskpane.html`);
    await page.waitForFunction(() => /Open this add-in in Excel/.test(document.body.textContent ?? ""));
    expect(await page.locator("h1").allTextContents()).toEqual(["Strategic Assessment Toolkit"]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120000);

  it("save-word.html (Export to Word on a Mac) makes and downloads the .docx from the tables in its address, then clears the address", async () => {
    const page = await context.newPage();
    const tables = [volumeByType(), spcTable()];
    const downloading = page.waitForEvent("download", { timeout: 60000 });
    await page.goto(
      `${base}/save-word.html#${packTables({ title: "Maidstone: Strategic Assessment 2018-19", tables })}`,
    );
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("Maidstone Strategic Assessment 2018-19.docx");
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const documentXml = await zip.file("word/document.xml")!.async("string");
    expect(documentXml).toContain("Volume of crimes by type, Maidstone, RY ending Oct 2017");
    expect(documentXml.match(/<w:drawing>/g)?.length).toBe(2); // the SPC table's two charts, drawn in the browser
    await page.waitForFunction(() => /^Made /.test(document.getElementById("save-status")?.textContent ?? ""));
    expect(await page.evaluate(() => location.hash)).toBe("");
    expect(await page.isVisible("#save-link")).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120000);

  it("save-word.html says plainly when its address holds no tables or damaged ones", async () => {
    const page = await context.newPage();
    await page.goto(`${base}/save-word.html#damaged`);
    await page.waitForFunction(() => /damaged/.test(document.getElementById("save-status")?.textContent ?? ""));
    expect(await page.textContent("#save-status")).toBe(
      "The tables in this address are damaged or cut short. Go back to Excel and choose Export to Word again.",
    );
    expect(await page.isVisible("#save-link")).toBe(false);
    await page.close();
  }, 120000);

  it("asked for nothing the server does not have (the pages name their icon, so no /favicon.ico)", () => {
    expect(requested.some((url) => url.endsWith("/assets/icon-32.png"))).toBe(true);
    expect(notFound).toEqual([]);
  });

  it("made no request to any host but 127.0.0.1", () => {
    const foreign = requested.filter(
      (url) => !/^(blob:|data:)/.test(url) && new URL(url).hostname !== "127.0.0.1" && !stubbed.has(url),
    );
    expect(requested.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
