import { wordFindings } from "../../src/export/word-findings";
import { findingsTable } from "../../src/core/findings/findings-table";
import { vatpOutcomes, volumeByType } from "./seed-tables";

describe("wordFindings", () => {
  it("works the findings out from the tables when there is no Key findings table", () => {
    const { tables, findings } = wordFindings([volumeByType(), vatpOutcomes()]);
    expect(tables.map((t) => t.recipe)).toEqual(["rolling-year", "outcomes"]);
    // Seed 2.6 first page: All crime 10,271 to 13,594; table has no subject, so no headline, but its rises are named.
    expect(
      findings[0].some((f) =>
        f.startsWith("The largest rises by number were in Sexual Offences (+162, from 284 to 446)"),
      ),
    ).toBe(true);
    expect(findings[1]).toEqual([]);
  });

  it("takes the Key findings table's rows as the paragraphs under the tables they name, and does not print it as a table", () => {
    const sheet = findingsTable([{ table: volumeByType().title, findings: ["Edited by the analyst."] }]);
    const { tables, findings } = wordFindings([volumeByType(), vatpOutcomes(), sheet!]);
    expect(tables).toHaveLength(2);
    expect(findings).toEqual([["Edited by the analyst."], []]);
  });
});
