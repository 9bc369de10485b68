import { CENSUS_POPULATION } from "../test/shared-data";
/* Ingestion benchmark (issue 6): writes 1,000,000 police.uk-shaped rows (about 200 MB of CSV) to the
 * system's temporary folder, then prints the CSV parse rate into a Dataset, the time of each recipe of
 * the catalogue, and the peak memory (resident set high-water mark). Figures only: nothing fails on time. */
import { closeSync, existsSync, openSync, readFileSync, statSync, writeSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildDataset } from "../src/core/data/build-dataset";
import { CATALOGUE, type RecipeOptions } from "../src/core/tables/catalogue";
import { parseCsv } from "../src/core/csv/parse-csv";
import { readDataInput } from "../src/cli/read-input";

const ROWS = 1_000_000;
export const BENCH_FILE = join(tmpdir(), `satk-bench-${ROWS}.csv`);

/** Shares of police.uk crime types in a typical force year (roughly Kent's). */
const TYPES: [string, number][] = [
  ["Anti-social behaviour", 0.26],
  ["Violence and sexual offences", 0.33],
  ["Public order", 0.08],
  ["Criminal damage and arson", 0.08],
  ["Other theft", 0.06],
  ["Shoplifting", 0.05],
  ["Vehicle crime", 0.04],
  ["Burglary", 0.035],
  ["Drugs", 0.015],
  ["Other crime", 0.012],
  ["Bicycle theft", 0.006],
  ["Robbery", 0.006],
  ["Possession of weapons", 0.005],
  ["Theft from the person", 0.006],
];
/** Kent's districts with their shares of crime, and a few neighbours' LSOAs as real files have. */
const AREAS: [string, number][] = [
  ["Medway", 0.17],
  ["Maidstone", 0.1],
  ["Thanet", 0.1],
  ["Swale", 0.09],
  ["Canterbury", 0.09],
  ["Ashford", 0.07],
  ["Dartford", 0.07],
  ["Gravesham", 0.07],
  ["Folkestone and Hythe", 0.06],
  ["Shepway", 0.01],
  ["Dover", 0.06],
  ["Tunbridge Wells", 0.04],
  ["Tonbridge and Malling", 0.04],
  ["Sevenoaks", 0.035],
  ["Bexley", 0.002],
  ["", 0.013],
];
const OUTCOMES = [
  "Investigation complete; no suspect identified",
  "Unable to prosecute suspect",
  "Status update unavailable",
  "Under investigation",
];

/** A deterministic pseudo-random sequence (mulberry32), so every run writes the same file. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function picker(shares: [string, number][], next: () => number): () => string {
  const total = shares.reduce((s, [, w]) => s + w, 0);
  return () => {
    let r = next() * total;
    for (const [name, w] of shares) if ((r -= w) < 0) return name;
    return shares[shares.length - 1][0];
  };
}

/** Writes the benchmark file unless it is already there; returns its path. */
export function benchFile(): string {
  if (existsSync(BENCH_FILE) && statSync(BENCH_FILE).size > 100e6) return BENCH_FILE;
  const next = random(42);
  const type = picker(TYPES, next);
  const area = picker(AREAS, next);
  const hex = (): string =>
    Array.from({ length: 8 }, () =>
      Math.floor(next() * 0x100000000)
        .toString(16)
        .padStart(8, "0"),
    ).join("");
  const fd = openSync(BENCH_FILE, "w");
  writeSync(
    fd,
    "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n",
  );
  let chunk = "";
  for (let i = 0; i < ROWS; i++) {
    const month = 2019 * 12 + Math.floor((i / ROWS) * 60);
    const m = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
    const t = type();
    const d = area();
    const lsoa =
      d === ""
        ? ",,,No Location,,,"
        : `,${(0.5 + next()).toFixed(6)},${(51 + next()).toFixed(6)},On or near High Street,E0102${String(Math.floor(next() * 9999)).padStart(4, "0")},${d} ${String(1 + Math.floor(next() * 30)).padStart(3, "0")}${"ABCDE"[Math.floor(next() * 5)]},`;
    const asb = t === "Anti-social behaviour";
    chunk += `${asb ? "" : hex()},${m},Kent Police,Kent Police${lsoa}${t},${asb ? "" : OUTCOMES[Math.floor(next() * 4)]},\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = "";
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  return BENCH_FILE;
}

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

async function run(): Promise<void> {
  const [path, writeMs] = timed(benchFile);
  const size = statSync(path).size;
  console.log(
    `file: ${path}, ${(size / 1e6).toFixed(0)} MB, ${ROWS} rows (written or found in ${(writeMs / 1000).toFixed(1)} s)`,
  );
  // As the command-line tool reads it (`readDataInput`): 8 MB blocks straight into the Dataset's columns.
  const input = await readDataInput(path);
  const [dataset, parseMs] = timed(() => buildDataset(input));
  console.log(
    `read + CSV parse into Dataset: ${parseMs.toFixed(0)} ms = ${(size / 1e6 / (parseMs / 1000)).toFixed(0)} MB/s, ${(dataset.length / (parseMs / 1000) / 1e6).toFixed(2)} M rows/s (${dataset.length} records, ${dataset.dropped.total} dropped)`,
  );
  const population = parseCsv(readFileSync(CENSUS_POPULATION));
  const options: RecipeOptions = { area: "Maidstone", population };
  for (const recipe of CATALOGUE.filter((r) => r.input === "records")) {
    try {
      const [table, ms] = timed(() => recipe.run(dataset, options));
      console.log(`recipe ${recipe.id.padEnd(18)} ${ms.toFixed(1).padStart(8)} ms  (${table.rows.length} rows)`);
    } catch (error) {
      console.log(`recipe ${recipe.id.padEnd(18)} not run: ${(error as Error).message}`);
    }
  }
  console.log(`peak memory (RSS high-water): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

if (require.main === module) void run();
