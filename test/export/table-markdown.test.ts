import { tableToMarkdown } from "../../src/export/table-markdown";
import { sampleTable } from "../cli/sample-table";

describe("tableToMarkdown", () => {
  const text = tableToMarkdown(sampleTable());
  const lines = text.split("\n");

  it("puts the title as a heading and one header row, numbers right-aligned", () => {
    expect(lines[0]).toBe("### Volume of crimes by type, Maidstone, RY ending Oct 2017");
    expect(lines[2]).toBe(
      "| Crime type | October 2017 | RY ending Oct 2017 | RY ending Oct 2016 | Number change | % change |",
    );
    expect(lines[3]).toBe("| --- | ---: | ---: | ---: | ---: | ---: |");
  });

  it("writes cells in house style, subtotals and totals bold, sub-categories with a dash", () => {
    expect(lines[4]).toBe("| **Victim based crime** | **1234** | **11895** | **9250** | **+2645** | **+28.6%** |");
    expect(lines[5]).toBe("| - Robbery, personal | 10 | 80 | 83 | -3 | -3.6% |");
    expect(lines[6]).toBe("| Rate | 12.35 | 0 | 0 | 0 | N/A\\* |");
  });

  it("writes the notes, the rows not used and the source under the table", () => {
    expect(text).toContain("\\* No crimes in the year before, so no % change.");
    expect(text).toContain("2 rows of the input were not used: no month (2; first rows 7, 9).");
    expect(text).toContain("Source: police.uk street-level crime data.");
  });

  it("escapes a vertical bar in a label so the table keeps its columns", () => {
    const table = sampleTable();
    table.rows[0].cells[0].value = "A | B";
    expect(tableToMarkdown(table)).toContain("| **A \\| B** |");
  });
});

describe("tableToMarkdown with hostile names", () => {
  function withName(name: string): string {
    const table = sampleTable();
    table.rows[0].cells[0].value = name;
    table.title = `Crimes, ${name}`;
    return tableToMarkdown(table);
  }

  it("writes raw HTML as entities, so no tag reaches a renderer", () => {
    const text = withName('<img src=x onerror="alert(1)"> & <b>');
    expect(text).toContain('| **&lt;img src=x onerror="alert(1)"&gt; &amp; &lt;b&gt;** |');
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it("escapes the brackets of a Markdown link, so javascript: is never a link", () => {
    const text = withName("[x](javascript:alert(1))");
    expect(text).toContain("| **\\[x\\](javascript:alert(1))** |");
    expect(text).not.toContain("[x](");
  });

  it("turns a line break in a name into a space, so the row and the heading stay one line each", () => {
    const lines = withName("Violence\nwith | injury\r\n# heading").split("\n");
    expect(lines[0]).toBe("### Crimes, Violence with \\| injury # heading");
    expect(lines[4]).toBe(
      "| **Violence with \\| injury # heading** | **1234** | **11895** | **9250** | **+2645** | **+28.6%** |",
    );
  });
});
