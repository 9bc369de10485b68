import type { MorileCriterion, MorileLevel, MorileProfile, MorileSection } from "./profile";

/** The statement that goes with the built-in profile wherever it appears. */
export const ILLUSTRATIVE_STATEMENT =
  "Illustrative - not the official MoRiLE values. The structure follows public descriptions of MoRiLE; " +
  "every level, point, rule and band here was chosen by the toolkit's authors. Replace them with the values " +
  "of the MoRiLE workbook your county community safety unit gave you.";

const SEVERITY = levels("Low", "Moderate", "Significant", "Severe");

/**
 * The built-in MoRiLE profile, named "Illustrative". Its structure is the confirmed public one (harm:
 * physical, psychological, financial, community and environment, geographic scope; likelihood: frequency,
 * victim vulnerability; confidence; organisational position: capacity, capability). Its numbers are our
 * own choice, not the official MoRiLE scoring, which is not public:
 * - every level is worth 1 to 4 (1 to 3 for confidence and organisational position), never 0, so a
 *   blank cell (which Excel passes to a function as 0) reads as a missing rating, not as a level;
 * - harm and likelihood are sums, risk is harm x likelihood (the usual impact x likelihood), and the
 *   final score is risk x confidence x organisational position;
 * - organisational position scores the gap in the partnership's capacity and capability: a larger gap
 *   scores higher, so the theme rises up the list (the direction MoRiLE uses is not public);
 * - bands: High from 1000, Medium from 400, Low below that (scores run from 20 to 2880).
 *
 * @returns a fresh copy of the profile, safe to change
 * @throws never
 * @example
 * illustrativeProfile().criteria.map((c) => c.name)[0]; // => "Physical harm"
 */
export function illustrativeProfile(): MorileProfile {
  return {
    name: "Illustrative",
    statement: ILLUSTRATIVE_STATEMENT,
    criteria: [
      criterion("Physical harm", "harm", SEVERITY),
      criterion("Psychological harm", "harm", SEVERITY),
      criterion("Financial harm", "harm", SEVERITY),
      criterion("Community and environment harm", "harm", SEVERITY),
      criterion("Geographic scope", "harm", levels("Neighbourhood", "Borough", "County", "Regional or national")),
      criterion("Frequency", "likelihood", levels("Rare", "Occasional", "Frequent", "Constant")),
      criterion("Victim vulnerability", "likelihood", levels("Low", "Moderate", "High", "Very high")),
      criterion("Confidence", "confidence", levels("Low", "Medium", "High")),
      criterion("Capacity", "organisational", levels("Sufficient", "Stretched", "Insufficient")),
      criterion("Capability", "organisational", levels("Strong", "Partial", "Weak")),
    ],
    rules: {
      harm: "sum",
      likelihood: "sum",
      risk: "product",
      confidence: "sum",
      organisational: "sum",
      final: "product",
    },
    bands: [
      { name: "High", minimum: 1000, fill: "#F8CBAD" },
      { name: "Medium", minimum: 400, fill: "#FFE699" },
      { name: "Low", minimum: 0, fill: "#C6EFCE" },
    ],
  };
}

/** Levels worth 1, 2, 3 ... in the order given. */
function levels(...labels: string[]): MorileLevel[] {
  return labels.map((label, i) => ({ label, points: i + 1 }));
}

function criterion(name: string, section: MorileSection, scale: MorileLevel[]): MorileCriterion {
  return { name, section, levels: scale.map((level) => ({ ...level })) };
}
