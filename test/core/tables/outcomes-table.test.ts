import { gunzipSync } from "zlib";
import { readFileSync } from "fs";
import { join } from "path";
import { outcomesTable } from "../../../src/core/tables/outcomes-table";
import { outcomeGroups, SEED_OUTCOME_GROUPS } from "../../../src/core/tables/outcome-groups";
import { parseCsv } from "../../../src/core/csv/parse-csv";
import { POLICE_UK_DATA } from "../../shared-data";

const HEADER = ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location"];
const STREET = [...HEADER, "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context"];
const OUTCOMES = [...HEADER, "LSOA code", "LSOA name", "Outcome type"];

function crime(id: string, month: string, force: string, type = "Violence and sexual offences"): string[] {
  return [id, month, force, force, "", "", "", "", "", type, "", ""];
}
function outcome(id: string, type: string, month = "2017-11"): string[] {
  return [id, month, "", "", "", "", "", "", "", type];
}

/**
 * A ground truth typed by hand: Kent Police has 4 violent crimes in Oct 2017 (k1-k4) and 2 in Sep 2017
 * (k5, k6); Essex Police 2 in Oct 2017 (e1, e2). k1 is charged, then its court result comes (one crime
 * charged, not two); k2 is cautioned; k3 has no suspect; e1 is charged; k5 is charged; a burglary (k9) charged
 * is of another type; k1 is written twice in the street file; x1 is an outcome of a crime not in it.
 */
const street = [
  STREET,
  crime("k1", "2017-10", "Kent Police"),
  crime("k1", "2017-10", "Kent Police"),
  crime("k2", "2017-10", "Kent Police"),
  crime("k3", "2017-10", "Kent Police"),
  crime("k4", "2017-10", "Kent Police"),
  crime("k5", "2017-09", "Kent Police"),
  crime("k6", "2017-09", "Kent Police"),
  crime("e1", "2017-10", "Essex Police"),
  crime("e2", "2017-10", "Essex Police"),
  crime("k9", "2017-10", "Kent Police", "Burglary"),
  crime("", "2017-10", "Kent Police", "Anti-social behaviour"),
];
const outcomes = [
  OUTCOMES,
  outcome("k1", "Suspect charged"),
  outcome("k1", "Offender sent to prison", "2017-12"),
  outcome("k2", "Offender given a caution"),
  outcome("k3", "Investigation complete; no suspect identified"),
  outcome("e1", "Suspect charged"),
  outcome("k5", "Suspect charged"),
  outcome("k9", "Suspect charged"),
  outcome("x1", "Suspect charged"),
];
const options = {
  table: outcomes,
  crimes: street,
  category: "Violence and sexual offences",
  periodMonths: 1,
  years: 2,
  outcomes: ["Charge/Summons", "Cautions", "No suspect identified"],
};

function texts(table: ReturnType<typeof outcomesTable>): string[][] {
  return table.rows.map((r) => r.cells.map((c) => String(c.value)));
}

describe("outcomesTable from police.uk outcomes and street files", () => {
  it("gives each force's crimes and the % with each outcome, a crime counted once per group", () => {
    const table = outcomesTable(options);
    expect(table.headerRows[0].map((h) => [h.text, h.span ?? 1])).toEqual([
      ["Force", 1],
      ["Recorded crimes (Violence and sexual offences)", 2],
      ["Charge/Summons", 2],
      ["Cautions", 2],
      ["No suspect identified", 2],
    ]);
    expect(table.headerRows[1].map((h) => h.text)).toEqual([
      "",
      "Oct 2017",
      "Sep 2017",
      "Oct 2017",
      "Sep 2017",
      "Oct 2017",
      "Sep 2017",
      "Oct 2017",
      "Sep 2017",
    ]);
    // Kent: Oct 4 crimes, 1 charged (25%), 1 cautioned, 1 no suspect; Sep 2 crimes, 1 charged (50%).
    // Essex: Oct 2 crimes, 1 charged (50%); no crimes in Sep, so n/a, never 0%.
    expect(texts(table)).toEqual([
      ["Kent Police", "4", "2", "25", "50", "25", "0", "25", "0"],
      ["Essex Police", "2", "0", "50", "n/a", "0", "n/a", "0", "n/a"],
    ]);
    expect(table.notes.join(" ")).toMatch(/1 street rows repeat a Crime ID/);
    expect(table.notes.join(" ")).toMatch(/1 street rows without a Crime ID/);
    expect(table.notes.join(" ")).toMatch(/2 outcome rows are of crimes not counted here/);
  });

  it("carries the counts beside the cells as figures, for the findings", () => {
    const kent = outcomesTable(options).rows[0].figures;
    expect(kent?.counts).toEqual([4, 2]);
    expect(kent?.shares?.[0]).toEqual({ group: "Charge/Summons", parts: [1, 1], bases: [4, 2], percents: [25, 50] });
  });

  it("shows each outcome's count beside its % when asked, and the forces in the order asked", () => {
    const table = outcomesTable({
      ...options,
      years: 1,
      outcomes: ["Charge/Summons"],
      outcomeCounts: "shown",
      forces: ["Essex", "Kent"],
    });
    expect(table.headerRows[1].map((h) => h.text)).toEqual(["", "Oct 2017", "Oct 2017 n", "Oct 2017 %"]);
    expect(texts(table)).toEqual([
      ["Essex Police", "2", "1", "50"],
      ["Kent Police", "4", "1", "25"],
    ]);
  });

  it("refuses outcome rows without the street rows, a month the street rows do not cover, and an unknown force", () => {
    expect(() => outcomesTable({ ...options, crimes: null })).toThrow(
      /give the police.uk street files.*\{option:crimes\}/,
    );
    expect(() => outcomesTable({ ...options, years: 3 })).toThrow(
      /does not cover Aug 2017: it has no rows for Aug 2017/,
    );
    expect(() => outcomesTable({ ...options, forces: ["Surrey"] })).toThrow(
      /"Surrey".*not among the forces.*"Kent Police", "Essex Police"/,
    );
    expect(() => outcomesTable({ ...options, category: "Robbery" })).toThrow(/no crimes of type "Robbery"/);
  });

  it("counts a real month of Gwent: independent counts of the 2024-11 street file joined to the outcomes file", () => {
    const streetRows = parseCsv(gunzipSync(readFileSync(join(POLICE_UK_DATA, "gwent", "2024-11-gwent-street.csv.gz"))));
    const outcomeRows = parseCsv(
      readFileSync(join(__dirname, "..", "..", "fixtures", "corpus", "2024-11-gwent-outcomes-first300.csv")),
    );
    const groups = [
      ["Outcome type", "Group"],
      ["Suspect charged", "Charged"],
      ["Unable to prosecute suspect", "Unable to prosecute"],
    ];
    // Counted here by plain loops: distinct violent crime IDs recorded in November 2024, and those with each outcome.
    const violent = new Set(
      streetRows
        .slice(1)
        .filter((r) => r[9] === "Violence and sexual offences" && r[0] !== "")
        .map((r) => r[0]),
    );
    const withOutcome = (name: string) =>
      new Set(
        outcomeRows
          .slice(1)
          .filter((r) => r[9] === name && violent.has(r[0]))
          .map((r) => r[0]),
      ).size;
    const charged = withOutcome("Suspect charged");
    const unable = withOutcome("Unable to prosecute suspect");
    const table = outcomesTable({
      table: outcomeRows,
      crimes: streetRows,
      category: "Violence and sexual offences",
      outcomeGroups: groups,
      periodMonths: 1,
      years: 1,
      outcomeCounts: "shown",
    });
    expect(violent.size).toBeGreaterThan(2000);
    expect(charged).toBeGreaterThan(0);
    expect(texts(table)).toEqual([
      [
        "Gwent Police",
        String(violent.size),
        String(charged),
        String(Math.round((charged / violent.size) * 1000) / 10),
        String(unable),
        String(Math.round((unable / violent.size) * 1000) / 10),
      ],
    ]);
  });
});

describe("outcomeGroups", () => {
  it("is the seed's five groups by default, a charge counting its court results", () => {
    const groups = outcomeGroups(null);
    expect(groups.names).toEqual(SEED_OUTCOME_GROUPS.map(([g]) => g));
    expect(groups.byOutcome.get("offender sent to prison")).toEqual(["Charge/Summons"]);
    expect(groups.byOutcome.get("investigation complete; no suspect identified")).toEqual(["No suspect identified"]);
  });
});
