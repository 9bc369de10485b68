import { partnerCounts } from "../../../src/core/tables/partner-counts";
import { partnerCountsFindings } from "../../../src/core/findings/partner-counts-findings";
import { keyFindings } from "../../../src/core/findings/key-findings";
import { parseMonth } from "../../../src/core/periods/parse-month";
import { sharesTable } from "../../../src/core/tables/shares-table";

// Counts typed by hand: A 100 -> 120 (+20, +20.0%), B 50 -> 40 (-10, -20.0%), C 30 -> 30, D n/a -> 10.
const TABLE = [
  ["District", "2015/16", "2016/17"],
  ["A", 100, 120],
  ["B", 50, 40],
  ["C", 30, 30],
  ["D", "n/a", 10],
];

describe("partnerCountsFindings", () => {
  const table = partnerCounts({ table: TABLE });

  it("names the highest and lowest latest counts among the rows, not the total", () => {
    expect(partnerCountsFindings(table, 0.05)[0]).toBe("The highest count was in A (120); the lowest in D (10).");
  });

  it("names the rises and falls from the period before, each tested exactly (120 of 220 and 40 of 90 at one half: p > 0.05)", () => {
    expect(partnerCountsFindings(table, 0.05).slice(1)).toEqual([
      "The largest rise by number was in A (+20, from 100 to 120, within normal variation).",
      "The only fall was in B (-10, -20.0%, from 50 to 40, within normal variation).",
    ]);
  });

  it("compares no row across its series break or from an n/a count", () => {
    const broken = partnerCounts({ table: TABLE, breaks: new Map([["B", parseMonth("2016-04")]]) }); // B not comparable before April 2016
    expect(partnerCountsFindings(broken, 0.05).join(" ")).not.toMatch(/B \(-10/);
    expect(partnerCountsFindings(table, 0.05).join(" ")).not.toMatch(/D \(\+/);
  });

  it("says every row had the same count rather than naming one as highest", () => {
    expect(
      partnerCountsFindings(
        partnerCounts({
          table: [
            ["District", "2015/16", "2016/17"],
            ["A", 5, 7],
            ["B", 6, 7],
          ],
        }),
        0.05,
      )[0],
    ).toBe("Every row had the same count (7).");
  });

  it("is what the key findings say of a partner-counts table; a shares table gives each column's highest and lowest share", () => {
    expect(keyFindings([table])[0].findings).toEqual(partnerCountsFindings(table, 0.05));
    // Shares of each column's sum: 100, 50, 30 of 180 are 55.6%, 27.8%, 16.7%; 120, 40, 30 of 190 are 63.2%, 21.1%, 15.8%.
    expect(keyFindings([sharesTable({ table: TABLE.slice(0, 4) })])[0].findings).toEqual([
      "2015/16: the highest share was in A (55.6%); the lowest in C (16.7%).",
      "2016/17: the highest share was in A (63.2%); the lowest in C (15.8%).",
    ]);
  });
});
