import { monthOfYearAndMonth } from "../../../src/core/periods/year-and-month";
import { monthIndex } from "../../../src/core/periods/month-index";

describe("monthOfYearAndMonth", () => {
  it.each([
    [2001, "Apr", monthIndex(2001, 4)],
    ["2001", "April", monthIndex(2001, 4)],
    [2001, 4, monthIndex(2001, 4)],
    ["2022", "Sept", monthIndex(2022, 9)],
    ["2022", "09", monthIndex(2022, 9)],
  ])("reads year %j and month %j", (year, month, expected) => {
    expect(monthOfYearAndMonth(year, month)).toBe(expected);
  });

  it.each([
    [2001, 13],
    ["01", "Apr"],
    [2001, "Foo"],
    ["", "Apr"],
  ])("refuses year %j and month %j, naming them", (year, month) => {
    expect(() => monthOfYearAndMonth(year, month)).toThrow(
      /cannot be read: expected a year such as 2001 and a month such as Apr, April or 4/,
    );
  });
});
