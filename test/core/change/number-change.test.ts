import { numberChange } from "../../../src/core/change/number-change";
import { InputError } from "../../../src/core/errors";

describe("numberChange", () => {
  it("gives the seed's 2.6 changes: 11890 - 9245 = 2645, 13594 - 10271 = 3323, 501 - 504 = -3", () => {
    expect(numberChange(11890, 9245)).toBe(2645);
    expect(numberChange(13594, 10271)).toBe(3323);
    expect(numberChange(501, 504)).toBe(-3);
  });

  it("gives null when a count is missing, as for burglary after the 2017 category change", () => {
    expect(numberChange(null, 286)).toBeNull();
    expect(numberChange(77, null)).toBeNull();
  });

  it("refuses NaN and infinity", () => {
    expect(() => numberChange(NaN, 1)).toThrow(InputError);
    expect(() => numberChange(1, Infinity)).toThrow(InputError);
  });
});
