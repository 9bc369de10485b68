import { tableToText } from "../../src/export/table-text";
import { volumeByType } from "./seed-tables";

describe("tableToText", () => {
  const lines = tableToText(volumeByType()).split("\n");

  it("starts with the title and the header rows, a spanned cell followed by empty fields", () => {
    expect(lines[0]).toBe("Volume of crimes by type, Maidstone, RY ending Oct 2017");
    expect(lines[1].split("\t")).toEqual(["", "Month", "Rolling year", "", "Number change", "% change"]);
    expect(lines[2].split("\t")).toEqual(["", "October 2017", "RY ending Oct 2017", "RY ending Oct 2016", "", ""]);
  });

  it("writes the body rows in the house style, six fields each", () => {
    expect(lines[6]).toBe("- Robbery\t9\t99\t69\t+30\t+43.5%");
    expect(lines[7]).toBe("Burglary Residential\t77\tN/A*\t286\tN/A*\tN/A*");
    expect(lines[9]).toBe("- Theft From Motor Vehicle\t37\t501\t504\t-3\t-0.6%");
    expect(lines.slice(1, 11).every((line) => line.split("\t").length === 6)).toBe(true);
  });

  it("ends with a blank line, the notes and the source", () => {
    expect(lines[11]).toBe("");
    expect(lines[12]).toMatch(/^\*Please note/);
    expect(lines[13]).toBe("Source: Kent Police recorded crime, November 2015 - October 2017");
  });

  it("turns tabs and line breaks inside a text into spaces so the columns hold", () => {
    const table = volumeByType();
    table.rows[0].cells[0] = { kind: "text", value: "Victim\tbased\ncrime" };
    expect(tableToText(table).split("\n")[3].split("\t")[0]).toBe("Victim based crime");
  });
});
