import { counted } from "../../../src/core/tables/counted";

describe("counted", () => {
  const categories = ["Anti-social behaviour", "Burglary", "Drugs"];

  it("names crimes as crimes, with All crime leaving anti-social behaviour out", () => {
    expect(counted({ kind: "crimes", categories })).toEqual({
      noun: "crimes",
      total: "All crime",
      crimes: true,
      totalIndices: [1, 2],
    });
  });

  it.each([
    ["searches", "searches", "All searches"],
    ["outcomes", "outcomes", "All outcomes"],
    ["asb", "incidents", "All anti-social behaviour"],
    ["counts", "records", "Total"],
  ] as const)("names %s in its own words, with a total of every category", (kind, noun, total) => {
    expect(counted({ kind, categories })).toEqual({ noun, total, crimes: false, totalIndices: [0, 1, 2] });
  });

  it("names a single series of other counts after its category (the count column of month,count)", () => {
    expect(counted({ kind: "counts", categories: ["count"] }).total).toBe("count");
  });
});
