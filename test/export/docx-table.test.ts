import { Document, Packer } from "docx";
import JSZip from "jszip";
import { docxTable } from "../../src/export/docx-table";
import { tablesOf } from "./docx-xml";
import { vatpOutcomes, volumeByType } from "./seed-tables";

async function tableXml(table: ReturnType<typeof volumeByType>, width: number) {
  const doc = new Document({ sections: [{ children: [docxTable(table, width)] }] });
  const zip = await JSZip.loadAsync(await Packer.toArrayBuffer(doc));
  return tablesOf(await zip.file("word/document.xml")!.async("string"))[0];
}

describe("docxTable", () => {
  it("gives the label column a third of a narrow table and shares the rest equally", async () => {
    // 9638 twips: label round(9638 x 0.32) = 3084; the 5 others floor((9638 - 3084) / 5) = 1310.
    const table = await tableXml(volumeByType(), 9638);
    expect(table.gridColumns).toEqual([3084, 1310, 1310, 1310, 1310, 1310]);
  });

  it("gives the label column a fifth of a wide table", async () => {
    // 14570 twips: label round(14570 x 0.2) = 2914; the 12 others floor(11656 / 12) = 971.
    const table = await tableXml(vatpOutcomes(), 14570);
    expect(table.gridColumns).toEqual([2914, ...Array(12).fill(971)]);
  });

  it("right-aligns percentages and bolds nothing in a table of data rows only, counts with thousands separators", async () => {
    const table = await tableXml(vatpOutcomes(), 14570);
    expect(table.rows[2].map((c) => c.text)).toEqual([
      "Kent",
      "51,637",
      "40,090",
      "9.4%",
      "10.8%",
      "2.1%",
      "3.0%",
      "1.5%",
      "1.8%",
      "6.4%",
      "4.8%",
      "36.4%",
      "41.3%",
    ]);
    expect(table.rows[2].slice(1).every((c) => c.align === "right" && !c.bold)).toBe(true);
  });

  it("fills a short body row with empty cells so the grid stays whole", async () => {
    const model = volumeByType();
    model.rows = [{ level: 0, kind: "data", cells: [{ kind: "text", value: "Only a label" }] }];
    const table = await tableXml(model, 9638);
    expect(table.rows[2].map((c) => c.text)).toEqual(["Only a label", "", "", "", "", ""]);
  });
});

describe("docxTable cell colours", () => {
  it("shades a cell that carries a fill, such as MDC's orange for special cause concern, and no other body cell", async () => {
    const { summaryTable } = await import("./summary-table");
    const doc = new Document({ sections: [{ children: [docxTable(summaryTable(), 9638)] }] });
    const xml = await (await JSZip.loadAsync(await Packer.toArrayBuffer(doc)))
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain('w:fill="E46C0A"');
    expect(xml).toContain('w:fill="A6A6A6"');
    expect(xml.match(/w:fill="/g)).toHaveLength(3 + 2); // three header cells and the two variation cells
  });
});
