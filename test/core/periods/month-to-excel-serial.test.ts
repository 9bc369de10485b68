import fc from "fast-check";
import { monthToExcelSerial } from "../../../src/core/periods/month-to-excel-serial";
import { excelSerialToMonth } from "../../../src/core/periods/excel-serial-to-month";
import { monthIndex } from "../../../src/core/periods/month-index";

describe("monthToExcelSerial", () => {
  it("gives 43009, Excel's DATE(2017,10,1), for October 2017", () => {
    expect(monthToExcelSerial(monthIndex(2017, 10))).toBe(43009);
  });

  it("gives 1 for January 1900 and 61 for March 1900 (after Excel's 29 Feb 1900)", () => {
    expect(monthToExcelSerial(monthIndex(1900, 1))).toBe(1);
    expect(monthToExcelSerial(monthIndex(1900, 3))).toBe(61);
  });

  it("round-trips through excelSerialToMonth for every month Excel holds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900 * 12, max: 9999 * 12 + 11 }),
        (i) => excelSerialToMonth(monthToExcelSerial(i)) === i,
      ),
    );
  });
});
