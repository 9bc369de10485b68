import { ratePer } from "../../../src/core/change/rate-per";
import { InputError } from "../../../src/core/errors";

describe("ratePer", () => {
  it("gives a rate per 1,000 by default: 9332 offences in 137,000 people is 68.12 (9332 / 137)", () => {
    expect(ratePer(9332, 137000)).toBeCloseTo(9332 / 137, 10);
  });

  it("gives a rate on any base: 5 in 20,000 is 25 per 100,000", () => {
    expect(ratePer(5, 20000, 100000)).toBeCloseTo(25, 12);
  });

  it("gives null for a population of 0 and 0 for a count of 0", () => {
    expect(ratePer(5, 0)).toBeNull();
    expect(ratePer(0, 1000)).toBe(0);
  });

  it("refuses negative, NaN and infinite values and a base of 0, naming the argument", () => {
    expect(() => ratePer(-1, 10)).toThrow(/count/);
    expect(() => ratePer(1, NaN)).toThrow(/population/);
    expect(() => ratePer(1, 10, Infinity)).toThrow(/per/);
    expect(() => ratePer(1, 10, 0)).toThrow(InputError);
  });
});
