import { labelByPriority } from "../../../src/core/spc/label-by-priority";

describe("labelByPriority", () => {
  it("gives each point the label of the first rule that marked it", () => {
    const outside = { marks: Int8Array.from([0, 1, 0, 0]), high: "Above UCL", low: "Below LCL" } as const;
    const trend = { marks: Int8Array.from([0, 1, -1, 0]), high: "Trend up", low: "Trend down" } as const;
    const shift = { marks: Int8Array.from([1, 1, 1, 0]), high: "Run above", low: "Run below" } as const;
    expect(labelByPriority(4, [outside, trend, shift])).toEqual(["Run above", "Above UCL", "Trend down", ""]);
  });

  it("labels every point common cause when no rule marked anything", () => {
    expect(labelByPriority(2, [])).toEqual(["", ""]);
  });
});
