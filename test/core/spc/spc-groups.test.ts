import { InputError } from "../../../src/core/errors";
import { spcGroups } from "../../../src/core/spc/spc-groups";

describe("spcGroups", () => {
  it("makes one group of the whole series without rebase points", () => {
    expect(spcGroups(5)).toEqual([{ start: 0, end: 5 }]);
  });

  it("starts each new group at its rebase point", () => {
    // points 1-3, 4-7, 8-10
    expect(spcGroups(10, [4, 8])).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 7 },
      { start: 7, end: 10 },
    ]);
  });

  it("ignores order, repeats and a rebase at point 1", () => {
    expect(spcGroups(10, [8, 1, 4, 8])).toEqual(spcGroups(10, [4, 8]));
  });

  it("refuses a rebase point outside the series or not a whole number, naming it", () => {
    expect(() => spcGroups(10, [11])).toThrow(/Rebase point 11 .*1 to 10/);
    expect(() => spcGroups(10, [0])).toThrow(InputError);
    expect(() => spcGroups(10, [2.5])).toThrow(/2\.5/);
    expect(() => spcGroups(10, [NaN])).toThrow(InputError);
  });

  it("refuses a group of a single point", () => {
    expect(() => spcGroups(10, [10])).toThrow(/point 10 has only 1 point/);
    expect(() => spcGroups(10, [4, 5])).toThrow(/point 4 has only 1 point/);
  });
});
