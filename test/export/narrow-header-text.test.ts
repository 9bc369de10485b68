import { narrowHeaderText } from "../../src/export/narrow-header-text";

describe("narrowHeaderText (issue 22 item 5: no Septem/ber)", () => {
  it("writes a long month name short when it does not fit the column", () => {
    // 9 pt bold: "September" is 9 x 9 x 20 x 0.62 = 1004 twips, more than 971 - 160
    expect(narrowHeaderText("September", 971, 18, 160)).toBe("Sep");
    expect(narrowHeaderText("RY ending September 2024", 971, 18, 160)).toBe("RY ending Sep 2024");
  });

  it("keeps the long name where it fits", () => {
    expect(narrowHeaderText("September 2024", 1400, 18, 160)).toBe("September 2024");
  });

  it("leaves a header without a month name alone", () => {
    expect(narrowHeaderText("Number change", 500, 18, 160)).toBe("Number change");
  });
});
