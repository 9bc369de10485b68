import { ordinal } from "../../../src/core/findings/ordinal";

describe("ordinal", () => {
  it("writes 1st, 2nd, 3rd, 4th, 6th (seed 2.1: ranked 6th)", () => {
    expect([1, 2, 3, 4, 6].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "6th"]);
  });

  it("writes 11th, 12th, 13th, 21st, 22nd, 101st, 111th", () => {
    expect([11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "101st",
      "111th",
    ]);
  });
});
