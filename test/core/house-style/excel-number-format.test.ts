import { excelNumberFormat } from "../../../src/core/house-style/excel-number-format";

describe("excelNumberFormat", () => {
  it("signs changes and % changes with the formats the house style asks for", () => {
    expect(excelNumberFormat({ kind: "change", value: 2645 })).toBe("+#,##0;-#,##0;0");
    expect(excelNumberFormat({ kind: "percentChange", value: 28.6 })).toBe("+0.0%;-0.0%;0.0%");
  });

  it("groups thousands in counts like the changes beside them, and not in ranks", () => {
    expect(excelNumberFormat({ kind: "count", value: 13594 })).toBe("#,##0");
    expect(excelNumberFormat({ kind: "rank", value: 6 })).toBe("0");
  });

  it("gives rates one decimal and other numbers two unless the cell says otherwise", () => {
    expect(excelNumberFormat({ kind: "rate", value: 68.2 })).toBe("0.0");
    expect(excelNumberFormat({ kind: "number", value: 1.5 })).toBe("0.00");
    expect(excelNumberFormat({ kind: "rate", value: 68, decimals: 0 })).toBe("0");
    expect(excelNumberFormat({ kind: "number", value: 1.5, decimals: 3 })).toBe("0.000");
  });

  it("leaves text cells General", () => {
    expect(excelNumberFormat({ kind: "text", value: "Maidstone" })).toBe("General");
  });
});
