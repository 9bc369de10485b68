import { ratePer } from "../change";
import { namesListed } from "../change";
import { nameKey } from "../tables";
import type { PopulationTable } from "../tables";
import { agreesAtPrecision } from "./agrees-at-precision";
import { bestChoice } from "./best-choice";
import { columnAgreement } from "./column-agreement";
import type { CheckColumn, CheckPart, CheckTable } from "./check-types";
import { emptyColumnNote } from "./empty-column-note";
import { makeFinding } from "./make-finding";
import { printedLike } from "./printed-like";

/**
 * Recomputes every rate (count / population x its base, "per 1,000" unless the header says
 * otherwise: the toolkit's ratePer) from a count column and the population table, matching rows to
 * areas by name. Which count column and which population column a rate uses is inferred from the
 * values (a count column dated as the rate is tried first), and the report says which. Without a
 * population table, the table's own population columns (headed "Population" or similar) are used; without
 * either, or for rows the population table does not name (a county total), rates are not checked, and the
 * report says so.
 *
 * Missing values: a blank or not-available count or rate, and a blank or 0 population, are not checked.
 *
 * @param table the table as read by readCheckTable
 * @param population the population table (parsePopulationTable), or null when none was given
 * @returns what was read, the findings, and how many cells were checked
 * @throws never
 * @example
 * checkRates(table, parsePopulationTable(census)).recognised[0];
 * // => '"Rate per 1,000 pop., RY ending Dec 2024" is "Number of offences, ..." per 1,000 of the population column POP21 (...)'
 */
export function checkRates(table: CheckTable, given: PopulationTable | null): CheckPart {
  let population = given;
  const part: CheckPart = { recognised: [], findings: [], checked: 0 };
  const rates = table.columns.filter((c) => c.role === "rate");
  if (rates.length === 0) return part;
  const own = ownPopulation(table);
  if (!population && own)
    part.recognised.push(
      `Rates are checked against the table's own population ${own.columns.length === 1 ? "column" : "columns"} ${own.columns.map((c) => `"${c}"`).join(", ")}.`,
    );
  population = population ?? own;
  if (!population) {
    part.recognised.push(
      `Rates (${rates.map((c) => `"${c.name}"`).join(", ")}): not checked, as no population table was given.`,
    );
    return part;
  }
  const byName = new Map(population.areas.map((a) => [nameKey(a.name), a.values]));
  // Each row's population is looked up once, not again for every count and population column tried.
  const rowPops = table.rows.map((row) => byName.get(nameKey(row.name)) ?? null);
  const pops = (r: number) => rowPops[r];
  const counts = table.columns.filter((c) => c.role === "period" || c.role === "count");
  const unnamed = table.rows.filter((row, r) => pops(r) === null && row.name !== "").map((row) => `"${row.name}"`);
  for (const rate of rates) {
    const empty = emptyColumnNote(table, rate);
    if (empty) {
      part.recognised.push(empty);
      continue;
    }
    const ordered = [
      ...counts.filter((c) => c.time !== null && c.time === rate.time),
      ...counts.filter((c) => c.time === null || c.time !== rate.time),
    ];
    const tries = ordered.flatMap((count) => population.columns.map((_, p) => ({ count, p })));
    const rateOf = (r: number, t: { count: CheckColumn; p: number }) => {
      const count = table.rows[r].cells[t.count.index].value;
      const pop = pops(r)?.[t.p] ?? null;
      return count === null || pop === null || count < 0 || pop <= 0 ? null : ratePer(count, pop, rate.per ?? 1000);
    };
    const best = bestChoice(tries, (t) =>
      columnAgreement(table.rows, rate.index, (r) => rateOf(r, t), agreesAtPrecision),
    );
    if (!best) {
      part.recognised.push(
        `"${rate.name}": not checked, as no count column and population column give it in most rows.`,
      );
      continue;
    }
    const per = (rate.per ?? 1000).toLocaleString("en-GB");
    part.recognised.push(
      `"${rate.name}" is "${best.choice.count.name}" per ${per} of the population column ${population.columns[best.choice.p]} (it agrees in ${best.agreed} of ${best.tried} rows).`,
    );
    table.rows.forEach((row, r) => {
      const right = rateOf(r, best.choice);
      const printed = row.cells[rate.index];
      if (right === null || printed.value === null) return;
      part.checked++;
      if (agreesAtPrecision(printed, right)) return;
      const text = printedLike(right, printed);
      const pop = pops(r)?.[best.choice.p] as number;
      part.findings.push(
        makeFinding(
          table,
          r,
          rate.index,
          text,
          `${row.cells[best.choice.count.index].value} / ${pop} x ${per} = ${text}`,
        ),
      );
    });
  }
  if (unnamed.length > 0)
    part.recognised.push(`The population table does not name ${namesListed(unnamed, 5)}: their rates are not checked.`);
  return part;
}

/** The table's own population columns as a population table (each row its own area), or null when it has none. */
function ownPopulation(table: CheckTable): PopulationTable | null {
  const columns = table.columns.filter((c) => c.role === "population");
  if (columns.length === 0) return null;
  return {
    columns: columns.map((c) => c.name),
    areas: table.rows.map((row) => ({
      name: row.name,
      code: "",
      values: columns.map((c) => row.cells[c.index].value),
    })),
  };
}
