import type { TableFindings } from "../core/findings";

/**
 * The key findings as `satk findings` prints them: each table's title, then its findings, one per line,
 * indented; tables without findings are left out; a blank line between tables.
 *
 * Missing values: with no findings at all, one line says so.
 *
 * @param findings the findings per table
 * @returns the text, ending with a newline
 * @throws never
 * @example
 * findingsText([{ table: "Volume of crimes by type, Maidstone, RY ending Oct 2017", findings: ["All crime in Maidstone rose by 32.4% ..."] }]);
 * // => "Volume of crimes by type, Maidstone, RY ending Oct 2017\n  All crime in Maidstone rose by 32.4% ...\n"
 */
export function findingsText(findings: readonly TableFindings[]): string {
  const blocks = findings
    .filter((f) => f.findings.length > 0)
    .map((f) => [f.table, ...f.findings.map((line) => `  ${line}`)].join("\n"));
  return blocks.length === 0
    ? "No key findings: none of the tables made has figures to describe.\n"
    : `${blocks.join("\n\n")}\n`;
}
