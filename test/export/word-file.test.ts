import JSZip from "jszip";
import { findingsTable } from "../../src/core/findings/findings-table";
import { DOCX_TYPE } from "../../src/export/docx";
import { nodeSvgToPng } from "../../src/export/node-svg-to-png";
import { wordFile } from "../../src/export/word-file";
import { paragraphsOf, tablesOf } from "./docx-xml";
import { vatpOutcomes, volumeByType } from "./seed-tables";

async function opened(blob: Blob): Promise<JSZip> {
  return JSZip.loadAsync(new Uint8Array(await blob.arrayBuffer()));
}

describe("wordFile", () => {
  it("makes a .docx Blob with the title first and the Key findings sheet's rows as paragraphs, not as a table", async () => {
    const sheet = findingsTable([{ table: volumeByType().title, findings: ["Edited by the analyst."] }]);
    const blob = await wordFile([volumeByType(), vatpOutcomes(), sheet!], {
      title: "Maidstone Strategic Assessment 2018-19",
      svgToPng: nodeSvgToPng(),
    });
    expect(blob.type).toBe(DOCX_TYPE);
    const xml = await (await opened(blob)).file("word/document.xml")!.async("string");
    expect(paragraphsOf(xml)[0]).toBe("Maidstone Strategic Assessment 2018-19");
    expect(tablesOf(xml)).toHaveLength(2);
    expect(paragraphsOf(xml)).toContain("Edited by the analyst.");
  });

  it("puts the author given in the document properties", async () => {
    const blob = await wordFile([vatpOutcomes()], {
      title: "T",
      author: "Community Safety Unit",
      svgToPng: nodeSvgToPng(),
    });
    const core = await (await opened(blob)).file("docProps/core.xml")!.async("string");
    expect(core).toContain("<dc:creator>Community Safety Unit</dc:creator>");
  });
});
