import { uniqueSheetName } from "../../../src/core/house-style/unique-sheet-name";

describe("uniqueSheetName", () => {
  it("keeps a free name and numbers a taken one, ignoring case as Excel does", () => {
    expect(uniqueSheetName("Volume by type", ["Data"])).toBe("Volume by type");
    expect(uniqueSheetName("Volume by type", ["volume BY type", "Volume by type (2)"])).toBe("Volume by type (3)");
  });

  it("cuts a long name so that the number still fits in 31 characters", () => {
    const long = "Rolling year by area and category, Newport";
    const first = uniqueSheetName(long, []);
    expect(first).toBe(long.slice(0, 31).trim());
    const second = uniqueSheetName(long, [first]);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });

  it("removes characters Excel forbids", () => {
    expect(uniqueSheetName("Rate: per 1,000 [Kent]", [])).toBe("Rate  per 1,000  Kent");
  });
});
