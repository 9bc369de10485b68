import { asFraction } from "../../../src/core/check/as-fraction";
import { agreesAtPrecision } from "../../../src/core/check/agrees-at-precision";
import { parsePrintedNumber } from "../../../src/core/check/parse-printed-number";

describe("asFraction", () => {
  it("checks a fraction shown as a percentage to one decimal of the percentage: 0.2 is 20.0%, not 25%", () => {
    const stored = parsePrintedNumber(0.2);
    expect(asFraction(stored).decimals).toBe(3);
    expect(agreesAtPrecision(asFraction(stored), 0.25)).toBe(false);
    expect(agreesAtPrecision(asFraction(stored), 0.2004)).toBe(true);
  });

  it("keeps a finer precision the cell already has", () => {
    expect(asFraction(parsePrintedNumber(0.28571)).decimals).toBe(5);
  });
});
