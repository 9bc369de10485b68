import { cellText } from "../cells";

/** Where a population table keeps what the rate needs: found from its header. */
export interface PopulationLayout {
  name: number;
  code: number;
  /** Persons / Female / Male rows (ONS mid-year estimates), or -1. */
  sex: number;
  /** Ages as rows (one row per single year of age, MYEB tables), or -1: rows of one area are added up. */
  age: number;
  /** Population columns: an all-ages column, years (POP21, 2017, population_2019, Mid-2020), or "Population". */
  populations: number[];
  /** Single years of age as columns (0, 1, ... 90+), added up when there is no all-ages column. */
  ages: number[];
}

const key = (h: unknown): string =>
  cellText(h)
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .trim();
const NAME =
  /^(name|area|district|local authority|area name|la name|laname\d*|lad\d*nm|lad name|ward name|wd\d*nm|lsoa name|lsoa\d*nm|geography name|geography|borough|csp)$/;
const CODE =
  /^(lad|code|area code|lad code|ladcode\d*|lad\d*cd|la code|ward code|wd\d*cd|lsoa code|lsoa\d*cd|geography code|mnemonic)$/;
const ALL_AGES = /^(all ages|all persons|all usual residents|total population|persons all ages)$/;
const SINGLE_AGE = /^(age |aged )?\d{1,3}\+?( and over| years?)?$/;

/**
 * Reads a population table's header: which column names the area, which holds its ONS code, whether
 * rows are split by sex or by age, and which columns hold populations. Understands the census file
 * (NAME, LAD, POP11, POP21), ONS mid-year estimates (Code, Name, Geography, All ages, 0 ... 90+;
 * area_code, area_name, sex, all_ages, ...; ladcode, laname, sex, age, population_2019 ...) and plain
 * tables ("Area", "Population", "2017").
 *
 * Missing values: blank header cells are no column.
 *
 * @param header the header row's cells
 * @returns the columns found (-1 where none)
 * @throws never
 * @example
 * populationLayout(["area_code", "area_name", "sex", "all_ages", "0", "1"]).populations; // => [3]
 */
export function populationLayout(header: readonly unknown[]): PopulationLayout {
  const keys = header.map(key);
  const code = keys.findIndex((k) => CODE.test(k));
  const nameAt = keys.findIndex((k, i) => i !== code && NAME.test(k) && k !== "geography");
  const name = nameAt >= 0 ? nameAt : keys.findIndex((k) => k === "geography");
  const sex = keys.findIndex((k) => k === "sex" || k === "gender");
  const age = keys.findIndex((k) => k === "age");
  const ages = keys.map((k, i) => (SINGLE_AGE.test(k) && !/^(19|20)\d\d$/.test(k) ? i : -1)).filter((i) => i >= 0);
  const allAges = keys.map((k, i) => (ALL_AGES.test(k) ? i : -1)).filter((i) => i >= 0);
  const taken = new Set([code, name, sex, age, ...ages]);
  const years = keys.map((k, i) => (!taken.has(i) && isPopulationHeader(k) ? i : -1)).filter((i) => i >= 0);
  return {
    name,
    code,
    sex,
    age,
    populations: allAges.length > 0 ? allAges : years,
    ages: ages.length >= 10 ? ages : [],
  };
}

function isPopulationHeader(h: string): boolean {
  if (h.includes("rank") || /^aged? /.test(h)) return false;
  return (
    /^pop/.test(h) ||
    h.includes("population") ||
    /^(mid )?(19|20)\d\d\b/.test(h) ||
    h === "count" ||
    h === "persons" ||
    h === "total"
  );
}
