import { parsePrintedNumber } from "../../../src/core/check/parse-printed-number";
import { printedLike } from "../../../src/core/check/printed-like";

describe("writing a right value as the printed cell is written", () => {
  it("keeps the printed decimals, signs a change and adds % to a percentage", () => {
    expect(printedLike(1443, parsePrintedNumber("+ 725"), { signed: true })).toBe("+1443");
    expect(printedLike(42.566, parsePrintedNumber("+21.4%"), { signed: true, percent: true })).toBe("+42.6%");
    expect(printedLike(-15.954, parsePrintedNumber("-15.9%"), { signed: true })).toBe("-16.0%");
    expect(printedLike(66.31, parsePrintedNumber("67"))).toBe("66");
  });

  it("writes zero without a sign, a value against N/A with the column's usual decimals, and N/A for no value", () => {
    expect(printedLike(-0.01, parsePrintedNumber("1.0%"), { signed: true, percent: true })).toBe("0.0%");
    expect(printedLike(69, parsePrintedNumber("N/A"), { signed: true })).toBe("+69");
    expect(printedLike(NaN, parsePrintedNumber("5"))).toBe("N/A");
  });
});
