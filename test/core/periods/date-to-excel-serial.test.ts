import fc from "fast-check";
import { dateToExcelSerial } from "../../../src/core/periods/date-to-excel-serial";
import { excelSerialToDate } from "../../../src/core/periods/excel-serial-to-date";
import { InputError } from "../../../src/core/errors";

describe("dateToExcelSerial", () => {
  it("gives Excel's anchors: 1900-01-01 = 1, 1970-01-01 = 25569, 2017-10-01 = 43009", () => {
    expect(dateToExcelSerial(1900, 1, 1)).toBe(1);
    expect(dateToExcelSerial(1970, 1, 1)).toBe(25569);
    expect(dateToExcelSerial(2017, 10, 1)).toBe(43009);
  });

  it("counts Excel's fictitious 29 February 1900 as serial 60, so 1 March 1900 is 61", () => {
    expect(dateToExcelSerial(1900, 2, 28)).toBe(59);
    expect(dateToExcelSerial(1900, 2, 29)).toBe(60);
    expect(dateToExcelSerial(1900, 3, 1)).toBe(61);
  });

  it("refuses dates that do not exist or lie outside Excel's range", () => {
    for (const [y, m, d] of [
      [2017, 2, 29],
      [2017, 13, 1],
      [1899, 12, 31],
      [10000, 1, 1],
      [2017, 4, 31],
    ]) {
      expect(() => dateToExcelSerial(y, m, d)).toThrow(InputError);
    }
  });

  it("is the inverse of excelSerialToDate for every serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        const { year, month, day } = excelSerialToDate(serial);
        return dateToExcelSerial(year, month, day) === serial;
      }),
    );
  });
});
