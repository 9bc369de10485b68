import { policeMonth } from "../../../src/core/periods/police-month";
import { monthIndex } from "../../../src/core/periods/month-index";

describe("policeMonth", () => {
  it("reads police.uk's YYYY-MM as the month index", () => {
    expect(policeMonth("2017-10")).toBe(monthIndex(2017, 10));
    expect(policeMonth("1900-01")).toBe(monthIndex(1900, 1));
    expect(policeMonth("2024-12")).toBe(2024 * 12 + 11);
  });

  it("leaves every other spelling to the full reader", () => {
    for (const text of [
      "Oct-17",
      "2017-13",
      "2017-00",
      "2017-1",
      "17-10-01",
      "1899-12",
      "20x7-10",
      "2017/10",
      "",
      "2017-10 ",
    ]) {
      expect(policeMonth(text)).toBe(-1);
    }
  });
});
