import { inSentence } from "../../../src/core/change/in-sentence";

describe("inSentence", () => {
  it("makes the first letter small but keeps an abbreviation and the names inside", () => {
    expect(inSentence("Recorded VATP crimes")).toBe("recorded VATP crimes");
    expect(inSentence("Recorded crimes (Violence and sexual offences)")).toBe(
      "recorded crimes (Violence and sexual offences)",
    );
    expect(inSentence("MARAC cases")).toBe("MARAC cases");
    expect(inSentence("")).toBe("");
  });
});
