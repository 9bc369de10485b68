import { InputError } from "../../../src/core/errors";
import { stepRule } from "../../../src/core/spc/step-rule";

describe("stepRule (issue 22 item 1)", () => {
  it("makes the default a sustained shift of 7 with a 12-point baseline (NHSE partitions, NHSR fix_after_n_points)", () => {
    expect(stepRule("sustained")).toEqual({ runLength: 7, minSegment: 12 });
  });

  it("keeps Kent's 5 data point step change as kent5", () => {
    expect(stepRule("kent5")).toEqual({ runLength: 5, minSegment: 5 });
  });

  it("takes another minimum, and refuses one under 2", () => {
    expect(stepRule("sustained", 18)).toEqual({ runLength: 7, minSegment: 18 });
    expect(() => stepRule("sustained", 1)).toThrow(InputError);
  });
});
