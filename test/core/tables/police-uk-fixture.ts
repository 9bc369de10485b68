/**
 * Test helpers: police.uk street files read by the naive path of test/police-uk-files.ts, and tiny
 * Datasets built by hand. Expected values in the tests are counted from `rows` with plain filters,
 * never from the count cube.
 */
import { readFileSync } from "fs";
import type { Dataset } from "../../../src/core/data/dataset";
import { parseCsv } from "../../../src/core/csv/parse-csv";
import { monthIndex } from "../../../src/core/periods/month-index";
import { CENSUS_POPULATION } from "../../shared-data";
import { COLUMN, naiveRows } from "../../police-uk-files";

export interface PoliceRow {
  month: string;
  district: string;
  type: string;
}

/** Every row of a force's files: month "2023-10", district from the LSOA name ("Unknown area" when blank), crime type. */
export function policeRows(force: "gwent" | "kent"): PoliceRow[] {
  return naiveRows(force).map((f) => {
    const lsoa = f[COLUMN.lsoaName];
    return {
      month: f[COLUMN.month],
      district: lsoa === "" ? "Unknown area" : lsoa.slice(0, lsoa.lastIndexOf(" ")),
      type: f[COLUMN.crimeType],
    };
  });
}

/** A record-level Dataset of the rows (one record per row). */
export function datasetOf(rows: PoliceRow[], source = "police.uk street-level crime"): Dataset {
  const categories: string[] = [];
  const areas: string[] = [];
  const code = (list: string[], name: string) => {
    let at = list.indexOf(name);
    if (at < 0) at = list.push(name) - 1;
    return at;
  };
  const month = new Int32Array(rows.length);
  const category = new Int32Array(rows.length);
  const area = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    const [y, m] = r.month.split("-").map(Number);
    month[i] = monthIndex(y, m);
    category[i] = code(categories, r.type);
    area[i] = code(areas, r.district);
  });
  return { length: rows.length, month, category, area, categories, areas, source, dropped: { total: 0, reasons: [] } };
}

/** A Dataset of counts: each entry [YYYY-MM, category, area, count]. */
export function countsDataset(entries: [string, string, string, number][], source = "test counts"): Dataset {
  const base = datasetOf(
    entries.map(([month, type, district]) => ({ month, type, district })),
    source,
  );
  return { ...base, count: Float64Array.from(entries.map((e) => e[3])) };
}

/** The months "YYYY-MM" from first to last inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key === last) return out;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
}

/** The census population file as a matrix of strings (one census name is "Bournemouth, Christchurch & Poole", quoted). */
export function censusMatrix(): string[][] {
  return parseCsv(readFileSync(CENSUS_POPULATION, "utf8"));
}
