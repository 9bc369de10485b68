import { wordNumberText } from "../../src/export/word-number-text";

describe("wordNumberText (issue 22 item 5: thousands separators in Word as in Excel)", () => {
  it("groups counts, changes, rates and numbers as Excel's #,##0 does", () => {
    expect(wordNumberText("13594", "count")).toBe("13,594");
    expect(wordNumberText("+2645", "change")).toBe("+2,645");
    expect(wordNumberText("-12345", "change")).toBe("-12,345");
    expect(wordNumberText("1118.8", "number")).toBe("1,118.8");
    expect(wordNumberText("1234567", "count")).toBe("1,234,567");
  });

  it("leaves short numbers, percentages, ranks, N/A and footnote marks alone", () => {
    expect(wordNumberText("999", "count")).toBe("999");
    expect(wordNumberText("+1404.5%", "percentChange")).toBe("+1404.5%");
    expect(wordNumberText("1234", "rank")).toBe("1234");
    expect(wordNumberText("N/A*", "count")).toBe("N/A*");
    expect(wordNumberText("7814†", "count")).toBe("7,814†");
  });
});
