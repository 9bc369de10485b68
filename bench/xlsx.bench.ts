/* .xlsx benchmark (issue 23.3): a full sheet of 1,048,576 rows (the header and 1,048,575 police.uk-shaped
 * records, from ingest.bench.ts's file) as .xlsx and the same rows as CSV, each read by one
 * `node bin/satk.js table rolling-year` process, timed with its peak memory. Targets: the .xlsx under 1 GB
 * and within 5 times the CSV's time. Then a sheet with one cell at XFD1 and one at A1048576: refused, with
 * its time and peak memory. The files are made here (in the system's temporary folder) the first time.
 * `npm run bench -- xlsx 100000` reads a sheet of 100,000 rows instead (quicker while working on the reader).
 * Figures only: nothing fails on time. */
import { execFileSync, spawnSync } from "child_process";
import { createReadStream, existsSync, readdirSync, statSync, writeFileSync } from "fs";
import { createInterface } from "readline";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { benchFile } from "./ingest.bench";

/** Records after the header: a full sheet's 1,048,575, or the number given after the bench's name. */
const ROWS = Number(process.argv[2]) > 0 ? Math.min(Number(process.argv[2]), 1_048_576) - 1 : 1_048_575;
const root = join(__dirname, "..");
const XLSX = join(tmpdir(), `satk-bench-${ROWS}.xlsx`);
const CSV = join(tmpdir(), `satk-bench-${ROWS}.csv`);
const FAR = join(tmpdir(), "satk-bench-far-cells.xlsx");

/** The bench file's lines, cycled to `ROWS` records after the header. */
async function* lines(): AsyncGenerator<string> {
  let count = -1;
  while (count < ROWS) {
    for await (const line of createInterface({ input: createReadStream(benchFile()) })) {
      if (count >= 0 && line.startsWith("Crime ID,")) continue;
      yield line;
      if (++count >= ROWS) return;
    }
  }
}

/** Plain police.uk fields (the bench file quotes none), split at commas. */
const fieldsOf = (line: string): string[] => line.split(",");

async function makeFiles(): Promise<void> {
  if (existsSync(XLSX) && existsSync(CSV) && statSync(XLSX).size > ROWS * 50) return;
  const started = performance.now();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: XLSX, useSharedStrings: true, useStyles: false });
  const sheet = book.addWorksheet("Street");
  const csv: string[] = [];
  for await (const line of lines()) {
    sheet.addRow(fieldsOf(line)).commit();
    csv.push(line);
  }
  sheet.commit();
  await book.commit();
  writeFileSync(CSV, csv.join("\n") + "\n");
  console.log(
    `made ${XLSX} (${(statSync(XLSX).size / 2 ** 20).toFixed(0)} MB) and the same rows as CSV in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

async function makeFar(): Promise<void> {
  if (existsSync(FAR)) return;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Far");
  sheet.getCell("A1").value = "Month";
  sheet.getCell("XFD1").value = 1;
  sheet.getCell("A1048576").value = 2;
  await book.xlsx.writeFile(FAR);
}

/** One `satk table rolling-year` over the file: exit status, wall seconds, peak RSS in MB. */
function measured(file: string): { status: number | null; wall: number; peakMb: number; err: string } {
  const start = performance.now();
  const result = spawnSync(
    "/usr/bin/time",
    [
      "-v",
      process.execPath,
      join(root, "bin/satk.js"),
      "table",
      "rolling-year",
      "--input",
      file,
      "--area",
      "Maidstone",
    ],
    { encoding: "utf8" },
  );
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  return {
    status: result.status,
    wall: (performance.now() - start) / 1000,
    peakMb: peakKb / 1024,
    err: result.stderr.split("\n").find((l) => l.startsWith("satk: ")) ?? "",
  };
}

/** True when the built tool is missing or older than a source file (its figures would be another reader's). */
function builtBefore(built: string, sources: string): boolean {
  if (!existsSync(built)) return true;
  const newest = readdirSync(sources, { recursive: true, encoding: "utf8" })
    .map((name) => statSync(join(sources, name)).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);
  return newest > statSync(built).mtimeMs;
}

void (async () => {
  if (builtBefore(join(root, "lib/bundle/satk.js"), join(root, "src")))
    execFileSync("npm", ["run", "build:cli"], { cwd: root, stdio: "inherit" });
  await makeFiles();
  await makeFar();
  const csv = [1, 2].map(() => measured(CSV));
  const xlsx = [1, 2].map(() => measured(XLSX));
  for (const [what, runs] of [
    ["CSV ", csv],
    ["xlsx", xlsx],
  ] as const) {
    for (const r of runs)
      console.log(
        `${what} ${ROWS + 1} rows: exit ${r.status}, ${r.wall.toFixed(2)} s wall, peak ${r.peakMb.toFixed(0)} MB RSS (target .xlsx < 1024 MB)`,
      );
  }
  const ratio = Math.min(...xlsx.map((r) => r.wall)) / Math.min(...csv.map((r) => r.wall));
  console.log(`xlsx / CSV time: ${ratio.toFixed(1)} times (target < 5)`);
  const far = measured(FAR);
  console.log(
    `one cell at XFD1, one at A1048576: exit ${far.status}, ${far.wall.toFixed(2)} s wall, peak ${far.peakMb.toFixed(0)} MB RSS (${far.err.slice(0, 90)}...)`,
  );
  const floor = spawnSync("/usr/bin/time", ["-v", process.execPath, join(root, "bin/satk.js"), "--help"], {
    encoding: "utf8",
  });
  console.log(
    `floor: satk --help (loading the tool): peak ${(Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(floor.stderr)?.[1]) / 1024).toFixed(0)} MB RSS`,
  );
})();
