/**
 * The seed assessment's tables as printed (maidstone-strategic-assessment-2018-19.txt), copied line for
 * line into fixtures/seed-*.tsv: tab-separated, as the text gives them, with the page break of table 2.6
 * (a blank line, and a third year on the second page) kept.
 */
import { readFileSync } from "fs";
import * as path from "path";

/** The cells of a seed table fixture, one array per printed line. */
export function seedTable(id: "2-5" | "2-6" | "3-1" | "4-1" | "4-2" | "5-6"): string[][] {
  const text = readFileSync(path.join(__dirname, "fixtures", `seed-${id}.tsv`), "utf8");
  return text
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.split("\t"));
}
