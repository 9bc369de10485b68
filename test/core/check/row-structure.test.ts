import { readCheckTable } from "../../../src/core/check/read-check-table";
import { rowStructure } from "../../../src/core/check/row-structure";
import { seedTable } from "./seed-fixtures";

describe("recognising the rows of a table", () => {
  it("reads table 3.1's divisions as subtotals closing their districts and Force as the total", () => {
    const table = readCheckTable(seedTable("3-1"));
    const s = rowStructure(table);
    const names = (rows: number[]) => rows.map((r) => table.rows[r].name);
    const north = table.rows.findIndex((r) => r.name === "North Division");
    expect(s.kinds[north]).toBe("subtotal");
    expect(names(s.parts[north])).toEqual(["Dartford", "Gravesham", "Medway", "Swale"]);
    expect(names(s.parts[table.rows.length - 1])).toEqual(["North Division", "West Division", "East Division"]);
  });

  it('reads table 2.6\'s Victim based crime as heading its group, and its "- " rows as sub-categories of the row above', () => {
    const table = readCheckTable(seedTable("2-6"));
    const s = rowStructure(table);
    const at = (name: string) => table.rows.findIndex((r) => r.name === name);
    expect(s.children[at("Violent Crime")].map((r) => table.rows[r].name)).toEqual([
      "Violence Against The Person",
      "Sexual Offences",
      "Robbery",
    ]);
    expect(s.parts[at("Crimes against society")].map((r) => table.rows[r].name)).toEqual([
      "Drug Offences",
      "Possession of weapons",
      "Public order offences",
      "Other crimes",
    ]);
    expect(s.parts[at("All crime")].map((r) => table.rows[r].name)).toEqual([
      "Victim based crime",
      "Crimes against society",
    ]);
  });

  it("reads table 2.5's KCC Total as a subtotal and Kent, which adds up KCC and Medway, as the total", () => {
    const table = readCheckTable(seedTable("2-5"));
    const s = rowStructure(table);
    expect(s.kinds.slice(-3)).toEqual(["subtotal", "data", "total"]);
    expect(s.parts[table.rows.length - 1].map((r) => table.rows[r].name)).toEqual(["KCC Total", "Medway"]);
    expect(s.notes).toContain('The last row, "Kent", adds up the rows above it: read as the total.');
  });

  it("reads an unlabelled last row as the total (table 4.2), and leaves a table without one without a total (5.6)", () => {
    expect(rowStructure(readCheckTable(seedTable("4-2"))).kinds.at(-1)).toBe("total");
    expect(rowStructure(readCheckTable(seedTable("5-6"))).kinds).not.toContain("total");
  });

  it("reads bold rows of a Markdown table as subtotals, unless they head sub-categories", () => {
    const table = readCheckTable(
      [
        ["", "2017"],
        ["Violent crime", "10"],
        ["- Robbery", "10"],
        ["Group A", "10"],
        ["Burglary", "5"],
        ["Group B", "5"],
        ["Total", "15"],
      ],
      [false, true, false, true, false, true, true],
    );
    expect(rowStructure(table).kinds).toEqual(["data", "data", "subtotal", "data", "subtotal", "total"]);
  });
});
