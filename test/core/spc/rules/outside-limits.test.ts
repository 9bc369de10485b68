import { outsideLimits } from "../../../../src/core/spc/rules/outside-limits";
import { flatInput, marksOf } from "./flat-input";

describe("outsideLimits", () => {
  it("marks points strictly above the upper limit +1 and strictly below the lower limit -1", () => {
    // limits -3 .. 3
    expect(marksOf(flatInput([0, 3.5, -4, 2.9]), outsideLimits)).toEqual([0, 1, -1, 0]);
  });

  it("does not mark a point exactly on a limit", () => {
    expect(marksOf(flatInput([3, -3]), outsideLimits)).toEqual([0, 0]);
  });

  it("looks only inside the group it is given", () => {
    const input = { ...flatInput([9, 9, 9]), start: 1, end: 2 };
    expect(marksOf(input, outsideLimits)).toEqual([0, 1, 0]);
  });
});
