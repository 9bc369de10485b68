import fc from "fast-check";
import { checkTable } from "../../../src/core/check/check-table";
import { rankAscending } from "../../../src/core/change/rank-ascending";

/** A table as an analyst would type it, worked out here with plain arithmetic: counts, changes, % changes, ranks, a total. */
function typedTable(pairs: [number, number][]): string[][] {
  const signed = (x: number, text: string) => (x > 0 ? `+${text}` : text);
  const pct = (a: number, b: number) => {
    const exact = ((a - b) / b) * 100;
    const rounded = (Math.sign(exact) * Math.floor(Math.abs(exact) * 10 + 0.5 + 1e-9)) / 10;
    return rounded;
  };
  const pcts = pairs.map(([a, b]) => pct(a, b));
  const ranks = rankAscending(pcts);
  const rows = pairs.map(([a, b], i) => [
    `Area ${i + 1}`,
    a.toLocaleString("en-GB"),
    String(b),
    signed(a - b, String(a - b)),
    `${signed(pcts[i], pcts[i].toFixed(1))}%`,
    String(ranks[i]),
  ]);
  const a = pairs.reduce((s, p) => s + p[0], 0);
  const b = pairs.reduce((s, p) => s + p[1], 0);
  return [
    ["Area", "2017", "2016", "Number change", "% change", "Rank"],
    ...rows,
    ["Total", String(a), String(b), signed(a - b, String(a - b)), `${signed(pct(a, b), pct(a, b).toFixed(1))}%`, ""],
  ];
}

const pairsArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 20000 })), {
  minLength: 3,
  maxLength: 12,
});

describe("checking tables made correctly by hand", () => {
  it("finds nothing wrong in any correctly worked table", () => {
    fc.assert(
      fc.property(pairsArb, (pairs) => {
        expect(checkTable(typedTable(pairs)).findings).toEqual([]);
      }),
    );
  });

  it("finds exactly the one number change put wrong, with the right value", () => {
    fc.assert(
      fc.property(pairsArb, fc.nat(), fc.integer({ min: 1, max: 500 }), (pairs, at, by) => {
        const table = typedTable(pairs);
        const row = 1 + (at % pairs.length);
        const right = pairs[row - 1][0] - pairs[row - 1][1];
        table[row][3] = String(right + by);
        const findings = checkTable(table).findings;
        expect(findings.map((f) => [f.row, f.column, f.expected])).toEqual([
          [row, 3, right > 0 ? `+${right}` : String(right)],
        ]);
      }),
    );
  });
});
