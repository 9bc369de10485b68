import { bestChoice } from "../../../src/core/check/best-choice";

describe("choosing what a derived column derives from", () => {
  it("takes the candidate most cells agree with, the earlier on a tie", () => {
    const scores: Record<string, { tried: number; agreed: number }> = {
      a: { tried: 20, agreed: 12 },
      b: { tried: 20, agreed: 19 },
      c: { tried: 20, agreed: 19 },
    };
    expect(bestChoice(["a", "b", "c"], (k) => scores[k])).toEqual({ choice: "b", tried: 20, agreed: 19 });
  });

  it("takes none when no candidate agrees with half its cells, or none could be tried", () => {
    expect(bestChoice(["a", "b"], (k) => (k === "a" ? { tried: 10, agreed: 4 } : { tried: 0, agreed: 0 }))).toBeNull();
  });
});
