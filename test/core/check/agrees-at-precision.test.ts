import fc from "fast-check";
import { agreesAtPrecision } from "../../../src/core/check/agrees-at-precision";
import { parsePrintedNumber } from "../../../src/core/check/parse-printed-number";
import { printedLike } from "../../../src/core/check/printed-like";

describe("whether a printed value agrees at its printed precision", () => {
  it("accepts the seed's rounded values and rejects a value one unit out", () => {
    expect(agreesAtPrecision(parsePrintedNumber("+43.7%"), (1635 / 3743) * 100)).toBe(true); // 43.68
    expect(agreesAtPrecision(parsePrintedNumber("48"), 48.3)).toBe(true);
    expect(agreesAtPrecision(parsePrintedNumber("-15.9%"), (-321 / 2012) * 100)).toBe(false); // -15.95 -> -16.0
    expect(agreesAtPrecision(parsePrintedNumber("+ 725"), 1443)).toBe(false);
  });

  it("rounds halves away from zero, as Excel's ROUND", () => {
    expect(agreesAtPrecision(parsePrintedNumber("28.7"), 28.65)).toBe(true);
    expect(agreesAtPrecision(parsePrintedNumber("-0.1"), -0.05)).toBe(true);
  });

  it("never agrees with a cell that prints no number", () => {
    expect(agreesAtPrecision(parsePrintedNumber("N/A"), 0)).toBe(false);
  });

  it("agrees with any value written as the finding would write it", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, decimals) => {
        const like = parsePrintedNumber((0).toFixed(decimals));
        expect(agreesAtPrecision(parsePrintedNumber(printedLike(x, like, { signed: true })), x)).toBe(true);
      }),
    );
  });
});
