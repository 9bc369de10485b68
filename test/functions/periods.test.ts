import { POLICE_UK_DATA } from "../shared-data";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { rollingYear, ryCount, ryChange, changeText, finYear, monthKey, rate } from "../../src/functions/functions";
import { ExcelError } from "../../src/functions/excel-error";
import { errorOf } from "./error-of";

const column = (values: unknown[]): unknown[][] => values.map((value) => [value]);

/**
 * Victim based crime (seed 2.6) spread over 24 months, Nov 2015 - Oct 2017, so that the rolling years
 * add up to the seed's totals: RY ending Oct 2016 = 10 x 770 + 775 + 770 = 9245;
 * RY ending Oct 2017 = 10 x 970 + 976 + 1214 (October 2017, as the seed's month column) = 11890.
 */
const keys = Array.from({ length: 24 }, (_, i) => {
  const index = 2015 * 12 + 10 + i;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
});
const counts = [...Array(10).fill(770), 775, 770, ...Array(10).fill(970), 976, 1214];

describe("CSP.ROLLINGYEAR", () => {
  it("sums the seed's victim based crime: 11890 for RY ending Oct 2017, 9245 a year back", () => {
    expect(rollingYear(column(counts), column(keys), "2017-10")).toBe(11890);
    expect(rollingYear(column(counts), column(keys), "Oct-17", 1)).toBe(9245);
  });

  it("reads months and end month in any form: Excel serials, names, day-first dates", () => {
    const mixed = keys.map((key, i) =>
      i % 3 === 0 ? `01/${key.slice(5)}/${key.slice(0, 4)}` : i % 3 === 1 ? `${key}-15` : key,
    );
    expect(rollingYear(column(counts), column(mixed), 43039)).toBe(11890); // 43039 = 31 Oct 2017
    expect(rollingYear([counts], [keys], "October 2017")).toBe(11890); // one row works too
  });

  it("skips rows whose month cell is blank (Excel passes it as 0), as below a table", () => {
    expect(rollingYear(column([...counts, 0, 0]), column([...keys, 0, ""]), "2017-10")).toBe(11890);
  });

  it("does not read the months of rows after the last reported value", () => {
    expect(rollingYear(column([...counts, null]), column([...keys, "not a month"]), "2017-10")).toBe(11890);
  });

  it("returns #N/A naming the months outside the data", () => {
    const error = errorOf(() => rollingYear(column(counts), column(keys), "2017-12"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/Nov 2017 - Dec 2017/);
  });

  it("returns #N/A naming a month missing inside the year", () => {
    const error = errorOf(() =>
      rollingYear(column(counts.slice(0, 23)), column(keys.filter((k) => k !== "2017-03")), "2017-10"),
    );
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/Mar 2017/);
  });

  it("returns #VALUE! giving both sizes when values and months differ in size", () => {
    const error = errorOf(() => rollingYear(column(counts.slice(1)), column(keys), "2017-10"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/values has 23 cells but months has 24/);
  });

  it("returns #VALUE! naming the row and value of an unreadable month", () => {
    const bad = keys.slice();
    bad[4] = "10/13/2016";
    const error = errorOf(() => rollingYear(column(counts), column(bad), "2017-10"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/months: row 5: "10\/13\/2016"/);
  });

  it("returns #VALUE! for text among the values and for an unreadable or blank end month", () => {
    const text = counts.slice() as unknown[];
    text[2] = "N/A";
    expect(errorOf(() => rollingYear(column(text) as number[][], column(keys), "2017-10")).message).toMatch(
      /values: row 3 is "N\/A"/,
    );
    expect(errorOf(() => rollingYear(column(counts), column(keys), "Octobre 2017")).message).toMatch(
      /^end_month: .*"Octobre 2017"/,
    );
    expect(errorOf(() => rollingYear(column(counts), column(keys), 0)).message).toMatch(/^end_month is blank/);
  });
});

describe("CSP.RYCHANGE", () => {
  it("spills this year, last year, +2645 and +28.6% for victim based crime (seed 2.6)", () => {
    expect(ryChange(column(counts), column(keys), "2017-10")).toEqual([[11890, 9245, 2645, 28.6]]);
  });

  it("places #N/A, with its reason, in the % cell when last year is 0", () => {
    const zeros = counts.map((count, i) => (i < 12 ? 0 : count));
    const [row] = ryChange(column(zeros), column(keys), "2017-10");
    expect(row.slice(0, 3)).toEqual([11890, 0, 11890]);
    expect((row[3] as ExcelError).code).toBe("#N/A");
    expect((row[3] as ExcelError).message).toMatch(/^Last year is 0/);
  });

  it("returns #N/A when the year before is not in the data", () => {
    expect(errorOf(() => ryChange(column(counts), column(keys), "2017-09")).code).toBe("#N/A");
  });
});

describe("CSP.RYCOUNT", () => {
  const months = column(["2017-01", "2017-01", "2017-03", "2017-12", "2017-12", "2016-12"]);
  const types = column(["Burglary", "Robbery", "burglary ", "Burglary", "Robbery", "Burglary"]);

  it("counts rows in the rolling year, a month with no rows counting zero: 5 in Jan - Dec 2017", () => {
    expect(ryCount(months, "Dec 2017")).toBe(5);
  });

  it("counts only matching rows, ignoring case and spaces as COUNTIFS does: 3 burglaries", () => {
    expect(ryCount(months, "Dec 2017", types, "BURGLARY")).toBe(3);
  });

  it("returns #N/A naming the months a year back that the data does not reach", () => {
    const error = errorOf(() => ryCount(months, "Dec 2017", null as unknown as unknown[][], null, 1));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/Jan 2016 - Nov 2016/);
  });

  it("returns #VALUE! when match_range differs in size or comes without match_value", () => {
    expect(errorOf(() => ryCount(months, "Dec 2017", types.slice(1), "Burglary")).message).toMatch(
      /match_range has 5 cells but months has 6/,
    );
    expect(errorOf(() => ryCount(months, "Dec 2017", types)).message).toMatch(/give both or neither/);
  });

  it("counts Gwent's police.uk rows for RY ending Dec 2023 as the files' own line counts do", () => {
    const folder = path.join(POLICE_UK_DATA, "gwent");
    const files = fs
      .readdirSync(folder)
      .filter((name) => name.endsWith(".csv.gz"))
      .sort();
    const texts = files.map((name) => zlib.gunzipSync(fs.readFileSync(path.join(folder, name))).toString("utf8"));
    // Independent count: each file is one month, named YYYY-MM; its rows are its non-empty lines after the header.
    const expected = files.reduce(
      (sum, name, i) =>
        name.startsWith("2023-") ? sum + texts[i].split("\n").filter((line) => line.trim() !== "").length - 1 : sum,
      0,
    );
    const monthColumn = texts.flatMap((text) =>
      text
        .split("\n")
        .slice(1)
        .filter((line) => line.trim() !== "")
        .map((line) => [line.split(",")[1]]),
    );
    expect(expected).toBeGreaterThan(50000);
    expect(ryCount(monthColumn, "2023-12")).toBe(expected);
    expect(errorOf(() => ryCount(monthColumn, "2023-06", null as unknown as unknown[][], null, 1)).message).toMatch(
      /Jul 2021 - Jun 2022/,
    );
  });
});

describe("CSP.CHANGETEXT", () => {
  it("writes the seed's 2.6 changes: +2645, +28.6%, +3323, +32.4%, -3, -0.6%", () => {
    expect(changeText(11890, 9245)).toBe("+2645");
    expect(changeText(11890, 9245, "PERCENT")).toBe("+28.6%");
    expect(changeText(13594, 10271, "number")).toBe("+3323");
    expect(changeText(13594, 10271, "PERCENT")).toBe("+32.4%");
    expect(changeText(501, 504)).toBe("-3");
    expect(changeText(501, 504, "PERCENT")).toBe("-0.6%");
  });

  it("writes N/A for a % change from 0 and for the text N/A (burglary after the category change)", () => {
    expect(changeText(5, 0, "PERCENT")).toBe("N/A");
    expect(changeText("N/A", 286)).toBe("N/A");
  });

  it("returns #VALUE! for an unknown kind or text that is not a number", () => {
    expect(errorOf(() => changeText(1, 2, "RATIO")).message).toMatch(/kind must be one of NUMBER, PERCENT/);
    expect(errorOf(() => changeText("many", 2)).code).toBe("#VALUE!");
  });
});

describe("CSP.FINYEAR", () => {
  it("gives 2017/18 for any date from April 2017 to March 2018 (seed 5.6)", () => {
    expect(finYear(43009)).toBe("2017/18"); // 1 Oct 2017
    expect(finYear("01/04/2017")).toBe("2017/18");
    expect(finYear("31/03/2018")).toBe("2017/18");
    expect(finYear("2017-03")).toBe("2016/17");
  });

  it("starts the year in another month when asked", () => {
    expect(finYear("Oct-17", 10)).toBe("2017/18");
    expect(finYear("Sep-17", 10)).toBe("2016/17");
    expect(finYear("Mar 2018", 1)).toBe("2018");
  });

  it("returns #VALUE! for a start month of 13 and an unreadable date", () => {
    expect(errorOf(() => finYear("2017-10", 13)).code).toBe("#VALUE!");
    expect(errorOf(() => finYear("13/13/2017")).message).toMatch(/^date: .*no month 13/);
  });
});

describe("CSP.MONTHKEY", () => {
  it.each([
    [43009],
    ["Oct-17"],
    ["Oct 2017"],
    ["October 2017"],
    ["01/10/2017"],
    ["1/10/17"],
    ["2017-10-01T13:45:00"],
    ["2017-10"],
  ])("gives 2017-10 for %p", (value) => {
    expect(monthKey(value)).toBe("2017-10");
  });

  it("returns #VALUE! for a US date and for a blank cell", () => {
    expect(errorOf(() => monthKey("10/13/2017")).code).toBe("#VALUE!");
    expect(errorOf(() => monthKey(0)).message).toMatch(/blank/);
  });
});

describe("CSP.RATEPER", () => {
  it("gives a rate per 1,000 by default and per any base: 5 in 20,000 is 0.25 per 1,000 and 25 per 100,000", () => {
    expect(rate(5, 20000)).toBeCloseTo(0.25, 12);
    expect(rate(5, 20000, 100000)).toBeCloseTo(25, 12);
  });

  it("returns #N/A for a population of 0, #VALUE! for text and for a base of 0 or less", () => {
    expect(errorOf(() => rate(5, 0)).code).toBe("#N/A");
    expect(errorOf(() => rate(5, 0)).message).toBe("population is 0: there is no rate.");
    expect(errorOf(() => rate(5, 100, -5)).message).toBe("per must be more than 0, such as 1000 or 100000, not -5.");
    expect(errorOf(() => rate("x" as unknown as number, 10)).message).toMatch(/count must be a number/);
  });
});

describe("count-like arguments and overflow (issue 15)", () => {
  const year = column(Array.from({ length: 12 }, (_, i) => `2017-${String(i + 1).padStart(2, "0")}`));

  it("RYCOUNT with years_back 1E+15 answers at once with #VALUE!, not a loop that never ends", () => {
    const error = errorOf(() =>
      ryCount(column(["2017-01", "2017-02"]), "2017-10", null as unknown as unknown[][], null, 1e15),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("years_back must be a whole number from 0 to 100, not 1000000000000000.");
  });

  it("ROLLINGYEAR refuses years_back 1E+308 rather than answering 0, and gives #NUM! for a total beyond 1E+308", () => {
    expect(errorOf(() => rollingYear(column(Array(12).fill(1)), year, "2017-12", 1e308)).message).toBe(
      "years_back must be a whole number from 0 to 100, not 1E+308.",
    );
    expect(errorOf(() => rollingYear(column(Array(12).fill(1e308)), year, "2017-12")).code).toBe("#NUM!");
  });

  it("CHANGETEXT and RATEPER give #NUM! where the answer overflows", () => {
    expect(errorOf(() => changeText(1e308, -1e308)).code).toBe("#NUM!");
    expect(errorOf(() => changeText(1e308, 1, "PERCENT")).code).toBe("#NUM!");
    expect(errorOf(() => rate(1e10, 1e-300)).code).toBe("#NUM!");
  });

  it("RYCHANGE gives #NUM! with its reason when a rolling year's sum overflows, and CHANGETEXT never writes Infinity (issue 23.5)", () => {
    const two = column(
      Array.from({ length: 24 }, (_, i) => `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`),
    );
    const error = errorOf(() => ryChange(column(Array(24).fill(1.7e308)), two, "2017-12"));
    expect([error.code, error.message]).toEqual([
      "#NUM!",
      "This rolling year's total is beyond the largest number Excel can hold (about 1E+308): check the counts for values far too large.",
    ]);
    const lastYear = errorOf(() =>
      ryChange(column(Array.from({ length: 24 }, (_, i) => (i < 12 ? 1.7e308 : 1))), two, "2017-12"),
    );
    expect([lastYear.code, lastYear.message]).toEqual([
      "#NUM!",
      "Last rolling year's total is beyond the largest number Excel can hold (about 1E+308): check the counts for values far too large.",
    ]);
    for (const [a, b, kind] of [
      [-1.79e308, 0, "NUMBER"],
      [-1.79e308, 0, "PERCENT"],
      [1.79e308, 1e-300, "PERCENT"],
    ] as const) {
      let text: unknown;
      try {
        text = changeText(a, b, kind);
      } catch (e) {
        text = (e as ExcelError).code;
      }
      expect(String(text)).not.toMatch(/Infinity|NaN/);
    }
  });

  it("names an error cell among the months by its code", () => {
    const months = column([...keys.slice(0, 3), new ExcelError("#N/A"), ...keys.slice(4)]);
    expect(errorOf(() => rollingYear(column(counts), months, "2017-10")).message).toMatch(/^months: row 4 is #N\/A/);
  });
});
