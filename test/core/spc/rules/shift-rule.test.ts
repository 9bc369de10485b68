import { shiftRule } from "../../../../src/core/spc/rules/shift-rule";
import { flatInput, marksOf } from "./flat-input";

const shift =
  (length: number, onCentre: "breaks" | "skipped") => (input: Parameters<typeof shiftRule>[0], marks: Int8Array) =>
    shiftRule(input, marks, length, onCentre);

describe("shiftRule", () => {
  it("marks every point of a run of 6 on one side when the rule is 6", () => {
    expect(marksOf(flatInput([-1, 1, 2, 1, 1, 2, 1, -1]), shift(6, "breaks"))).toEqual([0, 1, 1, 1, 1, 1, 1, 0]);
  });

  it("ignores a run of 5 when the rule is 6, and marks runs below as -1", () => {
    expect(marksOf(flatInput([-1, -1, -1, -1, -1, 1]), shift(6, "breaks"))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(marksOf(flatInput([-1, -1, -1, -1, -1, -1]), shift(6, "breaks"))).toEqual([-1, -1, -1, -1, -1, -1]);
  });

  it("lets a point on the centre line break the run (MDC, NHSR, WECO)", () => {
    // 3 above, one on the line, 3 above: two runs of 3
    expect(marksOf(flatInput([1, 1, 1, 0, 1, 1, 1]), shift(6, "breaks"))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("skips a point on the centre line for Anhoej's runs: it neither breaks nor joins the run", () => {
    // 6 useful points above => run of 6; the on-line point stays unmarked
    expect(marksOf(flatInput([1, 1, 1, 0, 1, 1, 1]), shift(6, "skipped"))).toEqual([1, 1, 1, 0, 1, 1, 1]);
    expect(marksOf(flatInput([1, 1, 1, 0, 1, 1, 1]), shift(7, "skipped"))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("does not let a run cross the end of its group", () => {
    const input = { ...flatInput([1, 1, 1, 1, 1, 1]), end: 5 };
    expect(marksOf(input, shift(6, "breaks"))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
