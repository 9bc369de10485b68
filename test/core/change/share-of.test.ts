import fc from "fast-check";
import { shareOf } from "../../../src/core/change/share-of";
import { partnerCell } from "../../../src/core/cells/partner-cell";

describe("shareOf", () => {
  it("gives seed 3.6's 33% of MARAC cases repeats (58 of 177) and last year's 18% (29 of 161)", () => {
    expect(shareOf(58, 177, 0)).toEqual({ kind: "number", value: 33 });
    expect(shareOf(58, 177, 1)).toEqual({ kind: "number", value: 32.8 });
    expect(shareOf(29, 161, 0)).toEqual({ kind: "number", value: 18 });
  });

  it("gives seed 5.5's shares of young people in treatment under 13: cannabis 70%, alcohol 50%", () => {
    expect(shareOf(247, 352, 0)).toEqual({ kind: "number", value: 70 });
    expect(shareOf(175, 352, 0)).toEqual({ kind: "number", value: 50 });
    expect(shareOf(partnerCell("2,261"), partnerCell("2,610"), 0)).toEqual({ kind: "number", value: 87 });
  });

  it("keeps a suppressed count's share suppressed (seed 5.5's amphetamines under 13: * and -)", () => {
    expect(shareOf(partnerCell("*"), 352, 0)).toEqual({ kind: "suppressed", marker: "-" });
    expect(shareOf(10, partnerCell(".."), 0)).toEqual({ kind: "suppressed", marker: "-" });
  });

  it("carries a footnote: 10* of 990 is 1%* (seed 5.5)", () => {
    expect(shareOf(partnerCell("10*"), 990, 0)).toEqual({ kind: "number", value: 1, footnote: "*" });
  });

  it("is not applicable for an n/a part or a total of 0, never 0", () => {
    expect(shareOf(partnerCell("n/a"), 100)).toEqual({ kind: "notApplicable", marker: "n/a" });
    expect(shareOf(5, 0)).toEqual({ kind: "notApplicable", marker: "n/a" });
  });

  it("adds up to 100 for parts that make the total, within rounding", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 8 }), (parts) => {
        const total = parts.reduce((a, b) => a + b, 0);
        fc.pre(total > 0);
        const sum = parts.map((p) => shareOf(p, total, 6)).reduce((a, s) => a + (s.kind === "number" ? s.value : 0), 0);
        expect(Math.abs(sum - 100)).toBeLessThan(1e-4 * parts.length);
      }),
    );
  });

  it("throws for decimals out of range", () => {
    expect(() => shareOf(1, 2, -1)).toThrow(RangeError);
  });
});
