import fc from "fast-check";
import { parseMonth } from "../../../src/core/periods/parse-month";
import { monthKey } from "../../../src/core/periods/month-key";
import { monthLabel } from "../../../src/core/periods/month-label";
import { monthName } from "../../../src/core/periods/month-name";
import { InputError } from "../../../src/core/errors";

// October 2017 by hand: 2017 * 12 + (10 - 1) = 24204 + 9 = 24213.
const OCT_2017 = 24213;

function messageOf(value: unknown): string {
  try {
    parseMonth(value);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`expected ${String(value)} to be refused`);
}

describe("parseMonth", () => {
  it.each([
    ["police.uk's 2017-10", "2017-10"],
    ["Oct-17", "Oct-17"],
    ["Oct 2017", "Oct 2017"],
    ["October 2017", "October 2017"],
    ["lower-case october 2017", "october 2017"],
    ["a day and month name, 1 Oct 2017", "1 Oct 2017"],
    ["a day and month name with dashes, 01-Oct-17", "01-Oct-17"],
    ["UK day-first 01/10/2017", "01/10/2017"],
    ["UK day-first short 1/10/17", "1/10/17"],
    ["the last day, 31/10/2017", "31/10/2017"],
    ["day-first with dashes 01-10-2017", "01-10-2017"],
    ["day-first with dots 01.10.2017", "01.10.2017"],
    ["a day-first date-time 31/10/2017 23:59", "31/10/2017 23:59"],
    ["an ISO date 2017-10-01", "2017-10-01"],
    ["an ISO date-time 2017-10-01T13:45:00", "2017-10-01T13:45:00"],
    ["an ISO date-time with a space, 2017-10-01 13:45", "2017-10-01 13:45"],
    ["an ISO date-time with milliseconds and Z", "2017-10-31T23:59:59.999Z"],
    ["text with spaces around it", "  2017-10  "],
  ])("reads %s as October 2017", (_name, text) => {
    expect(parseMonth(text)).toBe(OCT_2017);
  });

  it.each([
    ["2019-03-31T23:00:00+00:00", 2019, 4],
    ["2019-03-31T23:00:00Z", 2019, 4],
    ["2019-04-30T23:30:00+00:00", 2019, 5],
    ["2019-05-01T00:30:00+01:00", 2019, 5],
    ["2019-04-30T23:30:00+01:00", 2019, 4],
    ["2018-12-31T23:30:00+00:00", 2018, 12],
    ["31/03/2019 23:00Z", 2019, 4],
  ])("reads the timestamp %s in UK local time (police.uk stop-and-search times are UTC)", (text, year, month) => {
    expect(parseMonth(text)).toBe(year * 12 + month - 1);
  });

  it("reads a date-time without a zone as written", () => {
    expect(parseMonth("2019-03-31T23:00:00")).toBe(2019 * 12 + 2);
  });

  it("reads the Excel serial 43009 (=DATE(2017,10,1)) and 43039.5 (31 Oct 2017 noon) as October 2017", () => {
    expect(parseMonth(43009)).toBe(OCT_2017);
    expect(parseMonth(43039.5)).toBe(OCT_2017);
    // 43040 is the day after 31 October 2017.
    expect(parseMonth(43040)).toBe(OCT_2017 + 1);
  });

  it("reads a Date by its UTC calendar date, as ExcelJS returns date cells", () => {
    expect(parseMonth(new Date(Date.UTC(2017, 9, 31, 23, 30)))).toBe(OCT_2017);
  });

  it("reads Sept 2017 as September and a one-digit month 2017-9 as September", () => {
    expect(monthKey(parseMonth("Sept 2017"))).toBe("2017-09");
    expect(monthKey(parseMonth("2017-9"))).toBe("2017-09");
  });

  it("reads two-digit years by Excel's rule: 00-29 are 2000s, 30-99 are 1900s", () => {
    expect(monthKey(parseMonth("Jan-29"))).toBe("2029-01");
    expect(monthKey(parseMonth("Jan-30"))).toBe("1930-01");
    expect(monthKey(parseMonth("1/1/99"))).toBe("1999-01");
  });

  it("reads a leap day only in a leap year", () => {
    expect(monthKey(parseMonth("29/02/2016"))).toBe("2016-02");
    expect(messageOf("29/02/2017")).toMatch(/February 2017 has no day 29/);
  });

  it("never reads US month-first dates: 10/13/2017 is an error naming month 13", () => {
    const message = messageOf("10/13/2017");
    expect(message).toContain('"10/13/2017"');
    expect(message).toMatch(/no month 13/);
  });

  it("reads 02/10/2017 as 2 October, not 10 February", () => {
    expect(monthKey(parseMonth("02/10/2017"))).toBe("2017-10");
  });

  it("refuses a two-digit year with dashes as ambiguous, naming the value", () => {
    expect(messageOf("17-10-01")).toMatch(/"17-10-01" is ambiguous/);
  });

  it.each([
    ["a month 13", "2017-13", /no month 13/],
    ["month 00", "2017-00", /no month 0/],
    ["a day that does not exist", "31/09/2017", /September 2017 has no day 31/],
    ["an impossible time", "2017-10-01T25:00", /time of day/],
    ["a misspelt month", "Octo 2017", /"Octo 2017" cannot be read/],
    ["free text", "last October", /"last October" cannot be read/],
    ["a financial-year label", "2017/18", /"2017\/18" cannot be read/],
    ["a year before 1900", "1899-12", /1899/],
  ])("refuses %s, naming the value", (_name, text, pattern) => {
    expect(messageOf(text)).toMatch(pattern);
  });

  it("refuses blanks, null, undefined, NaN and booleans", () => {
    expect(messageOf("")).toMatch(/blank/);
    expect(messageOf("   ")).toMatch(/blank/);
    expect(messageOf(null)).toMatch(/blank/);
    expect(messageOf(undefined)).toMatch(/blank/);
    expect(messageOf(NaN)).toMatch(/NaN/);
    expect(messageOf(true)).toMatch(/true/);
  });

  it("refuses serials outside Excel's date range, naming them", () => {
    expect(messageOf(0)).toMatch(/^0 is not an Excel date/);
    expect(messageOf(-5)).toMatch(/^-5 /);
    expect(messageOf(2958466)).toMatch(/2958466/);
  });

  it("reads back every police.uk key it writes: parseMonth(monthKey(i)) === i", () => {
    fc.assert(fc.property(fc.integer({ min: 1900 * 12, max: 9999 * 12 + 11 }), (i) => parseMonth(monthKey(i)) === i));
  });

  it("reads back every month label and month name: Oct 2017 and October 2017 forms", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900 * 12, max: 9999 * 12 + 11 }),
        (i) => parseMonth(monthLabel(i)) === i && parseMonth(monthName(i)) === i,
      ),
    );
  });

  it("agrees with JavaScript's own calendar for every day-first date it reads", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
        (date) => {
          const text = `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
          return parseMonth(text) === date.getUTCFullYear() * 12 + date.getUTCMonth();
        },
      ),
    );
  });
});
