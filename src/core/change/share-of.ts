import type { PartnerCell } from "../cells";
import { roundHalfAway } from "./round-half-away";

/**
 * A part as a share (in percentage points) of a total: repeat victims of all victims (seed 3.4), repeat
 * MARAC cases of all cases (3.6), young people using a substance of all in treatment at that age (5.5),
 * charges of recorded crimes (3.1). The share is rounded half away from zero to `decimals` places, as
 * Excel's ROUND does.
 *
 * Missing values: a suppressed part or total gives a suppressed share (marker "-", the NDTMS convention for
 * a share of a held-back count) and a not-applicable one a not-applicable share, never 0; a total of 0 is
 * not applicable (a share of nothing). A footnote on the part or total ("10*") is carried to the share.
 *
 * @param part the part, read by `partnerCell` (or a plain number)
 * @param total the total it is a share of
 * @param decimals places to round to (default 1)
 * @returns the share as a cell: a number in percentage points, or suppressed / not applicable
 * @throws {RangeError} when `decimals` is not a whole number from 0 to 10
 * @example
 * shareOf(58, 177, 0); // => { kind: "number", value: 33 } (seed 3.6: 58 repeat cases of 177)
 * shareOf({ kind: "suppressed", marker: "*" }, 352); // => { kind: "suppressed", marker: "-" }
 */
export function shareOf(part: PartnerCell | number, total: PartnerCell | number, decimals = 1): PartnerCell {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10)
    throw new RangeError(`decimals must be 0 to 10, not ${decimals}.`);
  const p = asCell(part);
  const t = asCell(total);
  if (p.kind === "suppressed" || t.kind === "suppressed") return { kind: "suppressed", marker: "-" };
  if (p.kind === "notApplicable")
    return { kind: "notApplicable", marker: p.marker || "n/a", ...(p.footnote ? { footnote: p.footnote } : {}) };
  if (t.kind === "notApplicable" || t.value === 0) return { kind: "notApplicable", marker: "n/a" };
  const footnote = (p.footnote ?? "") + (t.footnote && t.footnote !== p.footnote ? t.footnote : "");
  return {
    kind: "number",
    value: roundHalfAway((p.value / t.value) * 100, decimals),
    ...(footnote ? { footnote } : {}),
  };
}

function asCell(value: PartnerCell | number): PartnerCell {
  return typeof value === "number" ? { kind: "number", value } : value;
}
