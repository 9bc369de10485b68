import { runsAnalysis } from "../../../../src/core/spc/rules/runs-analysis";
import { flatInput } from "./flat-input";

describe("runsAnalysis", () => {
  it("counts useful points, the longest run and crossings, ignoring points on the centre line", () => {
    // sides + + 0 + - - + : useful 6; runs (+++)(--)(+) => longest 3, crossings 2
    const summary = runsAnalysis(flatInput([1, 2, 0, 1, -1, -2, 1]));
    expect(summary).toMatchObject({ usefulPoints: 6, longestRun: 3, crossings: 2 });
  });

  it("uses round(log2(n)) + 3 and qbinom(0.05, n - 1, 0.5) as the limits", () => {
    // 24 points alternating in pairs: ++--++-- ... longest 2, crossings 11; limits 8 and 8 (anchor)
    const values = Array.from({ length: 24 }, (_, i) => (Math.floor(i / 2) % 2 === 0 ? 1 : -1));
    const summary = runsAnalysis(flatInput(values));
    expect(summary).toMatchObject({
      usefulPoints: 24,
      longestRunLimit: 8,
      crossingsLimit: 8,
      longRun: false,
      fewCrossings: false,
    });
  });

  it("signals a run longer than the limit and too few crossings", () => {
    // 12 points: 6 above then 6 below. Longest 6 vs round(3.585) + 3 = 7: no; crossings 1 < qbinom(0.05, 11, 0.5) = 3
    const summary = runsAnalysis(flatInput([1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1]));
    expect(summary).toMatchObject({
      longestRun: 6,
      longestRunLimit: 7,
      longRun: false,
      crossings: 1,
      crossingsLimit: 3,
      fewCrossings: true,
    });
    // 10 points: 8 above => 8 > round(3.32) + 3 = 6
    expect(runsAnalysis(flatInput([1, 1, 1, 1, 1, 1, 1, 1, -1, 1])).longRun).toBe(true);
  });

  it("raises nothing when every point is on the centre line", () => {
    const summary = runsAnalysis(flatInput([0, 0, 0]));
    expect(summary).toMatchObject({ usefulPoints: 0, longRun: false, fewCrossings: false });
  });
});
