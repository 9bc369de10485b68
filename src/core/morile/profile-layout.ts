import type { MorileRules } from "./profile";

/**
 * The worksheet layout of a MoRiLE profile, shared by `readProfile` and `writeProfile` so the two cannot
 * drift apart. Four columns, read from the range's top-left; column A says what each row is:
 *
 * ```
 *      A                  B                  C                 D
 *  1   MoRiLE profile     Illustrative
 *  2   Statement          Illustrative - not the official MoRiLE values ...
 *  3   Note               (any text; Note rows are ignored)
 *  5   Combining rules    Rule               What it combines
 *  6   Harm               sum
 *  7   Likelihood         sum
 *  8   Risk               product
 *  9   Confidence         sum
 * 10   Organisational position  sum
 * 11   Final score        product
 * 13   Band               Minimum score      Fill
 * 14   High               1000               #F8CBAD
 * 15   Medium             400                #FFE699
 * 16   Low                0                  #C6EFCE
 * 18   Criterion          Section            Level             Points
 * 19   Physical harm      Harm               Low               1
 * 20                                         Moderate          2
 * ...
 * ```
 *
 * The heading rows (MoRiLE profile, Statement, Note, Combining rules, Band, Criterion) may come in any
 * order; blank rows are skipped. A criterion's first level sits on its own row and its other levels on
 * the rows below with column A blank, so each criterion's labels are one block of column C that a
 * drop-down can point at.
 */

export const HEADING = {
  profile: "MoRiLE profile",
  statement: "Statement",
  note: "Note",
  rules: "Combining rules",
  bands: "Band",
  criteria: "Criterion",
} as const;

/** The rows of the Combining rules block, in the order the writer puts them. */
export const RULE_ROWS: readonly { key: keyof MorileRules; label: string; combines: string }[] = [
  { key: "harm", label: "Harm", combines: "the harm criteria into the harm score" },
  { key: "likelihood", label: "Likelihood", combines: "the likelihood criteria into the likelihood score" },
  { key: "risk", label: "Risk", combines: "harm and likelihood into the risk score" },
  { key: "confidence", label: "Confidence", combines: "the confidence criteria into the confidence score" },
  {
    key: "organisational",
    label: "Organisational position",
    combines: "the capacity and capability criteria into the organisational position",
  },
  { key: "final", label: "Final score", combines: "risk, confidence and organisational position into the final score" },
];

/** The column (0-based, from the range's left edge) of each field. */
export const COLUMN = { key: 0, value: 1, third: 2, level: 2, points: 3 } as const;

/** The layout is four columns wide. */
export const LAYOUT_WIDTH = 4;
