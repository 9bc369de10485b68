import { textSafeFormats } from "../../src/excel/text-safe-formats";

describe("textSafeFormats", () => {
  it("formats every string cell as Text so that = + - @ stay text", () => {
    expect(textSafeFormats([["=1+1", "+x", "-x", "@x", "plain", 3, "", true]])).toEqual([
      ["@", "@", "@", "@", "@", "General", "General", "General"],
    ]);
  });

  it("leaves formulas as formulas when writing formulas", () => {
    expect(textSafeFormats([["=A1*2", "label", 4]], true)).toEqual([["General", "@", "General"]]);
  });
});
