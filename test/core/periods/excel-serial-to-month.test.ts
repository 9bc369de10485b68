import { excelSerialToMonth } from "../../../src/core/periods/excel-serial-to-month";
import { monthIndex } from "../../../src/core/periods/month-index";
import { InputError } from "../../../src/core/errors";

describe("excelSerialToMonth", () => {
  it("gives October 2017 for its first day (43009), its last day at noon (43039.5)", () => {
    expect(excelSerialToMonth(43009)).toBe(monthIndex(2017, 10));
    expect(excelSerialToMonth(43039.5)).toBe(monthIndex(2017, 10));
  });

  it("gives November 2017 for the next day, 43040", () => {
    expect(excelSerialToMonth(43040)).toBe(monthIndex(2017, 11));
  });

  it("refuses a serial that is not a date", () => {
    expect(() => excelSerialToMonth(0)).toThrow(InputError);
  });
});
