/**
 * The significance level used when the analyst asks for significance without giving a level (the
 * exact test for two Poisson counts in the tables, the key findings' wording, the wizard's check box):
 * the conventional 5%, so a change is called significant when a change as large would arise by chance
 * less than one time in twenty. One home, so the tables, findings and front ends cannot disagree.
 */
export const SIGNIFICANCE_LEVEL = 0.05;
