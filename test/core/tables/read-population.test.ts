import { readPopulation } from "../../../src/core/tables/read-population";

// Three wards of two districts, populations by hand: A = 1,000 + 2,500 = 3,500; B = 4,000.
const wards = [
  ["code", "name", "all_ages", "aged_16_to_64"],
  ["W1", "Abbey", 1000, 600],
  ["W2", "Alibon", 2500, 1500],
  ["W3", "Becontree", 4000, 2400],
];
const parents = new Map([
  ["W1", { code: "D1", name: "District A" }],
  ["W2", { code: "D1", name: "District A" }],
  ["W3", { code: "D2", name: "District B" }],
]);

describe("readPopulation", () => {
  it("reads the chosen column as it stands when there is nothing to add up", () => {
    const table = readPopulation(wards, { column: "aged_16_to_64" });
    expect(table.columns).toEqual(["aged_16_to_64"]);
    expect(table.areas.map((a) => [a.name, a.values[0]])).toEqual([
      ["Abbey", 600],
      ["Alibon", 1500],
      ["Becontree", 2400],
    ]);
  });

  it("adds lower-level rows up into their parent areas, saying so after what was read", () => {
    const table = readPopulation(wards, { column: "all_ages", parents: { parents, what: "wards" } });
    expect(table.areas.map((a) => [a.name, a.values[0]])).toEqual([
      ["District A", 3500],
      ["District B", 4000],
    ]);
    expect(table.notes?.at(-1)).toMatch(/^3 wards added up into 2 areas by ONS's lookup/);
  });
});
