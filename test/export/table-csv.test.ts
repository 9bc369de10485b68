import { tableToCsv } from "../../src/export/table-csv";
import { parseCsv } from "../../src/core/csv/parse-csv";
import { sampleTable } from "../cli/sample-table";

describe("tableToCsv", () => {
  const lines = parseCsv(tableToCsv(sampleTable()));

  it("writes one header row, with a Group column last when the table has sub-categories", () => {
    expect(lines[0]).toEqual([
      "Crime type",
      "October 2017",
      "RY ending Oct 2017",
      "RY ending Oct 2016",
      "Number change",
      "% change",
      "Group",
    ]);
    expect(lines).toHaveLength(5);
  });

  it("writes plain numbers: no signs, no separators, % change with one decimal (seed 2.6: +2645, +28.6%)", () => {
    expect(lines[1]).toEqual(["Victim based crime", "1234", "11895", "9250", "2645", "28.6", ""]);
  });

  it("writes a sub-category as clean data: its label without a dash or escape mark, and its group in the Group column (issue 22 item 7)", () => {
    expect(lines[2]).toEqual(["Robbery, personal", "10", "80", "83", "-3", "-3.6", "Victim based crime"]);
    expect(tableToCsv(sampleTable())).toContain(`"Robbery, personal"`);
    expect(tableToCsv(sampleTable())).not.toMatch(/'- |(^|,)- /m);
  });

  it("keeps a formula-like group name safe in the Group column", () => {
    const table = sampleTable();
    table.rows[0].cells[0] = { kind: "text", value: "=cmd" };
    expect(parseCsv(tableToCsv(table))[2][6]).toBe("'=cmd");
  });

  it("writes no Group column for a table without sub-categories", () => {
    const table = sampleTable();
    table.rows = table.rows.filter((row) => row.level === 0);
    expect(parseCsv(tableToCsv(table))[0]).not.toContain("Group");
  });

  it("neutralises every text field a spreadsheet would run as a formula, in the header and the body, but not negative numbers", () => {
    const table = sampleTable();
    const names = ['=HYPERLINK("http://evil","x")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3"];
    table.rows = names.map((name) => ({
      level: 0,
      kind: "data",
      cells: [
        { kind: "text", value: name },
        { kind: "change", value: -3 },
      ],
    }));
    table.headerRows = [[{ text: "=1+1" }, { text: "\t@x" }]];
    const written = parseCsv(tableToCsv(table));
    expect(written[0]).toEqual(["'=1+1", "'\t@x"]);
    expect(written.slice(1).map((l) => l[0])).toEqual(names.map((n) => `'${n}`));
    expect(written.slice(1).map((l) => l[1])).toEqual(["-3", "-3", "-3", "-3"]);
  });

  it("leaves a value that is not available empty, and writes rates with their decimals", () => {
    expect(lines[3]).toEqual(["Rate", "12.35", "0", "0", "0", "", ""]);
  });

  it("ends lines with CRLF and writes no notes or source", () => {
    const text = tableToCsv(sampleTable());
    expect(text.endsWith("24.2,\r\n")).toBe(true);
    expect(text).not.toContain("Source");
  });
});
