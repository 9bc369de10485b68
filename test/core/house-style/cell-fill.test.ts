import fc from "fast-check";
import { cellFill } from "../../../src/core/house-style/cell-fill";

describe("cellFill", () => {
  it("passes on six hex digits in either case", () => {
    expect(cellFill({ kind: "text", value: "Improving", fill: "00B0F0" })).toBe("00B0F0");
    expect(cellFill({ kind: "count", value: 3, fill: "ffc000" })).toBe("ffc000");
  });

  it("drops a fill that is not six hex digits", () => {
    for (const fill of ["red", "#00B0F0", "00B0F", "00B0F00", "00B0FG", " 00B0F0", ""])
      expect(cellFill({ kind: "text", value: "x", fill })).toBeNull();
  });

  it("gives null for no cell and a cell without a fill", () => {
    expect(cellFill(undefined)).toBeNull();
    expect(cellFill({ kind: "count", value: 1 })).toBeNull();
  });

  it("returns either the fill as given or null, and never text that could end a style or attribute (property)", () => {
    fc.assert(
      fc.property(fc.string(), (fill) => {
        const out = cellFill({ kind: "text", value: "", fill });
        return out === null || (out === fill && /^[0-9a-fA-F]{6}$/.test(out));
      }),
    );
  });
});
