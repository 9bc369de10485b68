import { parseCategoryGrouping } from "../../../src/core/tables/category-grouping";
import { parseDivisionTable } from "../../../src/core/tables/division-table";
import { parsePopulationTable } from "../../../src/core/tables/population-table";
import { defaultGrouping } from "../../../src/core/tables/default-grouping";
import { censusMatrix } from "./police-uk-fixture";

describe("parseCategoryGrouping", () => {
  it("places summaries before their groups and groups before their sub-groups", () => {
    const g = parseCategoryGrouping([
      ["Crime type", "Group", "Sub-group", "Summary"],
      ["Robbery", "Violent crime", "Robbery", "Victim based crime"],
      ["Drugs", "Crimes against society", "Drug offences", ""],
      ["Violence and sexual offences", "Violent crime", "Violence", "Victim based crime"],
      ["Burglary", "Burglary", "", "Victim based crime"],
    ]);
    expect(g.lines.map((l) => `${l.level}${l.kind[0]} ${l.label}`)).toEqual([
      "0s Victim based crime",
      "0s Violent crime",
      "1d Robbery",
      "1d Violence",
      "0d Burglary",
      "0s Crimes against society",
      "1d Drug offences",
    ]);
    expect(g.lines[0].categories).toEqual(["Robbery", "Violence and sexual offences", "Burglary"]);
  });

  it("refuses a crime type placed twice, naming both rows", () => {
    expect(() =>
      parseCategoryGrouping([
        ["Crime type", "Group"],
        ["Robbery", "A"],
        ["robbery", "B"],
      ]),
    ).toThrow(/row 3: "robbery" is already placed on row 2/);
  });

  it("refuses a blank group, naming the row", () => {
    expect(() =>
      parseCategoryGrouping([
        ["Crime type", "Group"],
        ["Robbery", ""],
      ]),
    ).toThrow(/row 2: "Robbery" has no group/);
  });

  it("refuses a table without a Group column, naming the header it found", () => {
    expect(() => parseCategoryGrouping([["Crime type", "Bucket"]])).toThrow(
      /column headed "Group".*"Crime type", "Bucket"/,
    );
  });

  it("gives a default police.uk grouping in which Violent crime = violence and sexual offences + robbery", () => {
    const violent = defaultGrouping().lines.find((l) => l.label === "Violent crime");
    expect(violent?.categories).toEqual(["Violence and sexual offences", "Robbery"]);
    expect(defaultGrouping().categories).toHaveLength(13); // police.uk's 14 categories less anti-social behaviour
  });
});

describe("parseDivisionTable", () => {
  it("keeps divisions and districts in table order", () => {
    expect(
      parseDivisionTable([
        ["District", "Division"],
        ["Dartford", "North"],
        ["Maidstone", "West"],
        ["Medway", "North"],
      ]),
    ).toEqual({
      divisions: [
        { name: "North", districts: ["Dartford", "Medway"] },
        { name: "West", districts: ["Maidstone"] },
      ],
    });
  });

  it("refuses a district listed twice or without a division, naming the row", () => {
    expect(() =>
      parseDivisionTable([
        ["District", "Division"],
        ["Dartford", "North"],
        ["Dartford", "West"],
      ]),
    ).toThrow(/row 3: "Dartford" is already listed on row 2/);
    expect(() =>
      parseDivisionTable([
        ["District", "Division"],
        ["Dartford", ""],
      ]),
    ).toThrow(/row 2: "Dartford" has no division/);
  });
});

describe("parsePopulationTable", () => {
  const census = parsePopulationTable(censusMatrix());

  it("reads the census file's 331 areas and its POP11 and POP21 columns, not the ranks", () => {
    expect(census.columns).toEqual(["POP11", "POP21"]);
    expect(census.areas).toHaveLength(331);
    expect(census.areas.find((a) => a.name === "Maidstone")).toEqual({
      name: "Maidstone",
      code: "E07000110",
      values: [155143, 175500],
    });
  });

  it("reads a quoted name with a comma and thousands separators", () => {
    expect(census.areas.find((a) => a.code === "E06000058")?.name).toBe("Bournemouth, Christchurch & Poole");
    expect(
      parsePopulationTable([
        ["Area", "Population"],
        ["Maidstone", "166,400"],
      ]).areas[0].values,
    ).toEqual([166400]);
  });

  it("refuses a population that is not a number, naming the row, column and value", () => {
    expect(() =>
      parsePopulationTable([
        ["NAME", "POP21"],
        ["Maidstone", "lots"],
      ]),
    ).toThrow(/row 2, column "POP21": "lots" is not a population/);
  });

  it("refuses a repeated area, naming both rows", () => {
    expect(() =>
      parsePopulationTable([
        ["NAME", "POP21"],
        ["Dover", 1],
        ["Dover", 2],
      ]),
    ).toThrow(/row 3: "Dover" is already on row 2/);
  });
});
