import { InputError, NotAvailableError } from "../../../src/core/errors";
import { checkValues } from "../../../src/core/spc/check-values";

describe("checkValues", () => {
  it("accepts two or more finite numbers", () => {
    expect(() => checkValues([1, 2], "XMR")).not.toThrow();
    expect(() => checkValues([-3, 2.5, 0], "XMR")).not.toThrow();
  });

  it("says a chart needs at least 2 points", () => {
    expect(() => checkValues([5], "XMR")).toThrow(NotAvailableError);
    expect(() => checkValues([], "C")).toThrow(/at least 2 points; 0 given/);
  });

  it("names the point that is not a number", () => {
    expect(() => checkValues([1, NaN, 3], "XMR")).toThrow(/Point 2 is NaN/);
    expect(() => checkValues([1, 2, "N/A"], "XMR")).toThrow(/Point 3 is "N\/A", not a number/);
    expect(() => checkValues([1, Infinity], "XMR")).toThrow(InputError);
  });

  it("refuses a negative count on a c chart but not on an XmR chart", () => {
    expect(() => checkValues([3, -1], "C")).toThrow(/Point 2 is -1: a c chart needs counts of 0 or more/);
    expect(() => checkValues([3, -1], "XMR")).not.toThrow();
  });
});
