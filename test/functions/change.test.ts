import { errorOf } from "./error-of";
import { pctChange } from "../../src/functions/functions";

describe("CSP.PCTCHANGE", () => {
  it("gives 28.6 for victim based crime, 11890 against 9245 (seed section 2.6)", () => {
    expect(pctChange(11890, 9245)).toBe(28.6);
  });

  it("gives 32.4 for all crime, 13594 against 10271 (seed section 2.1)", () => {
    expect(pctChange(13594, 10271)).toBe(32.4);
  });

  it("gives -0.6 for theft from motor vehicle, 501 against 504", () => {
    expect(pctChange(501, 504)).toBe(-0.6);
  });

  it("returns #N/A with its reason when the old value is 0 (Excel drops the message of a #DIV/0!)", () => {
    const error = errorOf(() => pctChange(5, 0));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("old is 0: a change from zero has no percentage.");
  });

  it("returns #VALUE! naming the argument when either value is text", () => {
    const first = errorOf(() => pctChange("N/A" as unknown as number, 10));
    expect(first.code).toBe("#VALUE!");
    expect(first.message).toMatch(/^new /);
    const second = errorOf(() => pctChange(10, "ten" as unknown as number));
    expect(second.code).toBe("#VALUE!");
    expect(second.message).toMatch(/^old .*"ten"/);
  });

  it("uses CustomFunctions.Error when Excel's runtime is present", () => {
    class FakeError extends Error {
      constructor(
        public code: string,
        message?: string,
      ) {
        super(message);
      }
    }
    const globals = globalThis as Record<string, unknown>;
    globals.CustomFunctions = {
      Error: FakeError,
      ErrorCode: { divisionByZero: "#DIV/0!", invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    };
    try {
      const error = errorOf(() => pctChange(1, 0)) as unknown as FakeError;
      expect(error).toBeInstanceOf(FakeError);
      expect(error.code).toBe("#N/A");
      expect(error.message).toMatch(/^old is 0/);
    } finally {
      delete globals.CustomFunctions;
    }
  });
});

describe("CSP.PCTCHANGE and CSP.CHANGETEXT at the edge of the number range (issue 15)", () => {
  it("give #NUM!, never Infinity or the text +Infinity", () => {
    expect(errorOf(() => pctChange(1e308, 1)).code).toBe("#NUM!");
  });
});
