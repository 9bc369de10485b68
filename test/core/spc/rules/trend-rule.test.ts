import { trendRule } from "../../../../src/core/spc/rules/trend-rule";
import { flatInput, marksOf } from "./flat-input";

const trend = (length: number) => (input: Parameters<typeof trendRule>[0], marks: Int8Array) =>
  trendRule(input, marks, length);

describe("trendRule", () => {
  it("marks 6 points each strictly higher than the one before (5 rises) when the rule is 6", () => {
    expect(marksOf(flatInput([9, 1, 2, 3, 4, 5, 6, 0]), trend(6))).toEqual([0, 1, 1, 1, 1, 1, 1, 0]);
  });

  it("needs 7 points (6 rises) when the rule is 7", () => {
    expect(marksOf(flatInput([1, 2, 3, 4, 5, 6]), trend(7))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(marksOf(flatInput([7, 6, 5, 4, 3, 2, 1]), trend(7))).toEqual([-1, -1, -1, -1, -1, -1, -1]);
  });

  it("lets equal neighbours break a trend", () => {
    // 1,2,3 then a tie, then 3,4,5,6: stretches of 3 and 4 points
    expect(marksOf(flatInput([1, 2, 3, 3, 4, 5, 6]), trend(6))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("gives a turning point shared by a rising and a falling trend the direction of the step to its right", () => {
    // rising 1..6 (6 points), falling 6..1 (6 points): the peak, point 6, is part of both
    expect(marksOf(flatInput([1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1]), trend(6))).toEqual([
      1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1,
    ]);
  });

  it("does not let a trend cross the start of its group", () => {
    const input = { ...flatInput([1, 2, 3, 4, 5, 6]), start: 1 };
    expect(marksOf(input, trend(6))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
