import { displayText } from "../../src/excel/display-text";

describe("displayText", () => {
  it("shows signed changes as Excel does with +#,##0;-#,##0;0", () => {
    expect(displayText(2645, "+#,##0;-#,##0;0")).toBe("+2,645");
    expect(displayText(-3, "+#,##0;-#,##0;0")).toBe("-3");
    expect(displayText(0, "+#,##0;-#,##0;0")).toBe("0");
  });

  it("shows fractions as signed percentages with one decimal", () => {
    expect(displayText(0.286, "+0.0%;-0.0%;0.0%")).toBe("+28.6%");
    expect(displayText(-0.006, "+0.0%;-0.0%;0.0%")).toBe("-0.6%");
    expect(displayText(0, "+0.0%;-0.0%;0.0%")).toBe("0.0%");
    expect(displayText(0.378, "0.0%")).toBe("37.8%");
  });

  it("shows plain numbers, text, booleans and month dates", () => {
    expect(displayText(13594, "0")).toBe("13594");
    expect(displayText(61.04, "0.0")).toBe("61.0");
    expect(displayText(-2.5, "0")).toBe("-3");
    expect(displayText("=1+1", "@")).toBe("=1+1");
    expect(displayText(true, "General")).toBe("TRUE");
    expect(displayText(0.1 + 0.2, "General")).toBe("0.3");
    expect(displayText(43009, "mmm yyyy")).toBe("Oct 2017"); // serial 43009 = 1 October 2017
    expect(displayText(43009, "mmm-yy")).toBe("Oct-17");
  });
});
