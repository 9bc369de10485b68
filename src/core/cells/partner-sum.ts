import type { PartnerCell } from "./partner-cell";

/**
 * The sum of a partner's cells (a total row, a share's base): held back when any part is held back, since
 * the total would give the held-back count away or understate it; n/a when no part has a figure; else the
 * sum of the figures, the n/a parts (a service not yet open) counting for nothing.
 *
 * Missing values: n/a cells are left out of the sum; a suppressed cell suppresses the sum.
 *
 * @param cells the cells to add up
 * @returns the sum as a partner cell
 * @throws never
 * @example
 * partnerSum([{ kind: "number", value: 3 }, { kind: "notApplicable", marker: "n/a" }]); // => { kind: "number", value: 3 }
 */
export function partnerSum(cells: readonly PartnerCell[]): PartnerCell {
  if (cells.some((c) => c.kind === "suppressed")) return { kind: "suppressed", marker: "*" };
  const numbers = cells.filter((c): c is Extract<PartnerCell, { kind: "number" }> => c.kind === "number");
  return numbers.length === 0
    ? { kind: "notApplicable", marker: "n/a" }
    : { kind: "number", value: numbers.reduce((s, c) => s + c.value, 0) };
}
