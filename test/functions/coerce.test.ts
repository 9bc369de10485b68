import { asRange, notANumber, reportedLength } from "../../src/functions/coerce";

describe("asRange", () => {
  it("passes a range through as it is", () => {
    const range = [
      [1, 2],
      [3, 4],
    ];
    expect(asRange(range)).toBe(range);
  });

  it("makes a single value, or an omitted argument, a range of one cell", () => {
    expect(asRange(16)).toEqual([[16]]);
    expect(asRange("June")).toEqual([["June"]]);
    expect(asRange(null)).toEqual([[null]]);
  });
});

import { describeValue, optionalWhole, requireNumber } from "../../src/functions/coerce";
import { ExcelError } from "../../src/functions/excel-error";

describe("describeValue", () => {
  it("names a value as the analyst typed it, never {} or null", () => {
    expect(describeValue(NaN)).toBe("NaN");
    expect(describeValue(Infinity)).toBe("Infinity");
    expect(describeValue("N/A")).toBe('"N/A"');
    expect(describeValue(true)).toBe("TRUE");
    expect(describeValue(null)).toBe("blank");
    expect(describeValue(new ExcelError("#N/A"))).toBe("#N/A");
    expect(
      describeValue([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toBe("a range of 3 rows by 2 columns");
  });
});

describe("requireNumber and optionalWhole", () => {
  it("name the argument and the value: NaN and Infinity are not 'null'", () => {
    expect(() => requireNumber(NaN, "count")).toThrow("count must be a finite number, not NaN.");
    expect(() => requireNumber(Infinity, "count")).toThrow("count must be a finite number, not Infinity.");
    expect(() => requireNumber(new ExcelError("#N/A"), "count")).toThrow("count is #N/A: it must be a number.");
  });

  it("range-check a count before any loop uses it", () => {
    expect(optionalWhole(null, "years_back", 0, 100, 0)).toBe(0);
    expect(optionalWhole("2", "years_back", 0, 100, 0)).toBe(2);
    expect(() => optionalWhole(1e15, "years_back", 0, 100, 0)).toThrow(
      "years_back must be a whole number from 0 to 100, not 1000000000000000.",
    );
    expect(() => optionalWhole(1.5, "run_length", 2, 1000, 5)).toThrow(
      "run_length must be a whole number from 2 to 1000, not 1.5.",
    );
  });
});

describe("reportedLength", () => {
  it("counts the cells up to the last one that is not blank", () => {
    expect(reportedLength([3, 4, null, "", undefined])).toBe(2);
    expect(reportedLength([3, null, 5])).toBe(3);
    expect(reportedLength([0, 0])).toBe(2);
    expect(reportedLength([null, ""])).toBe(0);
  });
});

describe("notANumber", () => {
  it("names the subject and the value as typed, asking for a finite number when it was NaN or Infinity", () => {
    expect(notANumber("values: row 3", "N/A")).toBe('values: row 3 is "N/A", not a number.');
    expect(notANumber("count", Infinity)).toBe("count is Infinity, not a finite number.");
  });
});
