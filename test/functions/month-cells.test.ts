import { parseMonth } from "../../src/core/periods/parse-month";
import { monthIndex } from "../../src/core/periods/month-index";
import { monthToExcelSerial } from "../../src/core/periods/month-to-excel-serial";
import { countWindowRows, lineOf, monthArgument, monthReader, monthsOfCells } from "../../src/functions/month-cells";

const slow = (value: unknown) => parseMonth(value);

describe("monthReader", () => {
  it("reads YYYY-MM text, serial numbers and other forms to the month parseMonth gives, blanks as NaN", () => {
    const read = monthReader(slow);
    const cells: unknown[] = [
      "2017-10",
      "2017-10",
      "Oct-17",
      43009,
      43039.75,
      monthToExcelSerial(monthIndex(2017, 11)),
      0,
      null,
      undefined,
      "",
      "1900-01",
      61,
      60,
    ];
    const expected = [
      monthIndex(2017, 10),
      monthIndex(2017, 10),
      monthIndex(2017, 10),
      monthIndex(2017, 10),
      monthIndex(2017, 10),
      monthIndex(2017, 11),
      NaN,
      NaN,
      NaN,
      NaN,
      monthIndex(1900, 1),
      monthIndex(1900, 3),
      monthIndex(1900, 2),
    ];
    expect(cells.map((c, i) => read(c, i))).toEqual(expected);
  });

  it("gives every serial from 1900 to 2100 the month parseMonth gives, read in order and at random", () => {
    const read = monthReader(slow);
    for (let serial = 1; serial < 73051; serial += 1) expect(read(serial, 0)).toBe(parseMonth(serial));
    for (let k = 0; k < 2000; k++) {
      const serial = 1 + ((k * 7919) % 73050) + 0.5;
      expect(read(serial, 0)).toBe(parseMonth(serial));
    }
  });

  it("hands a cell off the fast path to the full reader, which names the row", () => {
    const read = monthReader((value, row) => {
      throw new Error(`row ${row + 1}: ${String(value)}`);
    });
    expect(() => read("2017-13", 4)).toThrow("row 5: 2017-13");
    expect(() => read(true, 0)).toThrow("row 1: true");
    expect(() => read(-1, 1)).toThrow("row 2: -1");
  });
});

describe("lines of cells", () => {
  it("reads a column or a row in place, and refuses a block as oneLine does", () => {
    expect(lineOf([["a"], ["b"]], "months").at(1)).toBe("b");
    expect(lineOf([["a", "b", "c"]], "months").length).toBe(3);
    expect(lineOf("2017-10", "months").at(0)).toBe("2017-10");
    expect(() =>
      lineOf(
        [
          ["a", "b"],
          ["c", "d"],
        ],
        "months",
      ),
    ).toThrow("months must be one row or one column, not 2 rows by 2 columns.");
    expect(monthsOfCells(["2017-10", ""], slow)).toEqual(new Float64Array([monthIndex(2017, 10), NaN]));
  });

  it("counts the rows of a window that match, and the span of the months read, in one pass", () => {
    const months = [["2017-09"], ["2017-10"], [0], ["2017-10"], ["2017-12"]];
    const types = [["Burglary"], ["burglary "], ["Burglary"], ["Robbery"], ["Burglary"]];
    const match = {
      line: lineOf(types, "match_range"),
      matches: (cell: unknown) => String(cell).trim().toLowerCase() === "burglary",
    };
    expect(countWindowRows(months, monthIndex(2017, 10), monthIndex(2017, 11), slow, match)).toEqual({
      count: 1,
      earliest: monthIndex(2017, 9),
      latest: monthIndex(2017, 12),
    });
    expect(countWindowRows(months, monthIndex(2017, 9), monthIndex(2017, 12), slow).count).toBe(4);
    expect(() => countWindowRows(months.slice(1), 0, 1, slow, match)).toThrow(
      "match_range and months must be the same size: match_range has 5 cells but months has 4.",
    );
  });

  it("reads a single month argument, refusing a blank", () => {
    expect(monthArgument("2017-10", "end_month")).toBe(monthIndex(2017, 10));
    expect(() => monthArgument(0, "end_month")).toThrow(
      "end_month is blank: expected a date or a month such as 2017-10.",
    );
    expect(() => monthArgument("x", "end_month")).toThrow(/^end_month: The month "x" cannot be read/);
  });
});
