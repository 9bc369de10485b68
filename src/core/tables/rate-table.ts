import type { Dataset } from "../data";
import { InputError, OptionError } from "..";
import { rankAscending } from "../change";
import { ratePer } from "../change";
import { roundHalfAway } from "../change";
import { rollingYearLabel } from "../periods";
import { areaLines, type AreaLine } from "./area-rows";
import type { CategoryGrouping } from "./category-grouping";
import { countCube, type CountCube } from "./count-cube";
import { countWords } from "../change";
import { counted } from "./counted";
import { cubeSum } from "./cube-sum";
import { groupingFor } from "./grouping-for";
import { wholeYears } from "./whole-years";
import type { DivisionMap } from "./division-table";
import { nameKey } from "./name-key";
import { areaKey } from "./area-key";
import type { PopulationTable } from "./population-table";
import { resolveCategory } from "./resolve-category";
import { resolveEndMonth } from "./resolve-end-month";
import { sheetName } from "../house-style";
import { sourceLine } from "../house-style";
import type { TableCell, TableModel, TableRow } from "./table-model";
import { TableNotes } from "./table-notes";

export interface RateOptions {
  /** Population by area (the census file is one). Required. */
  population: PopulationTable;
  /** The population column for each year, latest first; a shorter list repeats its last entry.
   * Default: the table's last population column for every year. */
  populationColumns?: string[] | null;
  /** 1 to 3 years of rates; default as many whole rolling years as the data hold, at most 3. */
  years?: number | null;
  /** The end month index; the latest month in the data when omitted. */
  endMonth?: number | null;
  /** "All crime" (default), a group or a category. */
  category?: string | null;
  grouping?: CategoryGrouping | null;
  /** Districts by division, for subtotals. */
  divisions?: DivisionMap | null;
  /** The rate's base (default 1000: "per 1,000 population"). */
  per?: number | null;
  /** The total row's label (default "Force"). */
  totalLabel?: string | null;
}

/**
 * Recipe `rate` (seed table 2.5): by area, the number of offences in the latest rolling year and the
 * rate per 1,000 population for up to three rolling years, ranked by the latest rate (1 = lowest,
 * ties shared; subtotals, the total and rows without a population are not ranked). Subtotal and total
 * rates divide their own districts' count by those districts' population: the total's rate leaves out
 * "Other areas" and "Unknown area" (no population), with a footnote saying how many records it counts.
 * Populations are matched by ONS code (the Dataset's `areaCodes`) first, then by name. Yearly or quarterly
 * counts (financial years, seed 2.5) give the rates of the 12-month windows made of whole periods.
 *
 * Missing values: an area missing from the population table, or with a blank population, has N/A
 * rates with a footnote; a rolling year reaching before the data has N/A rates with a footnote.
 *
 * @param dataset the records
 * @param options population table and columns, years, end month, category, divisions, base
 * @returns the table
 * @throws {InputError} when a population column named in `populationColumns` is not in the table, or
 *   `years` is not 1 to 3
 * @throws {NotAvailableError} when the category or end month is not in the data
 * @example
 * rateTable(dataset, { population: parsePopulationTable(census), populationColumns: ["POP21"] });
 */
export function rateTable(dataset: Dataset, options: RateOptions): TableModel {
  const cube = countCube(dataset);
  const category = resolveCategory(cube, options.category, groupingFor(cube, options.grouping));
  const endMonth = resolveEndMonth(cube, options.endMonth);
  wholeYears(cube, endMonth, "rate");
  const years = yearCount(cube, endMonth, options.years);
  const columns = populationColumns(options.population, years, options.populationColumns, endMonth);
  const per = options.per ?? 1000;
  const notes = new TableNotes();
  const lines = areaLines(cube, options.divisions ?? null, options.totalLabel ?? "Force", notes);
  const people = populationsOf(options.population, columns, lines, dataset.areaCodes, notes);
  // The force's rate divides its own areas' crimes by their population: records in other forces'
  // districts or without a location have no population here (City of London 2021: 4,693 / 7,375, not all 5,431).
  const ownAreas = lines.filter((l) => l.own).flatMap((l) => l.areas);
  const rateLines = lines.map((line) => (line.kind === "total" ? { ...line, areas: ownAreas } : line));
  const rates = rateLines.map((line, i) => yearRates(cube, line, category.indices, endMonth, people[i], per));
  const totalAt = lines.findIndex((l) => l.kind === "total");
  const ownNote =
    totalAt >= 0 && ownAreas.length < lines[totalAt].areas.length
      ? ownOnlyNote(cube, ownAreas, category.indices, endMonth)
      : null;
  const ranks = rankAscending(rates.map((r, i) => (lines[i].own && typeof r[0] === "number" ? r[0] : null)));
  const rows: TableRow[] = lines.map((line, i) => ({
    level: 0,
    kind: line.kind,
    ...(line.kind === "data" && !line.own ? { apart: true } : {}),
    cells: [
      { kind: "text", value: line.label },
      offencesCell(cube, line, category.indices, endMonth, notes),
      ...rates[i].map((r) => rateCell(r, notes, i === totalAt ? ownNote : null)),
      ranks[i] === null ? { kind: "text", value: "" } : { kind: "rank", value: ranks[i] },
    ],
  }));
  notes.add(
    `Rates per ${countWords(per)} population use the population table's ${describeColumns(options.population, columns)}.`,
  );
  for (const note of options.population.notes?.slice(1) ?? []) notes.add(note);
  if (category.label === "All crime") notes.add("All crime leaves out anti-social behaviour.");
  return {
    recipe: "rate",
    title: `${category.label} per ${countWords(per)} population, ${rollingYearLabel(endMonth)}`,
    sheetName: sheetName(`Rate per ${per} ${category.label}`),
    headerRows: [header(endMonth, years, per)],
    rows,
    notes: [...notes.list(), "Ranking: 1 is the lowest rate per 1,000 population; ties share a rank."], // the ranking's direction (issue 22 item 5)
    source: sourceLine(dataset),
    dropped: dataset.dropped,
    subject: {
      category: category.label,
      totalLabel: options.totalLabel ?? "Force",
      periods: [{ first: endMonth - 11, last: endMonth }],
      noun: counted(cube).noun,
      per,
    },
  };
}

type Rate = number | "no-data" | "no-population";

function yearCount(cube: CountCube, endMonth: number, years: number | null | undefined): number {
  if (years !== null && years !== undefined) {
    if (!Number.isInteger(years) || years < 1 || years > 3)
      throw new OptionError(`The number of years must be 1, 2 or 3, not ${years}.`);
    return years;
  }
  const whole = Math.floor((endMonth - cube.firstMonth + 1) / 12);
  return Math.min(3, Math.max(1, whole));
}

function populationColumns(
  table: PopulationTable,
  years: number,
  wanted: string[] | null | undefined,
  endMonth: number,
): number[] {
  const names = wanted && wanted.length > 0 ? wanted : [defaultPopulationColumn(table, endMonth)];
  const positions = names.map((name) => {
    const at = table.columns.findIndex((c) => nameKey(c) === nameKey(name));
    if (at < 0)
      throw new InputError(
        `The population table has no column "${name}"; its population columns are ${table.columns.join(", ")}.`,
      );
    return at;
  });
  return Array.from({ length: years }, (_, k) => positions[Math.min(k, positions.length - 1)]);
}

/** Headers of a column pooled over several years or otherwise not one year's population. */
const POOLED = /pool|average|mean|combined|aggregate|cumulative|\d\s*(-|–|to)\s*\d/i;

/**
 * The population column rates use when the analyst names none: the column of the year the rolling
 * year ends in ("2024", "Mid-2024", "POP24") when the table has one; else the last column, unless it is
 * pooled or multi-year ("2019-2021 pooled", "3-year average"), which is never a default: then the
 * choice is refused, naming the columns, because dividing a year's crimes by a pooled figure gives
 * rates a fraction of the truth.
 */
function defaultPopulationColumn(table: PopulationTable, endMonth: number): string {
  const year = Math.floor(endMonth / 12);
  const single = table.columns.filter((c) => !POOLED.test(c) && yearsIn(c).length <= 1);
  const ofYear = single.find((c) => yearsIn(c)[0] === year);
  if (ofYear) return ofYear;
  const last = table.columns[table.columns.length - 1];
  if (!POOLED.test(last) && yearsIn(last).length <= 1) return last;
  throw new InputError(
    `The population table's last column, "${last}", holds a population pooled over several years or not of one year, and none of its columns is of ${year}; choose the column to divide by. Its columns are ${table.columns.map((c) => `"${c}"`).join(", ")}.`,
    single.map((c) => ({ reading: `rates per "${c}"`, option: "populationColumn", value: c })),
  );
}

/** The years a header names: "2019" (and "Mid-2019"), "POP21" as 2021; two for "2019-2021". */
function yearsIn(header: string): number[] {
  const full = [...header.matchAll(/(?<!\d)(19|20)\d\d(?!\d)/g)].map((m) => Number(m[0]));
  if (full.length > 0) return full;
  const short = /^pop(\d\d)$/i.exec(header.trim());
  return short ? [2000 + Number(short[1])] : [];
}

/**
 * For each line and year, its population: a district's from the table (by name), a subtotal's the sum
 * of its districts above it, the total's the sum of all districts; null when any is missing, and for
 * "Unknown area" and "Other areas".
 */
function populationsOf(
  table: PopulationTable,
  columns: number[],
  lines: AreaLine[],
  codes?: readonly string[],
  notes?: TableNotes,
): (number | null)[][] {
  const byName = new Map(table.areas.map((a) => [nameKey(a.name), a.values]));
  const byCode = new Map(table.areas.filter((a) => a.code !== "").map((a) => [a.code.toUpperCase(), a.values]));
  const byKey = uniqueKeys(table.areas);
  // By ONS code first (MYE names "Bristol, City of", police.uk "Bristol"), then by name, then by name without "Ward", "City of" and punctuation.
  const valuesOf = (line: AreaLine): (number | null)[] | undefined => {
    const code = line.areas.length === 1 ? codes?.[line.areas[0]] : undefined;
    return (
      (code ? byCode.get(code.toUpperCase()) : undefined) ??
      byName.get(nameKey(line.label)) ??
      byKey.get(areaKey(line.label)) ??
      byCode.get(line.label.trim().toUpperCase())
    );
  };
  const unmatched = lines.filter((l) => l.own && !valuesOf(l)).map((l) => l.label);
  const own = lines.filter((l) => l.own).length;
  if (unmatched.length > 0 && unmatched.length * 2 > own) {
    throw new InputError(
      `${unmatched.length} of the ${own} areas are not in the population table (${unmatched.join(", ")}), so most rates could not be made; its areas are ${table.areas
        .slice(0, 8)
        .map((a) => a.name)
        .join(
          ", ",
        )}${table.areas.length > 8 ? ", ..." : ""}. Give the population of these areas, or the table's area column.`,
    );
  }
  if (unmatched.length > 0) notes?.add(`Not in the population table, so no rate: ${unmatched.join(", ")}.`);
  const result: (number | null)[][] = [];
  let sinceSubtotal: (number | null)[][] = [];
  const all: (number | null)[][] = [];
  for (const line of lines) {
    let people: (number | null)[];
    if (line.own) {
      people = columns.map((col) => valuesOf(line)?.[col] ?? null);
      sinceSubtotal.push(people);
      all.push(people);
    } else if (line.kind === "subtotal") {
      people = sumColumns(sinceSubtotal, columns.length);
      sinceSubtotal = [];
    } else if (line.kind === "total") {
      people = sumColumns(all, columns.length);
    } else {
      people = columns.map(() => null);
    }
    result.push(people);
  }
  return result;
}

/** The population table's areas by `areaKey`, leaving out a key two areas share (it would join either). */
function uniqueKeys(areas: PopulationTable["areas"]): Map<string, (number | null)[]> {
  const byKey = new Map<string, (number | null)[] | null>();
  for (const a of areas) byKey.set(areaKey(a.name), byKey.has(areaKey(a.name)) ? null : a.values);
  return new Map([...byKey].filter((e): e is [string, (number | null)[]] => e[1] !== null));
}

function sumColumns(rows: (number | null)[][], width: number): (number | null)[] {
  return Array.from({ length: width }, (_, k) => {
    let sum = 0;
    for (const row of rows) {
      const value = row[k];
      if (value === null) return null;
      sum += value;
    }
    return rows.length === 0 ? null : sum;
  });
}

function yearRates(
  cube: CountCube,
  line: AreaLine,
  categories: number[],
  endMonth: number,
  people: (number | null)[],
  per: number,
): Rate[] {
  return people.map((population, k) => {
    const end = endMonth - 12 * k;
    if (end - 11 < cube.firstMonth) return "no-data";
    if (population === null) return "no-population";
    return (
      ratePer(cubeSum(cube, { areas: line.areas, categories, months: [end - 11, end] }), population, per) ??
      "no-population"
    );
  });
}

/** The footnote of the total's rates when it leaves records out: how many of the total it counts. */
function ownOnlyNote(cube: CountCube, own: number[], categories: number[], endMonth: number): string {
  const months: [number, number] = [endMonth - 11, endMonth];
  const inOwn = cubeSum(cube, { areas: own, categories, months });
  const all = cubeSum(cube, { categories, months });
  return `The total's rate counts only the records in the force's own areas (${countWords(inOwn)} of ${countWords(all)} in the latest year), because other areas and records without a location have no population here.`;
}

/** The offences in the rolling year; N/A when the data do not cover it in full (a month's count is not a year's). */
function offencesCell(
  cube: CountCube,
  line: AreaLine,
  categories: number[],
  endMonth: number,
  notes: TableNotes,
): TableCell {
  if (endMonth - 11 < cube.firstMonth)
    return { kind: "count", value: null, footnote: notes.mark("The data do not cover this rolling year in full.") };
  return { kind: "count", value: cubeSum(cube, { areas: line.areas, categories, months: [endMonth - 11, endMonth] }) };
}

function rateCell(rate: Rate, notes: TableNotes, ownNote: string | null = null): TableCell {
  if (rate === "no-data")
    return { kind: "rate", value: null, footnote: notes.mark("The data do not cover this rolling year in full.") };
  if (rate === "no-population") {
    return {
      kind: "rate",
      value: null,
      footnote: notes.mark("No population for this row in the population table, so no rate."),
    };
  }
  const cell: TableCell = { kind: "rate", value: roundHalfAway(rate, 1), decimals: 1 };
  return ownNote ? { ...cell, footnote: notes.mark(ownNote) } : cell;
}

function header(endMonth: number, years: number, per: number) {
  const cells = [{ text: "Area" }, { text: `Number of offences, ${rollingYearLabel(endMonth)}` }];
  for (let k = 0; k < years; k++)
    cells.push({ text: `Rate per ${countWords(per)} pop., ${rollingYearLabel(endMonth - 12 * k)}` });
  cells.push({ text: "Ranking" });
  return cells;
}

function describeColumns(table: PopulationTable, columns: number[]): string {
  const names = [...new Set(columns)].map((c) => table.columns[c]);
  return names.length === 1
    ? `column ${names[0]} for every year`
    : `columns ${columns.map((c) => table.columns[c]).join(", ")} (latest year first)`;
}
