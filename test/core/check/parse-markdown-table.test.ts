import { parseMarkdownTable } from "../../../src/core/check/parse-markdown-table";

describe("reading a Markdown pipe table", () => {
  it("reads the cells, unescaped, and which rows are bold, skipping the title and notes", () => {
    const text =
      "### Cases\n\n| Category | 2022\\* | 2023 |\n| --- | ---: | ---: |\n| - Robbery | 175 | N/A\\* |\n| **Total** | **30900** | **64480** |\n\n\\* A part year.\n";
    expect(parseMarkdownTable(text)).toEqual({
      matrix: [
        ["Category", "2022*", "2023"],
        ["- Robbery", "175", "N/A*"],
        ["Total", "30900", "64480"],
      ],
      bold: [false, false, true],
    });
  });

  it("keeps an escaped pipe inside a cell", () => {
    expect(parseMarkdownTable("| a \\| b | n |\n|---|---|\n| x | 1 |").matrix[0]).toEqual(["a | b", "n"]);
  });

  it("refuses text with no table, saying what a table needs", () => {
    expect(() => parseMarkdownTable("Just a note.")).toThrow(/There is no Markdown table here/);
  });
});
