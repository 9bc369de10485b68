import fc from "fast-check";
import { excelSerialToDate } from "../../../src/core/periods/excel-serial-to-date";
import { InputError } from "../../../src/core/errors";

/** An independent path for serials from 61 on: JavaScript's UTC calendar, 25569 = 1970-01-01. */
function viaDate(serial: number): { year: number; month: number; day: number } {
  const date = new Date((serial - 25569) * 86400000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

describe("excelSerialToDate", () => {
  it("reads Excel's anchors: 1 = 1900-01-01, 25569 = 1970-01-01, 43009 = 2017-10-01", () => {
    expect(excelSerialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(excelSerialToDate(25569)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(excelSerialToDate(43009)).toEqual({ year: 2017, month: 10, day: 1 });
  });

  it("keeps Excel's fictitious 29 February 1900 at serial 60, with 59 and 61 either side", () => {
    expect(excelSerialToDate(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(excelSerialToDate(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(excelSerialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });

  it("ignores the time of day in a serial's fraction", () => {
    expect(excelSerialToDate(43009.99)).toEqual({ year: 2017, month: 10, day: 1 });
  });

  it("reads the last date Excel holds, 2958465 = 9999-12-31", () => {
    expect(excelSerialToDate(2958465)).toEqual({ year: 9999, month: 12, day: 31 });
  });

  it("refuses 0, negatives, NaN and serials past 9999 with an InputError", () => {
    for (const bad of [0, -1, NaN, Infinity, 2958466]) expect(() => excelSerialToDate(bad)).toThrow(InputError);
  });

  it("agrees with JavaScript's calendar for every serial from 61 on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        expect(excelSerialToDate(serial)).toEqual(viaDate(serial));
      }),
    );
  });
});
