import type { CivilDate } from "./civil-date";
import { InputError } from "..";

/** Serial 25569 is 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** The largest serial Excel shows as a date: 9999-12-31. */
const LAST_SERIAL = 2958465;

/**
 * The calendar date of an Excel serial date number in the 1900 date system (serial 1 = 1900-01-01,
 * 25569 = 1970-01-01). Excel keeps Lotus 1-2-3's fictitious 29 February 1900 as serial 60, so serials
 * below 60 are one day off the plain count; this reproduces Excel exactly, including the date it shows
 * for serial 60. The fraction of a serial is the time of day and is ignored.
 *
 * The conversion is Howard Hinnant's `civil_from_days` algorithm on whole days since 1970-01-01, so it
 * never goes through a `Date` and cannot be moved by the machine's time zone.
 *
 * Missing values: a blank, NaN or non-number is not a date and throws.
 *
 * @param serial the Excel serial date, 1 to 2958465 (9999-12-31), fraction allowed
 * @returns the calendar date
 * @throws {InputError} when `serial` is not a number from 1 to 2958465
 * @example
 * excelSerialToDate(43009); // => { year: 2017, month: 10, day: 1 }
 * excelSerialToDate(60);    // => { year: 1900, month: 2, day: 29 }  (Excel's leap-year bug)
 */
export function excelSerialToDate(serial: number): CivilDate {
  if (typeof serial !== "number" || !(serial >= 1 && serial < LAST_SERIAL + 1)) {
    throw new InputError(
      `${String(serial)} is not an Excel date: expected a serial number from 1 (1900-01-01) to ${LAST_SERIAL} (9999-12-31).`,
    );
  }
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const days = whole - (whole < 60 ? UNIX_EPOCH_SERIAL - 1 : UNIX_EPOCH_SERIAL);
  return civilFromDays(days);
}

/** Hinnant's civil_from_days: days since 1970-01-01 to a proleptic Gregorian date. */
function civilFromDays(daysSince1970: number): CivilDate {
  const z = daysSince1970 + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
