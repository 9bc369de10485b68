import { guard } from "../../src/functions/excel-error";
import { InputError } from "../../src/core/errors";
import { optionRef } from "../../src/core/remedy";
import { errorOf } from "./error-of";

describe("a custom function's error message", () => {
  it("says core's remedies in plain words, naming neither a CLI flag nor a wizard field", () => {
    const error = errorOf(() =>
      guard(() => {
        throw new InputError(`choose the column of counts (${optionRef("countColumn")}).`);
      }),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("choose the column of counts (the count column option).");
  });
});
