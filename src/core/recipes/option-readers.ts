import { OptionError } from "..";
import type { SpcRules } from "../spc";
import type { SpcSeriesOptions } from "../tables";

// The readers the shared declarations (options.ts) name: they import no table code, so the declarations
// load before the recipes and builders that use them, whichever module is loaded first.

/** True for 3 years; the schema has checked it is 2 or 3. */
export function threeYears(years: number | null | undefined): boolean {
  return years === 3;
}

/** The SPC rules preset chosen (any case), or undefined for the default (MDC). */
export function spcRules(rules: string | null | undefined): { rules: SpcRules } | undefined {
  const preset = (rules ?? "").trim().toUpperCase();
  return preset === "" ? undefined : { rules: preset as SpcRules };
}

/** "none": no automatic step changes; "auto": a sustained shift; "kent5": Kent's 5 data point step change;
 * a whole number from 2: that many points in a row, and periods of that many months or more (or the minSegment option). */
export function stepsOption(steps: string | null | undefined): StepOptions {
  const text = (steps ?? "").trim().toLowerCase();
  if (text === "" || text === "auto" || text === "sustained") return {};
  if (text === "none") return { autoSteps: false };
  if (text === "kent5") return { stepRule: "kent5" };
  if (/^\d+$/.test(text) && Number(text) >= 2) return { stepPoints: Number(text) };
  throw new OptionError(
    `Steps must be none, auto or a number of points from 2 up, not "${steps}" (or kent5, Kent's 5 data point step change).`,
  );
}

/**
 * The options of the SPC charts or their summary from those the declarations map: the step changes
 * chosen (`stepsOption`, under "steps") spread into the builder's own step options.
 *
 * @param options the mapped options
 * @returns the builder's options
 * @example
 * withSteps({ area: "Maidstone", steps: { stepRule: "kent5" } }); // => { area: "Maidstone", stepRule: "kent5" }
 */
export function withSteps({ steps, ...options }: SpcSeriesOptions & { steps?: StepOptions }): SpcSeriesOptions {
  return { ...options, ...steps };
}

/** The step options of the SPC builders that the steps option chooses. */
type StepOptions = Pick<SpcSeriesOptions, "autoSteps" | "stepPoints" | "stepRule">;
