/**
 * Evidence for issue 21: seed 3.1's most similar group (MSG) table, outcomes as a % of recorded VATP crimes
 * by force, made with the CLI's outcomes recipe from the counts a force's analyst sends
 * (test/fixtures/seed-partner/msg-outcomes-3-1.csv) and compared cell by cell with the seed as printed.
 */
import { join } from "path";
import { runSatk } from "./run-satk";
import { compareWithSeed, seedRows } from "./seed-compare";
import { readFileSync } from "fs";
import { parseCsv } from "../../src/core/csv/parse-csv";
import { outcomesTable } from "../../src/core/tables/outcomes-table";
import { keyFindings } from "../../src/core/findings/key-findings";
import { gunzipSync } from "zlib";
import { POLICE_UK_DATA } from "../shared-data";

const FIXTURES = join(__dirname, "..", "fixtures", "seed-partner");
const GROUPS = [
  "Recorded VATP crimes",
  "Charge/Summons",
  "Cautions",
  "Comm Res.",
  "No suspect identified",
  "No victim support",
];

/** Seed 3.1's MSG table as printed (its two header lines made one, "Charge/ Summons" as one word). */
const MSG_PRINTED = [
  ["MSG", ...GROUPS.flatMap((g) => [`${g} 2017`, `${g} 2016`])].join("\t"),
  "Kent\t51,637\t40,090\t9.4%\t10.8%\t2.1%\t3.0%\t1.5%\t1.8%\t6.4%\t4.8%\t36.4%\t41.3%",
  "Nottinghamshire\t22,910\t18,423\t16.6%\t19.9%\t2.8%\t2.9%\t2.9%\t5.2%\t5.7%\t3.5%\t28.7%\t22.2%",
  "Essex\t34,619\t32,578\t11.4%\t15.0%\t1.6%\t3.3%\t5.5%\t6.4%\t12.3%\t11.5%\t32.2%\t27.9%",
  "Staffordshire\t26,131\t25,433\t11.8%\t14.9%\t2.1%\t2.3%\t2.7%\t2.6%\t6.1%\t4.9%\t39.6%\t33.4%",
  "Avon & Somerset\t35,211\t35,968\t11.9%\t10.7%\t2.6%\t2.8%\t1.3%\t1.4%\t7.6%\t7.4%\t37.0%\t34.4%",
  "Northamptonshire\t14,429\t14,251\t12.5%\t14.0%\t2.9%\t3.8%\t3.1%\t5.8%\t6.7%\t6.5%\t35.1%\t24.3%",
  "Derbyshire\t11,158\t12,465\t23.4%\t23.7%\t5.1%\t5.9%\t10.1%\t10.8%\t3.1%\t2.3%\t13.0%\t11.2%",
  "Hertfordshire\t20,260\t18,184\t10.8%\t16.1%\t3.5%\t6.4%\t1.2%\t1.5%\t7.3%\t7.3%\t32.8%\t33.0%",
].join("\n");

describe("seed 3.1: outcomes of VATP crimes as a % of recorded crimes, Kent against its most similar group", () => {
  it("makes every cell of the seed's table, in its layout: crimes then each outcome, 2017 beside 2016", async () => {
    const run = await runSatk("table", "outcomes", "--table", join(FIXTURES, "msg-outcomes-3-1.csv"));
    expect(run.err).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    expect(run.table[0]).toEqual(["Force", ...GROUPS.flatMap((g) => [`${g} 2017`, `${g} 2016`])]);
    expect(run.table.map((r) => r[0])).toEqual(seedRows(MSG_PRINTED).map((r, i) => (i === 0 ? "Force" : r[0])));
    expect(compareWithSeed(run.table, seedRows(MSG_PRINTED), { columns: {} })).toEqual([]);
  });

  it("prints the shares with the counts when asked, and only the forces and outcomes asked for", async () => {
    const run = await runSatk(
      "table",
      "outcomes",
      "--table",
      join(FIXTURES, "msg-outcomes-3-1.csv"),
      "--forces",
      "Kent,Derbyshire",
      "--outcomes",
      "Charge/Summons",
      "--outcome-counts",
      "shown",
    );
    expect(run.code).toBe(0);
    expect(run.table).toEqual([
      [
        "Force",
        "Recorded VATP crimes 2017",
        "Recorded VATP crimes 2016",
        "Charge/Summons 2017 n",
        "Charge/Summons 2017 %",
        "Charge/Summons 2016 n",
        "Charge/Summons 2016 %",
      ],
      // 4854 / 51637 = 9.40%; 4330 / 40090 = 10.80%; 2611 / 11158 = 23.40%; 2954 / 12465 = 23.70%
      ["Kent", "51637", "40090", "4854", "9.4", "4330", "10.8"],
      ["Derbyshire", "11158", "12465", "2611", "23.4", "2954", "23.7"],
    ]);
  });

  it("says what the seed's commentary says: Kent the lowest charge/summons share, all but Avon & Somerset down", () => {
    const table = outcomesTable({ table: parseCsv(readFileSync(join(FIXTURES, "msg-outcomes-3-1.csv"))) });
    const findings = keyFindings([table])[0].findings;
    // Fisher's exact test, SciPy 1.17.1: fisher_exact([[4190, 31021], [3849, 32119]]) p = 4.5e-7 (Avon & Somerset);
    // fisher_exact([[2188, 18072], [2928, 15256]]) p = 1.1e-52 (Hertfordshire).
    expect(findings.slice(0, 4)).toEqual([
      "Charge/Summons: the highest share was in Derbyshire (23.4%); the lowest in Kent (9.4%).",
      "Charge/Summons rose in 1 of 8 and fell in 7 of 8.",
      "The largest rise was in Avon & Somerset, from 10.7% to 11.9% (+1.2 percentage points; a statistically significant change at the 5% level, p < 0.001).",
      "The largest fall was in Hertfordshire, from 16.1% to 10.8% (-5.3 percentage points; a statistically significant change at the 5% level, p < 0.001).",
    ]);
    // "almost all MSG areas with the exception of Kent and Hertfordshire have seen an increase in the victim not supporting"
    expect(findings).toContain("No victim support rose in 6 of 8 and fell in 2 of 8.");
  });

  it("refuses a force that is not in the data, naming the forces it has", async () => {
    const run = await runSatk(
      "table",
      "outcomes",
      "--table",
      join(FIXTURES, "msg-outcomes-3-1.csv"),
      "--forces",
      "Surrey",
    );
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/"Surrey" \(--forces\) is not among the forces of the data/);
  });

  it("makes the table from a police.uk outcomes file and its street file, the crimes joined by Crime ID", async () => {
    // Counted here by plain loops: Gwent's violent crimes recorded in November 2024 (distinct IDs) and those among
    // them with "Investigation complete; no suspect identified" in the first 300 rows of November's outcomes.
    const street = join(POLICE_UK_DATA, "gwent", "2024-11-gwent-street.csv.gz");
    const outcomes = join(__dirname, "..", "fixtures", "corpus", "2024-11-gwent-outcomes-first300.csv");
    const crimes = parseCsv(gunzipSync(readFileSync(street)));
    const violent = new Set(
      crimes
        .slice(1)
        .filter((r) => r[9] === "Violence and sexual offences" && r[0] !== "")
        .map((r) => r[0]),
    );
    const noSuspect = new Set(
      parseCsv(readFileSync(outcomes))
        .slice(1)
        .filter((r) => r[9] === "Investigation complete; no suspect identified" && violent.has(r[0]))
        .map((r) => r[0]),
    ).size;
    const run = await runSatk(
      "table",
      "outcomes",
      "--table",
      outcomes,
      "--crimes",
      street,
      "--category",
      "Violence and sexual offences",
      "--period-months",
      "1",
      "--years",
      "1",
      "--outcomes",
      "No suspect identified",
      "--outcome-counts",
      "shown",
    );
    expect(run.err).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    expect(run.table).toEqual([
      [
        "Force",
        "Recorded crimes (Violence and sexual offences) Nov 2024",
        "No suspect identified Nov 2024 n",
        "No suspect identified Nov 2024 %",
      ],
      [
        "Gwent Police",
        String(violent.size),
        String(noSuspect),
        String(Math.round((noSuspect / violent.size) * 1000) / 10),
      ],
    ]);
    expect(run.err).toMatch(/Outcomes as published from Nov 2024 to Nov 2024; outcomes given later are not counted/);
  });
});
