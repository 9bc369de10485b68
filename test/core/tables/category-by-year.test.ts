import { categoryByYear } from "../../../src/core/tables/category-by-year";
import { formatCell } from "../../../src/core/house-style/format-cell";
import { countsDataset, datasetOf, policeRows } from "./police-uk-fixture";

// Seed 4.2, statutory nuisance cases by code, 2016 and 2017 (part of the table).
const cases: [string, string, number, number][] = [
  ["NOISE", "All noise nuisance", 713, 732],
  ["DOG", "Dangerous and Nuisance dogs", 73, 45],
  ["STRAY", "Straying and lost dogs", 522, 488],
  ["ASB", "All Anti-social behaviour complaints", 0, 40],
];
// The data run January 2016 to December 2017 (a 0 count marks the first month), so both years are whole.
const ds = countsDataset([
  ["2016-01", "NOISE", "Maidstone", 0],
  ...cases.flatMap(
    ([code, , a, b]) =>
      [
        ["2016-06", code, "Maidstone", a],
        ["2017-12", code, "Maidstone", b],
      ] as [string, string, string, number][],
  ),
]);

describe("categoryByYear on the seed's table 4.2 codes", () => {
  const codes = [["Code", "Description"], ...cases.map(([c, d]) => [c, d])];
  const table = categoryByYear(ds, { codes });
  const text = table.rows.map((r) => r.cells.map(formatCell));

  it("lists code, description and the two years in the codes table's order", () => {
    expect(text[0]).toEqual(["NOISE", "All noise nuisance", "713", "732"]);
    expect(table.headerRows[0].map((h) => h.text)).toEqual(["Code", "Description", "2016", "2017"]);
  });

  it("adds a total row: 713 + 73 + 522 + 0 = 1308 and 732 + 45 + 488 + 40 = 1305", () => {
    expect(text[text.length - 1].slice(2)).toEqual(["1308", "1305"]);
    expect(table.rows[table.rows.length - 1].kind).toBe("total");
  });
});

describe("categoryByYear on the real Kent files", () => {
  const rows = policeRows("kent");
  const table = categoryByYear(datasetOf(rows), { area: "Maidstone" });

  it("counts each category of Maidstone in 2018 and 2019 as the raw lines do", () => {
    const drugs = table.rows.find((r) => r.cells[0].value === "Drugs");
    const count = (year: string) =>
      rows.filter((r) => r.district === "Maidstone" && r.type === "Drugs" && r.month.startsWith(year)).length;
    expect(drugs?.cells.slice(1).map((c) => c.value)).toEqual([count("2018"), count("2019")]);
  });

  it("marks both years as part years in their headers, with notes", () => {
    expect(table.headerRows[0].map((h) => h.text)).toEqual(["Category", "2018*", "2019†"]);
    expect(table.notes.slice(0, 2)).toEqual([
      "* 2018 is a part year in the data: Oct 2018 to Dec 2018 only.",
      "† 2019 is a part year in the data: Jan 2019 to Feb 2019 only.",
    ]);
  });

  it("says that its Total counts anti-social behaviour, which All crime elsewhere leaves out, and what that Total is", () => {
    expect(table.notes[2]).toBe(
      "The Total counts every category, anti-social behaviour included; the All crime of the other tables leaves it out.",
    );
    const total = table.rows[table.rows.length - 1].cells.slice(1).map((c) => c.value);
    const count = (year: string) => rows.filter((r) => r.district === "Maidstone" && r.month.startsWith(year)).length;
    expect(total).toEqual([count("2018"), count("2019")]);
  });

  it("shows N/A, not 0, for a year the data do not reach at all", () => {
    const three = categoryByYear(datasetOf(rows), { area: "Maidstone", years: 3 });
    expect(three.headerRows[0].map((h) => h.text)).toEqual(["Category", "2017*", "2018†", "2019‡"]);
    expect(three.notes[0]).toBe("* 2017 is a part year in the data: no months.");
    expect(three.rows.every((r) => r.cells[1].value === null && formatCell(r.cells[1]) === "N/A")).toBe(true);
    expect(three.rows.every((r) => typeof r.cells[2].value === "number")).toBe(true);
  });

  it("makes no note on anti-social behaviour when that is all the data hold: their total is all of it", () => {
    const asb = {
      ...countsDataset([
        ["2017-04", "Anti-social behaviour", "Maidstone", 40],
        ["2018-04", "Anti-social behaviour", "Maidstone", 35],
      ]),
      kind: "asb" as const,
    };
    const table = categoryByYear(asb, { endMonth: null, years: 2 });
    expect(table.notes.some((n) => n.includes("anti-social behaviour included"))).toBe(false);
  });
});

describe("categoryByYear titles in the data's own noun (issue 22 item 5)", () => {
  it("calls police.uk records with anti-social behaviour crimes and incidents, not cases", () => {
    const table = categoryByYear(datasetOf(policeRows("kent")), { area: "Maidstone" });
    expect(table.title).toBe("Crimes and incidents by type and year, Maidstone");
  });

  it("calls anti-social behaviour data incidents", () => {
    const asb = {
      ...countsDataset([
        ["2017-04", "Anti-social behaviour", "Maidstone", 40],
        ["2018-04", "Anti-social behaviour", "Maidstone", 35],
      ]),
      kind: "asb" as const,
    };
    expect(categoryByYear(asb, { endMonth: null, years: 2 }).title).toMatch(/^Incidents by type and year/);
  });
});
