/**
 * Real public files of police forces not in the corpus before (stop-and-search files of seven forces, the
 * Metropolitan Police's street crime as the London Borough of Camden republishes it) and of the tools that
 * re-save police files (LibreOffice, pandas); provenance in test/fixtures/corpus/README.md, section "More
 * forces and tools (issue 19)". Each table is checked against counts made here with a plain line split of
 * the file (or of the CSV a LibreOffice workbook was made from), never with the toolkit's own reader, or
 * the run must be refused with exit code 3 and a message naming the file and what to do.
 */
import { readFileSync } from "fs";
import { gunzipSync } from "zlib";
import { join } from "path";
import { runSatk } from "./run-satk";
import { CORPUS, plainFields } from "../corpus-files";

const at = (name: string): string => join(CORPUS, name);

/** The file's data rows split plainly (gunzipped first for .gz), and its header. */
function plainFile(name: string): { header: string[]; rows: string[][] } {
  const bytes = readFileSync(at(name));
  const text = (name.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
  const lines = text.split(/\r?\n/).filter((l) => l !== "");
  return { header: plainFields(lines[0]), rows: lines.slice(1).map(plainFields) };
}

function tally(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** The values of one column of a plainly split file, by header. */
function columnOf(file: { header: string[]; rows: string[][] }, header: string): string[] {
  const c = file.header.indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  return file.rows.map((r) => r[c]);
}

/** The table's first column -> its second (the one period of a one-month period comparison). */
function firstPeriod(table: string[][]): Map<string, string> {
  return new Map(table.slice(1).map((row) => [row[0], row[1]]));
}

const oneMonth = (input: string, ...more: string[]) =>
  runSatk("table", "period-comparison", "--by", "category", "--period-months", "1", "--input", input, ...more);

const STOP_AND_SEARCH = [
  ["Derbyshire Constabulary", "2020-01-derbyshire-stop-and-search.csv", "Jan 2020"],
  ["Durham Constabulary", "2020-01-durham-stop-and-search.csv", "Jan 2020"],
  ["Leicestershire Police", "2020-01-leicestershire-stop-and-search.csv", "Jan 2020"],
  ["Merseyside Police", "2020-01-merseyside-stop-and-search.csv.gz", "Jan 2020"],
  ["South Yorkshire Police", "2020-01-south-yorkshire-stop-and-search.csv.gz", "Jan 2020"],
  ["South Yorkshire Police", "2020-02-south-yorkshire-stop-and-search.csv.gz", "Feb 2020"],
  ["Essex Police", "2020-01-essex-stop-and-search.csv.gz", "Jan 2020"],
  ["City of London Police", "2019-12-city-of-london-stop-and-search.csv", "Dec 2019"],
] as const;

describe("police.uk stop-and-search files of seven forces", () => {
  it.each(STOP_AND_SEARCH)(
    "%s (%s): counts searches by type as a plain count of the file's rows, with All searches the rows",
    async (_force, file, month) => {
      const plain = plainFile(file);
      const run = await oneMonth(at(file));
      expect(run.code).toBe(0);
      expect(run.table[0].slice(0, 2)).toEqual(["Category", month]);
      const got = firstPeriod(run.table);
      for (const [type, n] of tally(columnOf(plain, "Type"))) expect([type, got.get(type)]).toEqual([type, String(n)]);
      expect(got.get("All searches")).toBe(String(plain.rows.length));
      expect(got.has("All crime")).toBe(false);
      expect(run.err).toMatch(/kind: stop and searches/);
    },
  );

  it.each(STOP_AND_SEARCH)(
    "%s (%s): counts searches by object of search, and says how many searches have none recorded",
    async (_force, file) => {
      const plain = plainFile(file);
      const objects = columnOf(plain, "Object of search");
      const run = await oneMonth(at(file), "--category-column", "Object of search");
      expect(run.code).toBe(0);
      const got = firstPeriod(run.table);
      for (const [object, n] of tally(objects.filter((o) => o !== "")))
        expect([object, got.get(object)]).toEqual([object, String(n)]);
      const blank = objects.filter((o) => o === "").length;
      expect(got.get("All searches")).toBe(String(objects.length - blank));
      if (blank > 0) expect(run.err).toMatch(new RegExp(`${blank} rows? of the input (was|were) not used`));
      else expect(run.err).not.toMatch(/not used/);
    },
  );

  it("Durham Constabulary, December 2019 to February 2020 (three files): charts searches a month as the files' rows", async () => {
    const files = [
      "2019-12-durham-stop-and-search.csv",
      "2020-01-durham-stop-and-search.csv",
      "2020-02-durham-stop-and-search.csv",
    ];
    const args = files.flatMap((f) => ["--input", at(f)]);
    const run = await runSatk("table", "spc-series", ...args);
    expect(run.code).toBe(0);
    // The dates are UTC instants in winter, when UK time is UTC: each file's rows are its month's searches.
    const byMonth = new Map(run.table.slice(1).map((row) => [row[1], row[2]]));
    expect(files.map((f, i) => [["Dec 2019", "Jan 2020", "Feb 2020"][i], String(plainFile(f).rows.length)])).toEqual([
      ...byMonth.entries(),
    ]);
    for (const f of files) expect(new Set(columnOf(plainFile(f), "Date").map((d) => d.slice(0, 7))).size).toBe(1);
  });
});

describe("police.uk files re-saved as .xlsx by LibreOffice Calc", () => {
  it("the Essex street file's workbook gives the crime types the CSV's rows give, anti-social behaviour apart", async () => {
    const plain = plainFile("2022-12-essex-street-first300.csv");
    const types = columnOf(plain, "Crime type");
    const run = await oneMonth(at("2022-12-essex-street-first300-libreoffice.xlsx"));
    expect(run.code).toBe(0);
    expect(run.table[0].slice(0, 2)).toEqual(["Category", "Dec 2022"]);
    const got = firstPeriod(run.table);
    for (const [type, n] of tally(types))
      if (type !== "Anti-social behaviour") expect([type, got.get(type)]).toEqual([type, String(n)]);
    expect(got.get("All crime")).toBe(String(types.filter((t) => t !== "Anti-social behaviour").length));
  });

  it("the Essex street file's workbook gives the districts the CSV's LSOA names give", async () => {
    const plain = plainFile("2022-12-essex-street-first300.csv");
    const crimes = plain.rows.filter((r) => r[plain.header.indexOf("Crime type")] !== "Anti-social behaviour");
    const districts = tally(crimes.map((r) => r[plain.header.indexOf("LSOA name")].replace(/ \d{3}[A-Z]$/, "")));
    const run = await runSatk(
      "table",
      "period-comparison",
      "--by",
      "area",
      "--period-months",
      "1",
      "--input",
      at("2022-12-essex-street-first300-libreoffice.xlsx"),
    );
    expect(run.code).toBe(0);
    const got = firstPeriod(run.table);
    for (const [district, n] of districts) expect([district, got.get(district)]).toEqual([district, String(n)]);
  });

  it.each([
    ["2020-01-derbyshire-stop-and-search-libreoffice.xlsx", "2020-01-derbyshire-stop-and-search.csv"],
    ["2020-01-merseyside-stop-and-search-libreoffice.xlsx", "2020-01-merseyside-stop-and-search.csv.gz"],
    ["2020-01-leicestershire-stop-and-search-libreoffice.xlsx", "2020-01-leicestershire-stop-and-search.csv"],
  ])("%s gives the searches by type and by object of search that its CSV's rows give", async (xlsx, csv) => {
    const plain = plainFile(csv);
    const byType = await oneMonth(at(xlsx));
    expect(byType.code).toBe(0);
    expect(byType.table[0][1]).toBe("Jan 2020");
    const types = firstPeriod(byType.table);
    for (const [type, n] of tally(columnOf(plain, "Type"))) expect([type, types.get(type)]).toEqual([type, String(n)]);
    expect(types.get("All searches")).toBe(String(plain.rows.length));
    const byObject = await oneMonth(at(xlsx), "--category-column", "Object of search");
    expect(byObject.code).toBe(0);
    const objects = firstPeriod(byObject.table);
    for (const [object, n] of tally(columnOf(plain, "Object of search").filter((o) => o !== "")))
      expect([object, objects.get(object)]).toEqual([object, String(n)]);
  });
});

describe("the Metropolitan Police's street crime as the London Borough of Camden publishes it", () => {
  it("refuses the council's dates written month first with a time (06/01/2019 12:00:00 AM), naming the file, the column read as the period and the flag to choose another", async () => {
    const run = await oneMonth(at("camden-on-street-crime-june-2019.csv.gz"));
    expect(run.code).toBe(3);
    expect(run.table).toEqual([]);
    expect(run.err).toMatch(
      /camden-on-street-crime-june-2019\.csv, row \d+.*: The month "\d\d\/01\/20\d\d 12:00:00 AM" cannot be read: use a date, or a month such as 2017-10/,
    );
    expect(run.err).toMatch(/It is in column "Outcome Date", read as the period \(--period-column chooses another\)/);
  });

  it("refuses the same file with its Epoch column named as the period, never reading 06/01/2019 as 6 January", async () => {
    const plain = plainFile("camden-on-street-crime-june-2019.csv.gz");
    expect(new Set(columnOf(plain, "Epoch"))).toEqual(new Set(["06/01/2019 12:00:00 AM"]));
    const run = await oneMonth(at("camden-on-street-crime-june-2019.csv.gz"), "--period-column", "Epoch");
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/camden-on-street-crime-june-2019\.csv, row 2.*"06\/01\/2019 12:00:00 AM" cannot be read/);
    expect(run.err).toMatch(/It is in column "Epoch", read as the period/);
  });
});

describe("a pandas extract of Camden's street crime (Epoch, Category, Ward Name: one row a crime)", () => {
  const file = "camden-violence-and-sexual-offences-by-ward-pandas.csv.gz";
  const plain = plainFile(file);
  const epochs = columnOf(plain, "Epoch");
  const wards = columnOf(plain, "Ward Name");

  it("counts each ward's crimes in the last month, December 2020, and a year before, as the rows do", async () => {
    const run = await runSatk(
      "table",
      "period-comparison",
      "--by",
      "area",
      "--period-months",
      "1",
      "--input",
      at(file),
    );
    expect(run.code).toBe(0);
    expect(run.table[0].slice(0, 3)).toEqual(["Area", "Dec 2020", "Dec 2019"]);
    const count = (month: string) => tally(wards.filter((_, i) => epochs[i].startsWith(month)));
    const [dec2020, dec2019] = [count("2020-12"), count("2019-12")];
    for (const ward of new Set(wards)) {
      const row = run.table.find((r) => r[0] === ward);
      expect([ward, row?.[1], row?.[2]]).toEqual([
        ward,
        String(dec2020.get(ward) ?? 0),
        String(dec2019.get(ward) ?? 0),
      ]);
    }
    expect(run.table.find((r) => r[0] === "Force")?.slice(1, 3)).toEqual([
      String(epochs.filter((e) => e.startsWith("2020-12")).length),
      String(epochs.filter((e) => e.startsWith("2019-12")).length),
    ]);
  });

  it("totals its years as the rows of each year add up", async () => {
    const run = await runSatk("table", "category-by-year", "--input", at(file));
    expect(run.code).toBe(0);
    expect(run.table[0]).toEqual(["Category", "2019", "2020"]);
    expect(run.table.find((r) => r[0] === "Total")?.slice(1)).toEqual([
      String(epochs.filter((e) => e.startsWith("2019")).length),
      String(epochs.filter((e) => e.startsWith("2020")).length),
    ]);
  });
});
