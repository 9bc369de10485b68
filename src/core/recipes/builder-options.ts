import { divisionsOf, groupingOf } from "./read-options";
import type { OptionName, OptionSchema, RecipeOptions } from "./recipe";

/** The tables every recipe reads the same way: a grouping table, a divisions table, parsed and checked. */
const SHARED_READS: Partial<Record<OptionName, (options: RecipeOptions) => unknown>> = {
  grouping: groupingOf,
  divisions: divisionsOf,
};

/**
 * The options of a recipe's table builder, from its declaration: each declared option under its
 * builder's key (`as`, else its name), read by its `read` (a choice turned into what the builder takes),
 * a grouping or divisions table parsed, or else passed as it is. This is the one mapping of options to builders, so a recipe
 * declares what differs and never writes `{ area: o.area, endMonth: o.endMonth, ... }` again.
 *
 * Missing values: an option not given is passed as undefined (or what its `read` makes of it), which
 * every builder takes as its default; options the recipe does not declare are not passed.
 *
 * @param schemas the recipe's declared options
 * @param options the options, checked against those declarations
 * @returns the builder's options, by key
 * @throws whatever an option's `read` throws (an OptionError or InputError naming the option)
 * @example
 * builderOptions([{ ...OPTIONS.years, as: "thirdYear", read: (o) => o.years === 3 }], { years: 3 }); // => { thirdYear: true }
 */
export function builderOptions(schemas: readonly OptionSchema[], options: RecipeOptions): Record<string, unknown> {
  return Object.fromEntries(
    schemas.map((s) => {
      const read = s.read ?? SHARED_READS[s.name];
      return [s.as ?? s.name, read ? read(options) : options[s.name]];
    }),
  );
}
