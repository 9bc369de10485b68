import fc from "fast-check";
import { rankAscending } from "../../../src/core/change/rank-ascending";

describe("rankAscending", () => {
  // Seed section 2.5, 2017 rate per 1,000, in the seed's row order; KCC Total and Kent are totals.
  const areas = [
    "Tunbridge Wells",
    "Sevenoaks",
    "Tonbridge & Malling",
    "Ashford",
    "Dover",
    "Maidstone",
    "Canterbury",
    "Shepway",
    "Swale",
    "Dartford & Gravesham",
    "Thanet",
    "KCC Total",
    "Medway",
    "Kent",
  ];
  const rates = [48, 53, 55, 65, 66, 68, 70, 71, 77, 91, 98, 69, 84, 73];
  const totals = areas.map((area) => area === "KCC Total" || area === "Kent");

  it("ranks the Kent districts by 2017 rate, lowest = 1, with KCC Total and Kent left out (seed 2.5)", () => {
    // The seed's County Ranking column is 1, 3, 2, 4, 5, 6, 7, 8, 9, 11, 12, -, 10, -. Its rates put
    // Sevenoaks (53) below Tonbridge & Malling (55), so arithmetic ranks them 2 and 3: the seed's own
    // swap of those two is not reproduced. Every other rank matches the seed.
    expect(rankAscending(rates, totals)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, null, 10, null]);
  });

  it("ranks section 4.1's ASB % differences exactly as the seed's county ranking, 1 to 13", () => {
    const change = [-19.5, -17.9, -17.5, -15.9, -13.0, -12.9, -12.3, -12.0, -10.2, -9.1, -9.0, -7.1, 11.7, -11.0];
    const isTotal = change.map((_, row) => row === 13); // "Kent district"
    expect(rankAscending(change, isTotal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, null]);
  });

  it("shares ties and skips the next rank: 1, 2, 2, 4", () => {
    expect(rankAscending([48, 53, 53, 65])).toEqual([1, 2, 2, 4]);
    expect(rankAscending([7, 7, 7])).toEqual([1, 1, 1]);
  });

  it("gives null to missing values and does not count them", () => {
    expect(rankAscending([5, null, NaN, 3])).toEqual([2, null, null, 1]);
  });

  it("always gives rank = 1 + the number of ranked values strictly lower", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), fc.array(fc.boolean()), (values, flags) => {
        const ranks = rankAscending(values, flags);
        return values.every((value, row) =>
          flags[row] === true
            ? ranks[row] === null
            : ranks[row] === 1 + values.filter((other, j) => flags[j] !== true && other < value).length,
        );
      }),
    );
  });
});
