import type { RuleInput } from "..";

/**
 * The side of the centre line each point of a group is on: +1 above, -1 below, 0 on it. Every run and
 * zone rule asks this of every point, so `signalCodes` works it once per series and hands it to the
 * rules in `RuleInput.sides`; a rule called on its own works it here. The sign is taken as
 * Number(above) - Number(below), which the compiler turns into arithmetic with no branch: on a noisy
 * series the side flips at random and a branch per point (as Math.sign compiles to) is mispredicted
 * about half the time, which made this pass several times slower. The centre line is the group's,
 * read once.
 *
 * Missing values: none; the series has been checked. A centre line that is not a number (only possible
 * after overflow) puts the point on no side, 0.
 *
 * @param input the series, its centre line and the group [start, end)
 * @param sides written in place when given (one entry per point of the whole series); a new array otherwise
 * @returns `sides`, with entries start .. end - 1 set
 * @throws never
 * @example
 * // values [6, 5, 4] with centre line 5 => sides [1, 0, -1]
 */
export function centreSides(input: RuleInput, sides = new Int8Array(input.values.length)): Int8Array {
  const { values, start, end } = input;
  const centreLine = input.limits.centreLine;
  for (let i = start; i < end; i++) sides[i] = Number(values[i] > centreLine) - Number(values[i] < centreLine);
  return sides;
}
