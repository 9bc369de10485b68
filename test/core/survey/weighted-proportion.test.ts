import { weightedProportion } from "../../../src/core/survey/weighted-proportion";
import { InputError } from "../../../src/core/errors";

describe("weightedProportion", () => {
  it("weights the yes answers: (2 + 1) / (2 + 1 + 1) = 0.75, effective size 4^2 / 6 = 2.667", () => {
    const result = weightedProportion([1, 0, 1], [2, 1, 1]);
    expect(result.proportion).toBeCloseTo(0.75, 12);
    expect(result.weightTotal).toBe(4);
    expect(result.effectiveSize).toBeCloseTo(16 / 6, 12);
  });

  it("gives the plain proportion and the full size when every weight is 1", () => {
    const result = weightedProportion([true, false, false, true, true], [1, 1, 1, 1, 1]);
    expect(result.proportion).toBeCloseTo(0.6, 12);
    expect(result.effectiveSize).toBe(5);
  });

  it("leaves out unanswered questions with their weights", () => {
    expect(weightedProportion([1, null, NaN, 0], [1, 5, 5, 1]).proportion).toBeCloseTo(0.5, 12);
  });

  it("refuses different sizes, bad answers and bad weights, naming the row", () => {
    expect(() => weightedProportion([1, 0], [1])).toThrow(/2 responses but 1 weights/);
    expect(() => weightedProportion([1, 2], [1, 1])).toThrow(/Response 2 is 2/);
    expect(() => weightedProportion([1, 0], [1, -1])).toThrow(/Weight 2 is -1/);
    expect(() => weightedProportion([1, 0], [0, 0])).toThrow(InputError);
  });
});
