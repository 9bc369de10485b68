import { areaComparison } from "../../../src/core/tables/area-comparison";
import { parseDivisionTable } from "../../../src/core/tables/division-table";
import { formatCell } from "../../../src/core/house-style/format-cell";
import { monthIndex } from "../../../src/core/periods/month-index";
import type { TableModel } from "../../../src/core/tables/table-model";
import { datasetOf, policeRows } from "./police-uk-fixture";
import { SEED_3_1_DISTRICTS, seedDataset, type SeedSeries } from "./seed-builders";

const VIOLENCE = "Violence and sexual offences";
// Seed 3.1, violent crime by district: October 2017, RY ending Oct 2017, RY ending Oct 2016.
const districts = SEED_3_1_DISTRICTS;
const seed = seedDataset(districts.map(([, d, m, a, b]) => [VIOLENCE, d, m, a, b] as SeedSeries));
const divisions = parseDivisionTable([
  ["District", "Division"],
  ...districts.map(([division, district]) => [district, division]),
]);

function row(table: TableModel, label: string): string[] {
  const found = table.rows.find((r) => r.cells[0].value === label);
  if (!found) throw new Error(`no row ${label}`);
  return found.cells.slice(1).map(formatCell);
}

describe("areaComparison on the seed's table 3.1 figures", () => {
  const table = areaComparison(seed, { category: "Violent crime", divisions, endMonth: monthIndex(2017, 10) });

  it("adds the districts up to the seed's North Division row: 2774, 25827, 18025, +7802, +43.3%", () => {
    expect(row(table, "North Division")).toEqual(["2774", "25827", "18025", "+7802", "+43.3%"]);
  });

  it("adds up West (1526, 13804, 9524, +4280, +44.9%) and East (2708, 25427, 17273, +8154, +47.2%)", () => {
    expect(row(table, "West Division")).toEqual(["1526", "13804", "9524", "+4280", "+44.9%"]);
    expect(row(table, "East Division")).toEqual(["2708", "25427", "17273", "+8154", "+47.2%"]);
  });

  // The seed prints 44823 and +20235 for the force a year earlier, but its divisions add up to
  // 18025 + 9524 + 17273 = 44822, so the force row here is 44822 and 65058 - 44822 = +20236.
  it("gives the Force row as the divisions add up: 7008, 65058, 44822, +20236, +45.1% (seed: 44823 / +20235)", () => {
    expect(row(table, "Force")).toEqual(["7008", "65058", "44822", "+20236", "+45.1%"]);
    expect(table.rows[table.rows.length - 1].kind).toBe("total");
  });

  it("keeps the seed's district rows, such as Dover +1854 and +66.2%", () => {
    expect(row(table, "Dover")).toEqual(["479", "4653", "2799", "+1854", "+66.2%"]);
  });

  it("lists districts in division order with subtotal rows after each division", () => {
    expect(table.rows.slice(0, 5).map((r) => [r.cells[0].value, r.kind])).toEqual([
      ["Dartford", "data"],
      ["Gravesham", "data"],
      ["Medway", "data"],
      ["Swale", "data"],
      ["North Division", "subtotal"],
    ]);
    expect(table.headerRows[0][0].text).toBe("Violent crime");
  });
});

describe("areaComparison on the real Kent files", () => {
  const rows = policeRows("kent");
  const table = areaComparison(datasetOf(rows), { category: "Anti-social behaviour", divisions });
  const feb = (district: string | null) =>
    rows.filter(
      (r) =>
        r.month === "2019-02" && r.type === "Anti-social behaviour" && (district === null || r.district === district),
    ).length;

  it("counts a district's end month as the raw lines do", () => {
    expect(row(table, "Maidstone")[0]).toBe(String(feb("Maidstone")));
  });

  it("shows records without a location and other forces' areas on their own rows, so the rows add up to the force", () => {
    expect(row(table, "Unknown area")[0]).toBe(String(feb("Unknown area")));
    const body = table.rows.filter((r) => r.kind === "data").reduce((s, r) => s + (r.cells[1].value as number), 0);
    expect(body).toBe(feb(null));
    expect(row(table, "Force")[0]).toBe(String(feb(null)));
    expect(table.notes.some((n) => n.includes("Bexley"))).toBe(true);
  });

  it("lists the force's own areas alphabetically without a divisions table", () => {
    const plain = areaComparison(datasetOf(rows));
    const labels = plain.rows.map((r) => r.cells[0].value);
    expect(labels.slice(0, 3)).toEqual(["Ashford", "Canterbury", "Dartford"]);
    expect(labels).not.toContain("Bexley");
    expect(labels.slice(-3)).toEqual(["Unknown area", "Other areas", "Force"]);
  });

  it("refuses a category that is neither a group nor in the data", () => {
    expect(() => areaComparison(datasetOf(rows), { category: "Arson only" })).toThrow(
      /no category or group called "Arson only"/,
    );
  });
});
