/**
 * Properties of every registered custom function (issue 15): whatever arguments Excel passes (numbers,
 * huge and tiny ones, NaN and Infinity, text, booleans, error cells, omitted arguments, ranges of every
 * shape, blank cells as 0, null or ""), a call returns a value a cell can show or an Excel error value
 * whose message names what is wrong, and never crashes, hangs or puts a number that is not finite in a
 * cell. The functions are found from the sources (registered-functions.ts), so one added later is covered
 * without an edit here. `npm run fuzz` runs the same generator for much longer.
 */
import fc from "fast-check";
import { argumentsFor, BLANK_CONVENTIONS, outcomeOf } from "./excel-arguments";
import { registeredFunctions } from "./registered-functions";

const functions = registeredFunctions();

describe("every custom function", () => {
  it("is found from the sources, the SPC and MoRiLE functions among them", () => {
    expect(functions.length).toBeGreaterThanOrEqual(18);
    expect(functions.map((f) => f.id)).toEqual(expect.arrayContaining(["SPC.SIGNALS", "MORILE.DETAIL", "ROLLINGYEAR"]));
  });

  it.each(functions.map((f) => [f.id, f]))(
    "CSP.%s gives a value or an error value with a helpful message for any arguments",
    (_id, fn) => {
      fc.assert(
        fc.property(argumentsFor(fn), (args) => {
          const outcome = outcomeOf(fn, args);
          if (outcome.kind === "other") throw new Error(outcome.what);
        }),
        { numRuns: 150, seed: 15 },
      );
    },
  );

  it.each(functions.map((f) => [f.id, f]))(
    "CSP.%s treats a call whose every argument is a blank cell as an error or a value, under each blank convention",
    (_id, fn) => {
      for (const blank of BLANK_CONVENTIONS) {
        const args = fn.parameters.map((p) => (p.kind === "range" ? [[blank], [blank]] : blank));
        expect(outcomeOf(fn, args).kind).not.toBe("other");
      }
    },
  );

  // Issue 24, item 7: with every single-value parameter declared any, a blank reaches the function as null or ""
  // (0 only on the older builds), and a required one left blank is an error with a message, never a figure.
  const withRequiredScalar = functions.filter((f) => f.parameters.some((p) => p.kind === "scalar" && !p.optional));
  it.each(withRequiredScalar.map((f) => [f.id, f]))(
    'CSP.%s is an error with a message, not a figure, when its required single arguments are blank (null or "")',
    (_id, fn) => {
      for (const blank of [null, ""]) {
        const args = fn.parameters.map((p) =>
          p.kind === "range" ? [[1], [2], [3], [4], [5], [6]] : p.optional ? null : blank,
        );
        const outcome = outcomeOf(fn, args);
        expect(outcome.kind).toBe("error");
        if (outcome.kind === "error") expect(outcome.message).toMatch(/blank|not a number|must be/);
      }
    },
  );
});
