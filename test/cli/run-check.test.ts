import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runSatk } from "./run-satk";
import { tablesToXlsx } from "../../src/export/table-xlsx";
import { standardTables } from "../../src/core/tables/standard-tables";
import { censusMatrix, datasetOf, policeRows } from "../core/tables/police-uk-fixture";
import { CENSUS_POPULATION } from "../shared-data";

const FIXTURES = join(__dirname, "..", "core", "check", "fixtures");
const dir = mkdtempSync(join(tmpdir(), "satk-check-"));

const satk = runSatk;

describe("satk check", () => {
  it("prints what it recognised and each disagreement with its cell, and exits 1", async () => {
    const run = await satk("check", "--input", join(FIXTURES, "seed-2-6.tsv"));
    expect(run.code).toBe(1);
    expect(run.err).toBe("");
    expect(run.out).toContain("Recognised:\n  2 header rows and 22 rows of figures.");
    expect(run.out).toContain(
      '2 of 59 derived cells disagree:\n  E5: Row "Violence Against The Person", column "Number change": printed + 725; 4833 - 3390 = +1443.\n',
    );
  });

  it("exits 0 when every derived cell agrees (seed table 5.6)", async () => {
    const run = await satk("check", "--input", join(FIXTURES, "seed-5-6.tsv"));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/All 11 derived cells agree\.\n$/);
  });

  it("reads a CSV table with a population file and checks its rates", async () => {
    const file = join(dir, "rates.csv");
    // By hand from the census file's POP21: Newport 19761 / 158800 x 1000 = 124.44 -> 124.4; Caerphilly 15227 / 175200
    // x 1000 = 86.91 -> 86.9; Torfaen 9589 / 91900 x 1000 = 104.34 -> 104.3, printed 140.3.
    writeFileSync(
      file,
      'Area,"Offences, 2024","Rate per 1,000 pop., 2024"\r\nNewport,19761,124.4\r\nCaerphilly,15227,86.9\r\nTorfaen,9589,140.3\r\n',
    );
    const run = await satk("check", "--input", file, "--population", CENSUS_POPULATION);
    expect(run.out).toContain(
      '"Rate per 1,000 pop., 2024" is "Offences, 2024" per 1,000 of the population column POP21 (it agrees in 2 of 3 rows).',
    );
    expect(run.out).toContain(
      'C4: Row "Torfaen", column "Rate per 1,000 pop., 2024": printed 140.3; 9589 / 91900 x 1,000 = 104.3.',
    );
    expect(run.code).toBe(1);
  });

  it("takes --role to correct a column it did not recognise", async () => {
    const file = join(dir, "movement.csv");
    writeFileSync(file, "Area,2017,2016,Movement\r\nNorth,50,41,+9\r\nSouth,20,25,-4\r\nEast,7,7,0\r\n");
    expect((await satk("check", "--input", file)).out).toMatch(/No derived cell could be checked/);
    const run = await satk("check", "--input", file, "--role", "Movement=change");
    expect(run.code).toBe(1);
    expect(run.out).toContain('D3: Row "South", column "Movement": printed -4; 20 - 25 = -5.');
  });

  it("reads a Markdown table and an .xlsx sheet", async () => {
    const md = join(dir, "t.md");
    writeFileSync(
      md,
      "| Area | 2017 | 2016 | Number change |\n| --- | ---: | ---: | ---: |\n| North | 50 | 41 | +9 |\n| South | 20 | 25 | -4 |\n| **Total** | **70** | **66** | **+4** |\n",
    );
    const mdRun = await satk("check", "--input", md);
    expect(mdRun.code).toBe(1);
    expect(mdRun.out).toContain('D3: Row "South", column "Number change": printed -4; 20 - 25 = -5.');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Table").addRows([
      ["Area", "2017", "2016", "% change"],
      ["North", 50, 41, 0.22],
      ["South", 20, 25, -0.2],
    ]);
    const xlsx = join(dir, "t.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    const run = await satk("check", "--input", xlsx);
    expect(run.out).toMatch(/written as fractions/);
    expect(run.code).toBe(0);
  });

  it("finds nothing wrong in the toolkit's own .xlsx tables, and exits 0", async () => {
    const { tables } = standardTables(datasetOf(policeRows("gwent")), { population: censusMatrix() });
    for (const table of tables) {
      const file = join(dir, `${table.recipe}.xlsx`);
      writeFileSync(file, await tablesToXlsx([table]));
      const run = await satk("check", "--input", file, "--population", CENSUS_POPULATION);
      expect([table.recipe, run.code, run.err]).toEqual([table.recipe, 0, ""]);
      if (!table.recipe.startsWith("spc-")) expect(run.out).toMatch(/All \d+ derived cells agree/); // SPC limits and readings are not derived cells the check knows
    }
  }, 60000);

  it("exits 3 with the file's name when the table has no figures, and 2 for a wrong command line", async () => {
    const file = join(dir, "notes.csv");
    writeFileSync(file, "Area,Notes\r\nNorth,rising\r\n");
    const bad = await satk("check", "--input", file);
    expect(bad.code).toBe(3);
    expect(bad.err).toMatch(/^satk: notes.csv has no row of figures/);
    expect((await satk("check")).code).toBe(2);
    expect((await satk("check", "--input", file, "--area", "Kent")).err).toMatch(
      /satk check takes --input, --population and --role, not --area/,
    );
    expect((await satk("check", "--input", join(dir, "missing.csv"))).code).toBe(2);
    expect((await satk("table", "rolling-year", "--input", file, "--role", "A=rank")).err).toMatch(
      /--role corrects a column of a table satk check reads/,
    );
    const role = await satk("check", "--input", file, "--role", "Notes=ranking");
    expect([role.code, role.err]).toEqual([3, expect.stringMatching(/"Notes=ranking" is not a column's role/)]);
  });
});
