import { rowTexts } from "../../src/export/row-texts";

describe("rowTexts", () => {
  it("prefixes a sub-category's label with '- ' as the seed prints '- Robbery'", () => {
    // Seed table 2.6: "- Robbery  9  99  69  +30  +43.5%".
    expect(
      rowTexts({
        level: 1,
        kind: "data",
        cells: [
          { kind: "text", value: "Robbery" },
          { kind: "count", value: 9 },
          { kind: "count", value: 99 },
          { kind: "count", value: 69 },
          { kind: "change", value: 30 },
          { kind: "percentChange", value: 43.5 },
        ],
      }),
    ).toEqual(["- Robbery", "9", "99", "69", "+30", "+43.5%"]);
  });

  it("leaves a category's label as it is and shows N/A with its footnote", () => {
    expect(
      rowTexts({
        level: 0,
        kind: "data",
        cells: [
          { kind: "text", value: "Burglary Residential" },
          { kind: "count", value: null, footnote: "*" },
        ],
      }),
    ).toEqual(["Burglary Residential", "N/A*"]);
  });

  it("prefixes only the label, not a text cell further along", () => {
    expect(
      rowTexts({
        level: 1,
        kind: "data",
        cells: [
          { kind: "text", value: "2017-10" },
          { kind: "text", value: "Above UCL" },
        ],
      }),
    ).toEqual(["- 2017-10", "Above UCL"]);
  });
});
