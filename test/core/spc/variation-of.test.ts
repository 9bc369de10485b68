import { variationOf } from "../../../src/core/spc/variation-of";

describe("variationOf", () => {
  it("calls a point without a signal common cause", () => {
    expect(variationOf("", "DOWN", 5, 5)).toBe("Common cause");
  });

  it("calls high signals concern and low ones improvement when fewer is better (crime)", () => {
    expect(variationOf("Above UCL", "DOWN", 0, 0)).toBe("Special cause concern (high)");
    expect(variationOf("Trend up", "DOWN", 0, 0)).toBe("Special cause concern (high)");
    expect(variationOf("Run below", "DOWN", 0, 0)).toBe("Special cause improvement (low)");
    expect(variationOf("2 of 3 below", "DOWN", 0, 0)).toBe("Special cause improvement (low)");
  });

  it("mirrors the words when more is better, and says neither without a direction", () => {
    expect(variationOf("4 of 5 above", "UP", 0, 0)).toBe("Special cause improvement (high)");
    expect(variationOf("Below LCL", "UP", 0, 0)).toBe("Special cause concern (low)");
    expect(variationOf("Trend down", "NEITHER", 0, 0)).toBe("Special cause neither (low)");
    expect(variationOf("2 of 3 above", "NEITHER", 0, 0)).toBe("Special cause neither (high)");
  });

  it("takes the side of the centre line for Anhoej's few crossings", () => {
    expect(variationOf("Few crossings", "DOWN", 12, 10)).toBe("Special cause concern (high)");
    expect(variationOf("Few crossings", "DOWN", 8, 10)).toBe("Special cause improvement (low)");
  });
});
