import fc from "fast-check";
import { formulaSafeText } from "../../../src/core/house-style/formula-safe-text";

describe("formulaSafeText", () => {
  it("puts an apostrophe before each text OWASP lists as a formula start", () => {
    expect(
      ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\t=1", "\r=1"].map(formulaSafeText),
    ).toEqual(['\'=HYPERLINK("http://x","y")', "'+cmd|' /C calc'!A0", "'@SUM(1)", "'-2+3", "'\t=1", "'\r=1"]);
  });

  it("writes a house-style sub-category so Excel reads it as text", () => {
    expect(formulaSafeText("- Robbery")).toBe("'- Robbery");
  });

  it("leaves other texts, and the empty text, as they are", () => {
    expect(["Burglary", "Maidstone 014C", "", " =1", "Shepway (Folkestone)"].map(formulaSafeText)).toEqual([
      "Burglary",
      "Maidstone 014C",
      "",
      " =1",
      "Shepway (Folkestone)",
    ]);
  });

  it("never returns a text that starts like a formula (property)", () => {
    fc.assert(
      fc.property(
        fc.string(),
        (text) => !/^[=+\-@\t\r]/.test(formulaSafeText(text)) && formulaSafeText(text).endsWith(text),
      ),
    );
  });
});
