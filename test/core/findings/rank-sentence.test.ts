import { rankSentence } from "../../../src/core/findings/rank-sentence";
import type { Comparison } from "../../../src/core/findings/comparison-of";

const area = (label: string, current: number, previous: number): Comparison => ({
  label,
  current,
  previous,
  change: current - previous,
  percent: null,
  ratio: previous ? (current - previous) / previous : null,
});

describe("rankSentence", () => {
  const rises = [
    area("A", 110, 100),
    area("B", 120, 100),
    area("C", 130, 100),
    area("D", 140, 100),
    area("E", 150, 100),
  ];

  it("counts from the nearer end when every area rose", () => {
    expect(rankSentence("B", rises[1], rises)).toBe("B had the 2nd lowest increase of the 5 areas.");
    expect(rankSentence("D", rises[3], rises)).toBe("D had the 2nd highest increase of the 5 areas.");
    expect(rankSentence("A", rises[0], rises)).toBe("A had the lowest increase of the 5 areas.");
  });

  it("says joint when areas tie", () => {
    const tied = [...rises, area("F", 240, 200)];
    expect(rankSentence("B", rises[1], tied)).toBe("B had the joint 2nd lowest increase of the 6 areas.");
  });

  it("counts falls from the largest or smallest fall", () => {
    const falls = [area("A", 90, 100), area("B", 80, 100), area("C", 70, 100)];
    expect(rankSentence("C", falls[2], falls)).toBe("C had the largest fall of the 3 areas.");
  });

  it("ranks from the largest fall when some areas rose and some fell", () => {
    const mixed = [area("A", 90, 100), area("B", 110, 100), area("C", 120, 100)];
    expect(rankSentence("B", mixed[1], mixed)).toBe(
      "Ranked by % change from the largest fall to the largest rise, B is 2nd of the 3 areas.",
    );
  });

  it("writes nothing for an area without a % change or with no other area", () => {
    expect(rankSentence("Z", area("Z", 5, 0), rises)).toBe("");
    expect(rankSentence("A", rises[0], [rises[0]])).toBe("");
  });
});
