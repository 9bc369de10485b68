import { formatCell } from "../../../src/core/house-style/format-cell";
import { excelNumberFormat } from "../../../src/core/house-style/excel-number-format";

describe("formatCell shares", () => {
  it("shows a share with one decimal by default, as seed 2.4 prints 37.8%", () => {
    expect(formatCell({ kind: "percent", value: 37.8 })).toBe("37.8%");
  });

  it("shows a share with its own decimals, as seed 5.5 prints whole percentages (70%, 1%*)", () => {
    expect(formatCell({ kind: "percent", value: 70.17, decimals: 0 })).toBe("70%");
    expect(formatCell({ kind: "percent", value: 1, decimals: 0, footnote: "*" })).toBe("1%*");
    expect(excelNumberFormat({ kind: "percent", value: 70, decimals: 0 })).toBe("0%");
    expect(excelNumberFormat({ kind: "percent", value: 70 })).toBe("0.0%");
  });
});
