import { optionRef } from "..";
import { InputError } from "..";
import { monthLabel } from "../periods";
import type { CountCube } from "./count-cube";
import { nameKey } from "./name-key";

/**
 * The count cube without the file's own total row, when the data hold a row named as the table's total
 * ("All Kent" with `--total-label "All Kent"`, seed 3.2): a partner's table carries its total as one
 * more row, which read as an area would count every admission twice. The row is checked against the
 * other rows before it is left out: in every category and period they must add up to it exactly, or the
 * table is refused, naming the period and both numbers, because a total that is not the sum of its
 * rows means a row is missing or mistyped and either reading could be wrong.
 *
 * Missing values: a period the total row holds but no other row does (or the reverse) counts 0 on the
 * missing side, so it is refused as a difference.
 *
 * @param cube the count cube of the data
 * @param totalLabel the total row's label as the analyst gives it; null or absent for none
 * @returns the cube without the total row (the same cube when no row has that name)
 * @throws {InputError} when the other rows do not add up to the total row
 * @example
 * withoutFileTotal(countCube(hospitalAdmissions), "All Kent").areas; // => ["Ashford", ..., "Tunbridge Wells"]
 */
export function withoutFileTotal(cube: CountCube, totalLabel: string | null | undefined): CountCube {
  if (!totalLabel) return cube;
  const total = cube.areas.findIndex((a) => nameKey(a) === nameKey(totalLabel));
  if (total < 0) return cube;
  const keep = cube.areas.map((_, a) => a).filter((a) => a !== total);
  const block = cube.categories.length * cube.monthCount;
  const counts = new Float64Array(keep.length * block);
  keep.forEach((a, i) => counts.set(cube.counts.subarray(a * block, (a + 1) * block), i * block));
  checkTotal(cube, total, counts);
  const own = cube.ownAreas ? { ownAreas: keep.map((a) => cube.ownAreas?.[a] ?? false) } : {};
  return { ...cube, areas: keep.map((a) => cube.areas[a]), counts, ...own };
}

function checkTotal(cube: CountCube, total: number, rest: Float64Array): void {
  const block = cube.categories.length * cube.monthCount;
  for (let c = 0; c < cube.categories.length; c++) {
    for (let m = 0; m < cube.monthCount; m++) {
      const at = c * cube.monthCount + m;
      let sum = 0;
      for (let a = 0; a * block < rest.length; a++) sum += rest[a * block + at];
      const given = cube.counts[total * block + at];
      if (Math.abs(sum - given) > 1e-9 * Math.max(1, Math.abs(given))) {
        const where = `${cube.categories[c]}, the period from ${monthLabel(cube.firstMonth + m)}`;
        throw new InputError(
          `The row "${cube.areas[total]}" is taken as the file's total (${optionRef("totalLabel")}), but the other rows do not add up to it: ${where} holds ${given} there and ${sum} in the other rows. Correct the file, or give another ${optionRef("totalLabel")} to read "${cube.areas[total]}" as an area.`,
        );
      }
    }
  }
}
