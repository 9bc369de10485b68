import { partnerCell } from "../../../src/core/cells/partner-cell";

describe("partnerCell", () => {
  it("reads printed numbers with thousands commas, signs and a % (seed 1.7, 5.5)", () => {
    expect(partnerCell("2,610")).toEqual({ kind: "number", value: 2610 });
    expect(partnerCell("-5,805")).toEqual({ kind: "number", value: -5805 });
    expect(partnerCell("+ 24")).toEqual({ kind: "number", value: 24 });
    expect(partnerCell("37.8%")).toEqual({ kind: "number", value: 37.8 });
    expect(partnerCell(0)).toEqual({ kind: "number", value: 0 });
    expect(partnerCell("0")).toEqual({ kind: "number", value: 0 });
  });

  it("keeps the footnote marker of a number, as seed 5.5's 10* and seed 3.5's 31.1 ⁶", () => {
    expect(partnerCell("10*")).toEqual({ kind: "number", value: 10, footnote: "*" });
    expect(partnerCell("31.1 ⁶")).toEqual({ kind: "number", value: 31.1, footnote: "⁶" });
  });

  it("keeps held-back counts suppressed, never 0", () => {
    for (const marker of ["*", "-", "..", "x", "c"])
      expect(partnerCell(marker)).toEqual({ kind: "suppressed", marker });
  });

  it("keeps n/a, N/A* and blanks not applicable, never 0 (seed 3.5, 2.6)", () => {
    expect(partnerCell("n/a")).toEqual({ kind: "notApplicable", marker: "n/a" });
    expect(partnerCell("N/A*")).toEqual({ kind: "notApplicable", marker: "N/A", footnote: "*" });
    for (const blank of ["", "  ", null, undefined])
      expect(partnerCell(blank)).toEqual({ kind: "notApplicable", marker: "" });
  });

  it("returns other text as not applicable with the text as its marker, for the caller to name", () => {
    expect(partnerCell("closed")).toEqual({ kind: "notApplicable", marker: "closed" });
    expect(partnerCell(Number.NaN)).toEqual({ kind: "notApplicable", marker: "NaN" });
  });
});
