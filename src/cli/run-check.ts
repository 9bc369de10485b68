import { cliText } from "./option-flag";
import { basename } from "path";
import { checkTable } from "../core/check";
import { parseRoleOverride } from "../core/check";
import { checkVerdict } from "../core/check";
import { columnLetters } from "../core/cells";
import { parsePopulationTable } from "../core/tables";
import { readCheckInput } from "./read-check-input";
import { readTableFile } from "./read-input";
import { UsageError } from "./usage-error";

/**
 * `satk check --input TABLE [--population FILE] [--role "HEADER=ROLE" ...]`: checks a table's arithmetic (see core/check's
 * checkTable) and prints what it recognised, then each disagreement with its cell and the right
 * value, or that every derived cell agrees.
 *
 * @param inputs the files after --input (exactly one)
 * @param population the population file, or undefined
 * @param stdout where the report goes
 * @param roles the analyst's corrections of column roles, "Position=rank" (see parseRoleOverride)
 * @returns the exit code: 0 when every derived cell agrees, 1 when any disagrees
 * @throws {UsageError} for no input, several inputs or a file that cannot be opened (exit 2)
 * @throws {InputError} when the table or the population table cannot be read, or a --role is not understood (exit 3)
 * @example
 * await runCheck(["table-2-6.csv"], undefined, (t) => process.stdout.write(t)); // => 1
 */
export async function runCheck(
  inputs: readonly string[],
  population: string | undefined,
  stdout: (text: string) => void,
  roles: readonly string[] = [],
): Promise<number> {
  if (inputs.length !== 1)
    throw new UsageError(
      inputs.length === 0
        ? "satk check needs --input TABLE (.csv, .xlsx, .md or .tsv)."
        : "satk check checks one table: give one file after --input.",
    );
  const [path] = inputs;
  const { matrix, bold } = await readCheckInput(path);
  const populationTable = population ? parsePopulationTable(await readTableFile(population)) : null;
  const report = checkTable(matrix, {
    bold,
    population: populationTable,
    name: basename(path),
    roles: roles.map(parseRoleOverride),
  });
  const lines = [
    `Checked ${basename(path)}.`,
    "",
    "Recognised:",
    ...report.recognised.map((line) => `  ${cliText(line)}`),
    "",
  ];
  lines.push(`${checkVerdict(report)}${report.findings.length === 0 ? "." : ":"}`);
  for (const f of report.findings) lines.push(`  ${columnLetters(f.column)}${f.row + 1}: ${f.message}`);
  stdout(lines.join("\n") + "\n");
  return report.findings.length > 0 ? 1 : 0;
}
