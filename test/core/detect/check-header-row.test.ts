import { checkHeaderRow } from "../../../src/core/detect/check-header-row";
import { buildDataset } from "../../../src/core/data/build-dataset";

describe("checkHeaderRow", () => {
  it("refuses a table that is only its header row, saying so", () => {
    expect(() => checkHeaderRow([["Month", "Crime type"]], 0, { month: 0, category: 1 }, "x.csv", true)).toThrow(
      "x.csv has a header row but no rows of data under it",
    );
  });

  it("does not judge a sample that is not the whole table", () => {
    expect(() => checkHeaderRow([["Month", "Crime type"]], 0, { month: 0, category: 1 }, "x.csv", false)).not.toThrow();
  });

  it("names both columns of a heading the reading relies on that appears twice, ignoring case and spaces", () => {
    const sample = [
      ["Month", "Crime type", "Area", " crime TYPE"],
      ["2018-01", "Drugs", "Dover", "Theft"],
    ];
    expect(() => checkHeaderRow(sample, 0, { month: 0, category: 1, area: 2 }, "x.csv", true)).toThrow(
      'x.csv has two columns headed "Crime type" (B and D): rename or delete one, so the crime type is read from the column you mean.',
    );
  });

  it("lets a repeated heading pass when no role reads it, and blank headings pass", () => {
    const sample = [
      ["Month", "Crime type", "Note", "Note", "", ""],
      ["2018-01", "Drugs", "a", "b", "", ""],
    ];
    expect(() => checkHeaderRow(sample, 0, { month: 0, category: 1 }, "x.csv", true)).not.toThrow();
  });

  it("names two month columns of a wide table that hold the same month", () => {
    const sample = [
      ["Crime type", "Jan 2018", "2018-01"],
      ["Drugs", 1, 2],
    ];
    const roles = {
      category: 0,
      monthColumns: [
        { column: 1, month: 24216 },
        { column: 2, month: 24216 },
      ],
    };
    expect(() => checkHeaderRow(sample, 0, roles, "w.csv", true)).toThrow(
      'w.csv has two columns for the month of "2018-01" (B and C)',
    );
  });

  it("is what buildDataset runs, except for the roles the caller chose", () => {
    const csv = "Month,Crime type,Month,District\n2018-01,Drugs,2018-02,Dover\n";
    expect(() => buildDataset({ name: "d.csv", csv })).toThrow('d.csv has two columns headed "Month" (A and C)');
    expect(buildDataset({ name: "d.csv", csv }, { roles: { month: 2 } }).month[0]).toBe(2018 * 12 + 1);
    expect(() => buildDataset({ name: "h.csv", csv: "Month,Crime type\r\n" })).toThrow(
      "h.csv has a header row but no rows of data under it",
    );
  });

  it("lets a column chosen by its header (satk's --period-column and the rest) settle a heading that appears twice", () => {
    const csv = "Date,Crime type,Date,District\n2018-01-15,Drugs,2018-02-20,Dover\n";
    expect(() => buildDataset({ name: "d.csv", csv })).toThrow('d.csv has two columns headed "Date" (A and C)');
    // Naming a column picks the first with that heading; the analyst has said which period to read.
    expect(buildDataset({ name: "d.csv", csv }, { columnNames: { month: "Date" } }).month[0]).toBe(2018 * 12); // January 2018, from column A
  });
});
