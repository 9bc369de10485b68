import { variationColour } from "../../../src/core/spc/variation-colour";

describe("variationColour", () => {
  it("gives NHSRplotthedots' MDC colours: grey, orange, blue, purple", () => {
    expect(variationColour("Common cause")).toBe("A6A6A6");
    expect(variationColour("Special cause concern (low)")).toBe("E46C0A");
    expect(variationColour("Special cause improvement (low)")).toBe("00B0F0");
    expect(variationColour("Special cause neither (high)")).toBe("490092");
  });
});
