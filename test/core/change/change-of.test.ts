import { changeOf } from "../../../src/core/change/change-of";

describe("changeOf", () => {
  it("works victim based crime's change as the seed prints it: 2645 and 28.6% (11890 vs 9245)", () => {
    expect(changeOf(11890, 9245)).toBe(2645);
    expect(changeOf(11890, 9245, "PERCENT")).toBe(28.6);
  });

  it("rounds a percentage half away from zero like Excel: 200.5 vs 200 is 0.25% => 0.3, 199.5 vs 200 => -0.3", () => {
    expect(changeOf(200.5, 200, "PERCENT")).toBe(0.3);
    expect(changeOf(199.5, 200, "PERCENT")).toBe(-0.3);
  });

  it("gives null where the report writes N/A: a percentage from 0, a missing count", () => {
    expect(changeOf(5, 0, "PERCENT")).toBeNull();
    expect(changeOf(5, 0)).toBe(5);
    expect(changeOf(null, 286)).toBeNull();
    expect(changeOf(286, null, "PERCENT")).toBeNull();
  });

  it("leaves a change beyond Excel's range as it is, for the caller to refuse", () => {
    expect(changeOf(1e308, -1e308)).toBe(Infinity);
  });
});
