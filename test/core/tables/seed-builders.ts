/**
 * Builders of small count Datasets that reproduce the seed's printed figures: each series is given as
 * (end month's count, rolling year total, year-earlier total[, two years earlier]) and placed so the
 * windows add up to exactly those totals.
 */
import type { Dataset } from "../../../src/core/data/dataset";
import { countsDataset } from "./police-uk-fixture";

/** [category, area, month count (Oct 2017), RY ending Oct 2017, RY ending Oct 2016, RY ending Oct 2015?] */
export type SeedSeries = [string, string, number, number, number, number?];

/** Counts so that the RY ending Oct 2017 etc. hold the seed's figures; the data start in Nov 2014. */
export function seedDataset(series: SeedSeries[]): Dataset {
  const entries: [string, string, string, number][] = [];
  for (const [category, area, month, ry0, ry1, ry2] of series) {
    entries.push(
      ["2017-10", category, area, month],
      ["2016-11", category, area, ry0 - month],
      ["2016-10", category, area, ry1],
    );
    entries.push(["2015-10", category, area, ry2 ?? 0], ["2014-11", category, area, 0]);
  }
  return countsDataset(entries, "Kent Police, crime counts (seed)");
}

/** Seed 3.1, violent crime by district: [division, district, October 2017, RY ending Oct 2017, RY ending Oct 2016]. */
export const SEED_3_1_DISTRICTS: readonly [string, string, number, number, number][] = [
  ["North", "Dartford", 437, 4125, 2956],
  ["North", "Gravesham", 494, 4488, 3116],
  ["North", "Medway", 1278, 11871, 8252],
  ["North", "Swale", 565, 5343, 3701],
  ["West", "Maidstone", 588, 5378, 3743],
  ["West", "Sevenoaks", 288, 2582, 1702],
  ["West", "Tonbridge and Malling", 335, 3150, 2117],
  ["West", "Tunbridge Wells", 315, 2694, 1962],
  ["East", "Ashford", 396, 3951, 2378],
  ["East", "Canterbury", 634, 5570, 3874],
  ["East", "Dover", 479, 4653, 2799],
  ["East", "Shepway", 413, 4011, 2960],
  ["East", "Thanet", 786, 7242, 5262],
];

/** Seed 4.1, anti-social behaviour by district: Nov 2016 - Oct 2017, Nov 2015 - Oct 2016, Nov 2014 - Oct 2015. */
export const SEED_4_1_ASB: readonly [string, number, number, number][] = [
  ["Shepway", 2374, 2948, 2890],
  ["Tunbridge Wells", 1877, 2287, 2200],
  ["Dartford", 2467, 2990, 2620],
  ["Sevenoaks", 1691, 2012, 1970],
  ["Thanet", 4670, 5368, 5337],
  ["Gravesham", 2850, 3274, 3337],
  ["Maidstone", 3243, 3697, 3588],
  ["Dover", 2975, 3380, 3701],
  ["Tonbridge and Malling", 2089, 2326, 2469],
  ["Canterbury", 3502, 3852, 4231],
  ["Swale", 3553, 3904, 3991],
  ["Medway", 8124, 8747, 8983],
  ["Ashford", 2073, 1856, 1582],
];

/** Seed 2.5, the 2017 crime rate per 1,000 by district, in the seed's order. */
export const SEED_2_5_RATES: readonly [string, number][] = [
  ["Tunbridge Wells", 48],
  ["Sevenoaks", 53],
  ["Tonbridge and Malling", 55],
  ["Ashford", 65],
  ["Dover", 66],
  ["Maidstone", 68],
  ["Canterbury", 70],
  ["Shepway", 71],
  ["Swale", 77],
  ["Dartford", 91],
  ["Thanet", 98],
  ["Medway", 84],
];
