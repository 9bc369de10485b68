import fc from "fast-check";
import { latestSignal } from "../../../src/core/spc/latest-signal";
import { signalCodes } from "../../../src/core/spc/signal-codes";
import { SPC_RULES, SPC_SIGNALS } from "../../../src/core/spc/types";

/** Lines around a centre line at `sigma` steps, limits at 3 sigma. */
const linesAt = (centreLine: number, sigma: number) => ({
  centreLine,
  sigma,
  lowerLimit: centreLine - 3 * sigma,
  upperLimit: centreLine + 3 * sigma,
});

describe("latestSignal", () => {
  it("reads a run of 6 at the end of a long group for MDC, and WECO's run of 8 from its last 8 points", () => {
    const values = Float64Array.from([...new Array(40).fill(4), 4, 6, 6, 6, 6, 6, 6]);
    expect(latestSignal(values, linesAt(5, 1), "MDC")).toBe("Run above");
    expect(latestSignal(values, linesAt(5, 1), "WECO")).toBe(""); // 6 above, not 8
    expect(latestSignal(Float64Array.from([4, 6, 6, 6, 6, 6, 6, 6, 6]), linesAt(5, 1), "WECO")).toBe("Run above");
  });

  it("gives the latest point the label signalCodes gives it over the whole group, for every preset", () => {
    const group = fc.record({
      values: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 60 }),
      centreLine: fc.integer({ min: 2, max: 6 }),
      sigma: fc.constantFrom(1 / 3, 0.5, 1, 1.5),
      rules: fc.constantFrom(...SPC_RULES),
    });
    fc.assert(
      fc.property(group, ({ values, centreLine, sigma, rules }) => {
        const series = Float64Array.from(values);
        const codes = signalCodes(series, [{ start: 0, end: series.length }], [linesAt(centreLine, sigma)], rules);
        expect(latestSignal(series, linesAt(centreLine, sigma), rules)).toBe(SPC_SIGNALS[codes[codes.length - 1]]);
      }),
      { numRuns: 1000 },
    );
  });
});
