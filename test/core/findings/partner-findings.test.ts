/** Key findings of the seed's partner tables (issue 21): highest and lowest, rises and falls, the exact test. */
import { readFileSync } from "fs";
import { join } from "path";
import { buildDataset } from "../../../src/core/data/build-dataset";
import { periodComparison } from "../../../src/core/tables/period-comparison";
import { keyFindings } from "../../../src/core/findings/key-findings";

const file = join(__dirname, "..", "..", "fixtures", "seed-partner", "hospital-assault-3-2.csv");

describe("key findings of seed 3.2's hospital admissions for assault", () => {
  const data = buildDataset({ name: "assault.csv", csv: readFileSync(file, "utf8") }, { districtRenames: {} });
  const findings = keyFindings([periodComparison(data, { by: "area", totalLabel: "All Kent", rank: "none" })], {
    area: "Maidstone",
  })[0].findings;

  it("puts Maidstone 8th from the largest fall, the seed's 5th largest increase of 12", () => {
    expect(findings).toContain(
      "Ranked by % change from the largest fall to the largest rise, Maidstone is 8th of the 12 areas.",
    );
  });

  it("tests Maidstone's 73 to 97 exactly: p = 0.077 (binomial, 97 of 170 at one half, two-sided), not significant at 5%", () => {
    expect(findings).toContain(
      "This change is within normal variation: it is not statistically significant at the 5% level (p = 0.077).",
    );
  });

  it("names the highest and lowest districts with their changes", () => {
    expect(findings).toContain(
      "The highest numbers of records were in Maidstone (97, up 32.9% from 73), Gravesham (64, up 106.5% from 31) and Swale (64, up 8.5% from 59).",
    );
    expect(findings).toContain(
      "The lowest numbers of records were in Canterbury (25, down 21.9% from 32), Ashford (26, down 29.7% from 37) and Dover (26, down 13.3% from 30).",
    );
  });
});
