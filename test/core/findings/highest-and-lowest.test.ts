import { highestAndLowest } from "../../../src/core/findings/highest-and-lowest";
import type { Comparison } from "../../../src/core/findings/comparison-of";

const c = (label: string, current: number, previous: number): Comparison => ({
  label,
  current,
  previous,
  change: current - previous,
  percent: null,
  ratio: previous === 0 ? null : (current - previous) / previous,
});
// Seed 3.2's wards, violent crime April - October 2017 and 2016, as its commentary gives them. Its "Fant with 250
// (up 41% from 178)" is a misprint: 72 / 178 = 40.4%, as below.
const WARDS = [
  c("High Street", 863, 607),
  c("Fant", 250, 178),
  c("Park Wood", 243, 164),
  c("Heath", 227, 119),
  c("Loose", 18, 22),
  c("Barming", 23, 16),
  c("Detling and Thurnham", 28, 26),
  c("Downswood and Otham", 28, 10),
];

describe("highestAndLowest", () => {
  it("names seed 3.2's highest wards with their changes (High Street up 42.2% from 607)", () => {
    expect(highestAndLowest(WARDS, "violent crimes")[0]).toBe(
      "The highest numbers of violent crimes were in High Street (863, up 42.2% from 607), Fant (250, up 40.4% from 178) and Park Wood (243, up 48.2% from 164).",
    );
  });

  it("names the lowest, both wards tied at 28 included, as the seed does (Loose down 18.2%, Downswood and Otham up 180%)", () => {
    expect(highestAndLowest(WARDS, "violent crimes")[1]).toBe(
      "The lowest numbers of violent crimes were in Loose (18, down 18.2% from 22), Barming (23, up 43.8% from 16), Detling and Thurnham (28, up 7.7% from 26) and Downswood and Otham (28, up 180.0% from 10).",
    );
  });

  it("says nothing for six rows or fewer, where highest and lowest would overlap", () => {
    expect(highestAndLowest(WARDS.slice(0, 6), "crimes")).toEqual([]);
  });

  it("words a change from 0 and no change", () => {
    const rows = [...WARDS.slice(0, 6), c("A", 1, 0), c("B", 2, 2)];
    expect(highestAndLowest(rows, "crimes")[1]).toBe(
      "The lowest numbers of crimes were in A (1, up from 0), B (2, the same as the 2 before) and Loose (18, down 18.2% from 22).",
    );
  });
});
