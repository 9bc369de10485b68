import type { PartnerCell } from "../cells";

/** Outcome counts by force and period, as either reader makes them, for the outcomes table's layout. */
export interface OutcomeCounts {
  /** The periods' headings, latest first, and their months where known. */
  periods: { label: string; first?: number; last?: number }[];
  /** The forces (rows), in table order. */
  forces: string[];
  /** The heading of the base: "Recorded crimes", or the partner's ("Recorded VATP crimes"). */
  baseLabel: string;
  /** The groups (outcomes) counted, in table order. */
  groups: string[];
  /** force -> the base (recorded crimes) of each period. */
  bases: Map<string, PartnerCell[]>;
  /** force -> group -> the crimes of each period with an outcome of the group. */
  parts: Map<string, Map<string, PartnerCell[]>>;
  /** What was read and left out, for the table's notes. */
  notes: string[];
  /** The source line. */
  source: string;
}
