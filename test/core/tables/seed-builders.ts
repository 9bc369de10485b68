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
    entries.push(["2017-10", category, area, month], ["2016-11", category, area, ry0 - month], ["2016-10", category, area, ry1]);
    entries.push(["2015-10", category, area, ry2 ?? 0], ["2014-11", category, area, 0]);
  }
  return countsDataset(entries, "Kent Police, crime counts (seed)");
}
