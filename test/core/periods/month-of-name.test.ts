import { monthOfName } from "../../../src/core/periods/month-of-name";

describe("monthOfName", () => {
  it("reads whole names and their abbreviations in any case, with a full stop", () => {
    expect(["January", "feb", "MAR", "Sept", "Sep.", "december"].map(monthOfName)).toEqual([1, 2, 3, 9, 9, 12]);
  });

  it("does not take a word that only starts like a month for one", () => {
    expect(monthOfName("Marmalade")).toBeUndefined();
    expect(monthOfName("Decimal")).toBeUndefined();
    expect(monthOfName("")).toBeUndefined();
  });
});
