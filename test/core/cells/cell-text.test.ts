import { cellText } from "../../../src/core/cells/cell-text";

describe("cellText", () => {
  it("trims strings and writes numbers and booleans as Excel shows them", () => {
    expect([cellText(" a "), cellText(12.5), cellText(true), cellText(false)]).toEqual(["a", "12.5", "TRUE", "FALSE"]);
  });

  it("gives blank for blanks, null, undefined and NaN", () => {
    expect([cellText(""), cellText(null), cellText(undefined), cellText(NaN)]).toEqual(["", "", "", ""]);
  });

  it("writes a Date as its ISO day", () => {
    expect(cellText(new Date(Date.UTC(2017, 9, 1)))).toBe("2017-10-01");
  });
});
