import { readSeries } from "../../src/functions/read-series";
import { ExcelError } from "../../src/functions/excel-error";

const column = (values: unknown[]): unknown[][] => values.map((value) => [value]);
const messageOf = (call: () => unknown): string => {
  try {
    call();
  } catch (error) {
    return (error as Error).message;
  }
  return "(no error)";
};

describe("readSeries", () => {
  it("copies a column or a row into a typed array and counts the cells", () => {
    const series = readSeries(column([3, 4, 5]), "values", 2);
    expect(Array.from(series.values)).toEqual([3, 4, 5]);
    expect(series.cells).toBe(3);
    expect(Array.from(readSeries([[3, 4, 5]], "values", 2).values)).toEqual([3, 4, 5]);
  });

  it('leaves out blank cells at the end (null or "") but keeps them in the cell count', () => {
    const series = readSeries(column([3, 4, null, "", undefined]), "values", 2);
    expect(Array.from(series.values)).toEqual([3, 4]);
    expect(series.cells).toBe(5);
  });

  it("keeps zeros at the end: a 0 is a count", () => {
    expect(Array.from(readSeries(column([3, 4, 0, 0]), "values", 2).values)).toEqual([3, 4, 0, 0]);
  });

  it("names the point and the value as typed: an error cell, NaN, Infinity, text, a blank inside", () => {
    expect(messageOf(() => readSeries(column([1, 2, 3, new ExcelError("#N/A")]), "values", 2))).toBe(
      "values: point 4 is #N/A: fix that cell first.",
    );
    expect(messageOf(() => readSeries(column([1, NaN]), "values", 2))).toBe(
      "values: point 2 is NaN, not a finite number.",
    );
    expect(messageOf(() => readSeries(column([1, -Infinity]), "values", 2))).toBe(
      "values: point 2 is -Infinity, not a finite number.",
    );
    expect(messageOf(() => readSeries(column([1, "N/A"]), "values", 2))).toBe(
      'values: point 2 is "N/A", not a number.',
    );
    expect(messageOf(() => readSeries(column([1, null, 3]), "values", 2))).toMatch(
      /^values: point 2 is blank, inside the series/,
    );
    expect(messageOf(() => readSeries(column([1, { code: "#DIV/0!" }]), "values", 2))).toBe(
      "values: point 2 is #DIV/0!: fix that cell first.",
    );
  });

  it("refuses a ragged range by its first odd row, and a block by its size", () => {
    expect(messageOf(() => readSeries([[1], [2, 3], [4]], "values", 2))).toBe(
      "values is not a rectangle: row 2 has 2 cells where row 1 has 1.",
    );
    expect(messageOf(() => readSeries([[1], [], [4]], "values", 2))).toBe(
      "values is not a rectangle: row 2 has 0 cells where row 1 has 1.",
    );
    expect(
      messageOf(() =>
        readSeries(
          [
            [1, 2],
            [3, 4],
          ],
          "values",
          2,
        ),
      ),
    ).toBe("values must be one row or one column, not 2 rows by 2 columns.");
  });

  it("refuses a negative count when asked, naming the point", () => {
    expect(messageOf(() => readSeries(column([3, -1]), "values", 2, "C"))).toBe(
      "values: point 2 is -1: a c chart needs counts of 0 or more.",
    );
  });

  it("names the first bad point when a bad number comes before a cell with no number", () => {
    expect(messageOf(() => readSeries(column([3, -1, "N/A"]), "values", 2, "C"))).toBe(
      "values: point 2 is -1: a c chart needs counts of 0 or more.",
    );
    expect(messageOf(() => readSeries(column([NaN, 4, null, 5]), "values", 2))).toBe(
      "values: point 1 is NaN, not a finite number.",
    );
  });

  it("gives NotAvailable with fewer reported points than asked", () => {
    expect(messageOf(() => readSeries(column([3, null]), "values", 2))).toBe(
      "An SPC chart needs at least 2 points; values has 1.",
    );
  });
});
