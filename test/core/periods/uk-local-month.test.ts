import { ukLocalMonth } from "../../../src/core/periods/uk-local-month";
import { monthIndex } from "../../../src/core/periods/month-index";
import fc from "fast-check";

describe("ukLocalMonth", () => {
  it("puts 23:00 UTC on 31 March 2019 in April, because BST began at 01:00 UTC that day (the last Sunday of March)", () => {
    expect(ukLocalMonth(Date.UTC(2019, 2, 31, 23, 0))).toBe(monthIndex(2019, 4));
  });

  it("keeps 00:30 UTC on 31 March 2019 in March: BST had not yet begun", () => {
    expect(ukLocalMonth(Date.UTC(2019, 2, 31, 0, 30))).toBe(monthIndex(2019, 3));
  });

  it("puts 23:30 UTC on 30 April 2019 in May (BST)", () => {
    expect(ukLocalMonth(Date.UTC(2019, 3, 30, 23, 30))).toBe(monthIndex(2019, 5));
  });

  it("keeps 23:30 UTC on 31 December in December: GMT is UTC in winter", () => {
    expect(ukLocalMonth(Date.UTC(2020, 11, 31, 23, 30))).toBe(monthIndex(2020, 12));
  });

  it("puts 23:30 UTC on 30 September in October (BST), and 23:30 UTC on 31 October in October (BST has ended)", () => {
    expect(ukLocalMonth(Date.UTC(2021, 8, 30, 23, 30))).toBe(monthIndex(2021, 10));
    expect(ukLocalMonth(Date.UTC(2021, 9, 31, 23, 30))).toBe(monthIndex(2021, 10));
  });

  it("ends BST at 01:00 UTC on the last Sunday of October (31 October 2021)", () => {
    // 00:59 UTC is 01:59 BST; 01:00 UTC is 01:00 GMT: both 31 October, the hour is what changes.
    expect(ukLocalMonth(Date.UTC(2021, 9, 31, 0, 59))).toBe(monthIndex(2021, 10));
    expect(ukLocalMonth(Date.UTC(2021, 9, 31, 1, 0))).toBe(monthIndex(2021, 10));
  });

  it("never moves an instant more than an hour: the UK month is the UTC month, or that of one hour later", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1997, 0, 1), max: Date.UTC(2040, 0, 1) }), (ms) => {
        const at = (t: number) => monthIndex(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 1);
        expect([at(ms), at(ms + 3600000)]).toContain(ukLocalMonth(ms));
      }),
    );
  });
});
