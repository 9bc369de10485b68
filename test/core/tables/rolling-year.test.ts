import { rollingYear } from "../../../src/core/tables/rolling-year";
import { formatCell } from "../../../src/core/house-style/format-cell";
import { monthIndex } from "../../../src/core/periods/month-index";
import type { TableModel } from "../../../src/core/tables/table-model";
import { datasetOf, monthsBetween, policeRows } from "./police-uk-fixture";
import { seedDataset } from "./seed-builders";

function rowText(table: TableModel, label: string): string[] {
  const row = table.rows.find((r) => r.cells[0].value === label);
  if (!row) throw new Error(`no row ${label}`);
  return row.cells.map(formatCell);
}

// Seed 2.6, Maidstone, October 2017: Violent crime = VATP + sexual offences (one police.uk category here:
// 539 + 40 = 579, 4833 + 446 = 5279, 3390 + 284 = 3674) + robbery (9, 99, 69). The rest of victim based
// crime (1214 - 588 = 626, 11890 - 5378 = 6512, 9245 - 3743 = 5502) is put in vehicle crime, and crimes
// against society (232, 1704, 1026) in public order. Third year: all crime 9189 = 9189 - 701 victim based.
const seed = seedDataset([
  ["Violence and sexual offences", "Maidstone", 579, 5279, 3674, 3000],
  ["Robbery", "Maidstone", 9, 99, 69, 60],
  ["Vehicle crime", "Maidstone", 626, 6512, 5502, 5428],
  ["Public order", "Maidstone", 232, 1704, 1026, 701],
  ["Anti-social behaviour", "Maidstone", 300, 3243, 3697, 3588],
]);

describe("rollingYear on the seed's table 2.6 figures", () => {
  const table = rollingYear(seed, { area: "Maidstone", endMonth: monthIndex(2017, 10) });

  it("gives victim based crime 1214, 11890, 9245, +2645 and +28.6%", () => {
    expect(rowText(table, "Victim based crime")).toEqual([
      "Victim based crime",
      "1214",
      "11890",
      "9245",
      "+2645",
      "+28.6%",
    ]);
  });

  it("gives violent crime 588, 5378, 3743, +1635 and +43.7%, and robbery +30 and +43.5%", () => {
    expect(rowText(table, "Violent crime").slice(1)).toEqual(["588", "5378", "3743", "+1635", "+43.7%"]);
    expect(rowText(table, "Robbery").slice(4)).toEqual(["+30", "+43.5%"]);
  });

  it("gives crimes against society +678 and +66.1%", () => {
    expect(rowText(table, "Crimes against society").slice(4)).toEqual(["+678", "+66.1%"]);
  });

  it("gives all crime 1446, 13594, 10271, +3323 and +32.4%, leaving out anti-social behaviour", () => {
    expect(rowText(table, "All crime").slice(1)).toEqual(["1446", "13594", "10271", "+3323", "+32.4%"]);
    expect(table.rows[table.rows.length - 1].kind).toBe("total");
    expect(table.notes.some((n) => n.startsWith("Anti-social behaviour (3243 in the rolling year)"))).toBe(true);
  });

  it("shows groups without crimes as 0 and a % change from 0 as N/A with a note", () => {
    const burglary = rowText(table, "Burglary");
    expect(burglary.slice(1, 5)).toEqual(["0", "0", "0", "0"]);
    expect(burglary[5]).toMatch(/^N\/A./);
    expect(table.notes.some((n) => n.includes("no percentage change"))).toBe(true);
  });

  it("has the seed's two header rows", () => {
    expect(table.headerRows[0].map((h) => [h.text, h.span ?? 1])).toEqual([
      ["", 1],
      ["Month", 1],
      ["Rolling year", 2],
      ["Number change", 1],
      ["% change", 1],
    ]);
    expect(table.headerRows[1].map((h) => h.text)).toEqual([
      "",
      "October 2017",
      "RY ending Oct 2017",
      "RY ending Oct 2016",
      "",
      "",
    ]);
  });

  it("marks sub-groups as level 1 and groups with sub-groups as subtotals", () => {
    const robbery = table.rows.find((r) => r.cells[0].value === "Robbery");
    expect(robbery?.level).toBe(1);
    expect(table.rows.find((r) => r.cells[0].value === "Violent crime")?.kind).toBe("subtotal");
  });

  it("adds the third year (all crime 9189) when asked", () => {
    const three = rollingYear(seed, { area: "Maidstone", endMonth: monthIndex(2017, 10), thirdYear: true });
    expect(rowText(three, "All crime").slice(1)).toEqual(["1446", "13594", "10271", "9189", "+3323", "+32.4%"]);
    expect(three.headerRows[0][2]).toEqual({ text: "Rolling year", span: 3 });
  });

  it("names the table, a valid sheet and the source", () => {
    expect(table.title).toBe("Volume of crimes by type, Maidstone, RY ending Oct 2017");
    expect(table.sheetName.length).toBeLessThanOrEqual(31);
    expect(table.source).toBe("Source: Kent Police, crime counts (seed)");
  });
});

describe("rollingYear on the real Gwent files", () => {
  const rows = policeRows("gwent");
  const table = rollingYear(datasetOf(rows), { area: "Newport" });
  const ry2024 = new Set(monthsBetween("2024-01", "2024-12"));
  const ry2023 = new Set(monthsBetween("2023-01", "2023-12"));
  const count = (months: Set<string>, types: string[] | null) =>
    rows.filter(
      (r) =>
        r.district === "Newport" &&
        months.has(r.month) &&
        (types ? types.includes(r.type) : r.type !== "Anti-social behaviour"),
    ).length;

  it("ends at the latest month in the data, December 2024", () => {
    expect(table.headerRows[1][1].text).toBe("December 2024");
  });

  it("counts all crime in Newport as the raw lines do", () => {
    const row = table.rows[table.rows.length - 1];
    expect(row.cells.slice(1, 4).map((c) => c.value)).toEqual([
      count(new Set(["2024-12"]), null),
      count(ry2024, null),
      count(ry2023, null),
    ]);
  });

  it("counts violent crime as violence and sexual offences plus robbery", () => {
    const types = ["Violence and sexual offences", "Robbery"];
    const row = table.rows.find((r) => r.cells[0].value === "Violent crime");
    expect(row?.cells.slice(2, 4).map((c) => c.value)).toEqual([count(ry2024, types), count(ry2023, types)]);
  });
});

describe("rollingYear where the data are too short", () => {
  const table = rollingYear(datasetOf(policeRows("kent")), { area: "Maidstone" });

  it("shows N/A* for rolling years the 5 Kent months cannot fill, with a note", () => {
    expect(rowText(table, "All crime").slice(2)).toEqual(["N/A*", "N/A*", "N/A*", "N/A*"]);
    expect(table.notes[0]).toBe(
      "* The data start in Oct 2018, so a rolling year starting before then cannot be counted in full.",
    );
  });

  it("still gives the end month's count", () => {
    const expected = policeRows("kent").filter(
      (r) => r.district === "Maidstone" && r.month === "2019-02" && r.type !== "Anti-social behaviour",
    ).length;
    expect(rowText(table, "All crime")[1]).toBe(String(expected));
  });

  it("refuses an area the data do not have, naming it", () => {
    expect(() => rollingYear(seed, { area: "Maidstnoe" })).toThrow(/no area called "Maidstnoe"/);
  });

  it("refuses an end month outside the data, naming the span", () => {
    expect(() => rollingYear(seed, { endMonth: monthIndex(2019, 1) })).toThrow(
      /Jan 2019 is outside the data, which run from Nov 2014 to Oct 2017/,
    );
  });
});

describe("rollingYear on one month of data", () => {
  const rows = policeRows("kent").filter((r) => r.month === "2019-02");

  it("counts anti-social behaviour for the month the data hold, saying which, not the rolling year", () => {
    const table = rollingYear(datasetOf(rows), { area: "Maidstone" });
    const asb = rows.filter((r) => r.district === "Maidstone" && r.type === "Anti-social behaviour").length;
    expect(table.notes).toContain(
      `Anti-social behaviour (${asb} in Feb 2019) is not a crime and is left out of All crime.`,
    );
  });

  it("names the months covered when the data hold part of the rolling year", () => {
    const some = policeRows("kent").filter((r) => r.month >= "2018-12");
    const table = rollingYear(datasetOf(some), { area: "Maidstone" });
    expect(table.notes.find((n) => n.startsWith("Anti-social behaviour"))).toMatch(
      /^Anti-social behaviour \(\d+ in Dec 2018 to Feb 2019\)/,
    );
  });
});
