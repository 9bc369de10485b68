/**
 * The wizard asks before it guesses (issue 19): a sheet whose columns of counts could be categories or
 * areas is refused by the reader with its readings, and the task pane shows them as a question (radio
 * buttons in the analyst's words); the analyst's choice reads the rows that way, and the table made
 * holds the sheet's counts. Drives the playground (npm run build first) in headless Chromium.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { execSync } from "child_process";
import type { AddressInfo } from "net";
import { chromium, type BrowserContext } from "playwright-core";
import { serveFolder } from "../../scripts/static-server";
import { describeWithTool, type RequiredTool } from "../required-tool";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_TOOL: RequiredTool = {
  what: `Debian's chromium at ${CHROMIUM}`,
  present: fs.existsSync(CHROMIUM),
  install: "apt-get install chromium",
  skipVariable: "SATK_SKIP_BROWSER",
};
/** Where the question's screenshot is written when SATK_SCREENSHOT_DIR is set (to look at it). */
const SHOTS = process.env.SATK_SCREENSHOT_DIR;

let server: http.Server;
let base = "";
let context: BrowserContext;
let userDataDir = "";

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
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
}, 120000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

// Months of 2023: needle finds (52 in all), graffiti 2 a month (24).
const NEEDLES = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
const rows = [
  ["Month", "Needle finds", "Graffiti"],
  ...Array.from({ length: 12 }, (_, i) => [`2023-${String(i + 1).padStart(2, "0")}`, NEEDLES[i], 2]),
];

describeWithTool(CHROMIUM_TOOL, "the wizard's question in the playground", () => {
  it("asks whether the columns are categories or areas, and reads them as the analyst answers", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${base}/playground.html`);
    await page.waitForFunction(() => /Loaded/.test(document.getElementById("pg-load-status")?.textContent ?? ""));
    await page.evaluate((r) => (window as any).__satk.addUserSheet("Counts", r), rows); // eslint-disable-line @typescript-eslint/no-explicit-any
    await page.selectOption("#satk-source-kind", "sheet");
    await page.waitForSelector('#satk-source-name option[value="Counts"]', { state: "attached" });
    await page.selectOption("#satk-source-name", "Counts");
    await page.click("#satk-read");
    await page.waitForSelector("#satk-preview table");
    await page.click("#satk-next-1");
    await page.waitForSelector("#satk-question:not([hidden])");
    expect(await page.textContent("#satk-question legend")).toBe("How should the rows be read?");
    const readings = await page.locator("#satk-question label").allTextContents();
    expect(readings.map((r) => r.trim())).toEqual([
      'The columns are categories ("Needle finds", "Graffiti")',
      'The columns are areas ("Needle finds", "Graffiti")',
      '"Needle finds" is the one column of counts',
    ]);
    expect(await page.isHidden("#step-tables")).toBe(true); // no table before the answer
    expect(await page.isDisabled("#satk-question-go")).toBe(true);
    if (SHOTS) await page.locator(".pane").screenshot({ path: path.join(SHOTS, "reading-question.png") });
    await page.check("#satk-reading-0");
    await page.click("#satk-question-go");
    await page.waitForSelector("#step-tables:not([hidden])");
    expect(await page.isHidden("#satk-question")).toBe(true);
    expect(await page.textContent("#satk-status")).toBe("24 records, 12 months, 1 areas.");
    await page
      .locator("#satk-recipes input[value]:checked")
      .evaluateAll((boxes) => boxes.forEach((b) => ((b as HTMLInputElement).checked = false)));
    await page.check("#satk-recipe-category-by-year");
    await page.click("#satk-generate");
    await page.waitForFunction(() => /^Made \d+ table/.test(document.getElementById("satk-status")?.textContent ?? ""));
    expect(await page.textContent("#satk-error")).toBe("");
    const made = (await page.locator("#satk-results li").allTextContents())[0];
    const sheet = /sheet "(.+)"$/.exec(made)![1];
    const values: unknown[][] = await page.evaluate((s) => (window as any).__satk.workbook.valuesOf(s), sheet); // eslint-disable-line @typescript-eslint/no-explicit-any
    const row = (label: string) => values.find((r) => r[0] === label)?.filter((v) => typeof v === "number");
    expect(row("Needle finds")).toEqual([52]);
    expect(row("Graffiti")).toEqual([24]);
    await page.close();
  }, 120000);

  it("takes the answer beforehand from the Source step's field for what the columns of counts hold, and asks nothing", async () => {
    const page = await context.newPage();
    await page.goto(`${base}/playground.html`);
    await page.waitForFunction(() => /Loaded/.test(document.getElementById("pg-load-status")?.textContent ?? ""));
    await page.evaluate((r) => (window as any).__satk.addUserSheet("Counts", r), rows); // eslint-disable-line @typescript-eslint/no-explicit-any
    await page.selectOption("#satk-source-kind", "sheet");
    await page.waitForSelector('#satk-source-name option[value="Counts"]', { state: "attached" });
    await page.selectOption("#satk-source-name", "Counts");
    await page.click("#satk-read");
    await page.waitForSelector("#satk-columns-hold");
    expect(await page.inputValue("#satk-columns-hold")).toBe("");
    await page.selectOption("#satk-columns-hold", "area");
    await page.click("#satk-next-1");
    await page.waitForSelector("#step-tables:not([hidden])");
    expect(await page.isHidden("#satk-question")).toBe(true);
    expect(await page.textContent("#satk-status")).toBe("24 records, 12 months, 2 areas.");
    await page.close();
  }, 120000);
});
