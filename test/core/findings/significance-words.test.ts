import { significanceWords } from "../../../src/core/findings/significance-words";

describe("significanceWords", () => {
  it("calls 10,271 to 13,594 a statistically significant rise (SciPy p = 6.7e-103)", () => {
    const reading = significanceWords(13594, 10271, 0.05);
    expect(reading.significant).toBe(true);
    expect(reading.sentence).toBe("This is a statistically significant rise at the 5% level (p < 0.001).");
  });

  it("calls 41 to 50 robberies within normal variation (SciPy p = 0.402)", () => {
    expect(significanceWords(50, 41, 0.05).sentence).toBe(
      "This change is within normal variation: it is not statistically significant at the 5% level (p = 0.402).",
    );
  });

  it("calls 69 to 99 a significant rise at 5% (p = 0.025) but not at 1%", () => {
    expect(significanceWords(99, 69, 0.05).sentence).toBe(
      "This is a statistically significant rise at the 5% level (p = 0.025).",
    );
    expect(significanceWords(99, 69, 0.01).significant).toBe(false);
  });

  it("refuses a level outside 0 to 1", () => {
    expect(() => significanceWords(1, 2, 5)).toThrow("between 0 and 1");
  });
});
