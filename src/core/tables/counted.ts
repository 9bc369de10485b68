import type { DataKind } from "../detect";
import type { CountCube } from "./count-cube";
import { allCrimeIndices } from "./all-crime";

/** What a table counts, in the words its title, total row and notes use. */
export interface Counted {
  /** The plural noun: "crimes", "incidents", "outcomes", "searches", "records". */
  noun: string;
  /** The total row's label and the name of everything counted: "All crime", "All searches". */
  total: string;
  /** True for crimes: the police.uk crime grouping applies and anti-social behaviour is left out of the total. */
  crimes: boolean;
  /** The category indices the total adds up. */
  totalIndices: number[];
}

const WORDS: Record<DataKind, { noun: string; total: string }> = {
  crimes: { noun: "crimes", total: "All crime" },
  asb: { noun: "incidents", total: "All anti-social behaviour" },
  outcomes: { noun: "outcomes", total: "All outcomes" },
  searches: { noun: "searches", total: "All searches" },
  counts: { noun: "records", total: "Total" },
  rates: { noun: "records", total: "Total" },
};

/**
 * What the tables of a count cube count, so that stop-and-search data are "searches" with "All
 * searches", never "Volume of crimes" with "All crime". Only crimes use the police.uk crime grouping and
 * leave anti-social behaviour out of their total (seed 4.1); every other kind's total adds up every
 * category.
 *
 * Other counts with a single category (a `month,count` series, named after its count column) take
 * that category's name as their total.
 *
 * Missing values: a cube without a kind counts crimes (the Dataset's default).
 *
 * @param cube the count cube
 * @returns the noun, the total's label, whether they are crimes, and the total's categories
 * @throws never
 * @example
 * counted(countCube(searches)).total; // => "All searches"
 */
export function counted(cube: Pick<CountCube, "kind" | "categories">): Counted {
  const kind = cube.kind ?? "crimes";
  const crimes = kind === "crimes";
  // A series of other counts with no category (month,count) is one series, named after its count column.
  const total = kind === "counts" && cube.categories.length === 1 ? cube.categories[0] : WORDS[kind].total;
  return {
    ...WORDS[kind],
    total,
    crimes,
    totalIndices: crimes ? allCrimeIndices(cube.categories) : cube.categories.map((_, i) => i),
  };
}
