import JSZip from "jszip";
import { DOCX_TYPE } from "../../src/export/docx";
import {
  copyForWord,
  exportToWord,
  NO_SAVE_MESSAGE,
  releaseWordFile,
  SAVE_PAGE,
  type DownloadHost,
} from "../../src/taskpane/taskpane-actions";
import { unpackTables } from "../../src/export/table-transfer";
import type { SvgToPng } from "../../src/export/svg-to-png";
import { spcTable, volumeByType } from "../export/seed-tables";

/** A page that records the download link it is asked to click. */
function fakePage() {
  const blobs: Blob[] = [];
  const link = { href: "", download: "", style: { display: "" }, click: jest.fn(), remove: jest.fn() };
  const host = {
    document: { createElement: jest.fn(() => link), body: { appendChild: jest.fn() } },
    URL: { createObjectURL: jest.fn((blob: Blob) => (blobs.push(blob), "blob:docx-1")), revokeObjectURL: jest.fn() },
  };
  return { host: host as unknown as DownloadHost & typeof host, link, blobs };
}

/** A 1 x 1 PNG stands in for the chart renderer, so this test does not depend on resvg. */
const onePixel: SvgToPng = async () => ({
  png: Uint8Array.from(
    Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    ),
  ),
  width: 1,
  height: 1,
});

describe("exportToWord", () => {
  it("saves the .docx through a clicked download link named after the title", async () => {
    const { host, link, blobs } = fakePage();
    const saved = await exportToWord(
      [volumeByType(), spcTable()],
      { title: "Maidstone: Strategic Assessment?", svgToPng: onePixel },
      host,
    );
    expect(link.click).toHaveBeenCalledTimes(1);
    expect(link.download).toBe("Maidstone Strategic Assessment.docx");
    expect(link.href).toBe("blob:docx-1");
    expect(saved).toMatchObject({
      route: "download",
      fileName: "Maidstone Strategic Assessment.docx",
      url: "blob:docx-1",
    });
    expect(blobs[0].type).toBe(DOCX_TYPE);
    expect(saved.size).toBe(blobs[0].size);
    const zip = await JSZip.loadAsync(await blobs[0].arrayBuffer());
    // Both charts are drawn (docx stores the identical stand-in picture once).
    expect((await zip.file("word/document.xml")!.async("string")).match(/<w:drawing>/g)).toHaveLength(2);
  });

  it("uses msSaveOrOpenBlob in old Windows webviews that have no download attribute", async () => {
    const { host, link } = fakePage();
    const msSaveOrOpenBlob = jest.fn(() => true);
    await exportToWord([volumeByType()], { fileName: "tables.docx" }, { ...host, navigator: { msSaveOrOpenBlob } });
    expect(msSaveOrOpenBlob).toHaveBeenCalledWith(expect.any(Blob), "tables.docx");
    expect(link.click).not.toHaveBeenCalled();
  });

  it("refuses an empty choice of tables", async () => {
    await expect(exportToWord([], {}, fakePage().host)).rejects.toThrow("Choose at least one table to export.");
  });

  it("frees the object URL when asked", async () => {
    const { host } = fakePage();
    releaseWordFile({ route: "download", fileName: "a.docx", url: "blob:docx-1", size: 1 }, host);
    expect(host.URL.revokeObjectURL).toHaveBeenCalledWith("blob:docx-1");
  });
});

describe("exportToWord where the download is blocked (Excel for Mac)", () => {
  const location = { href: "https://csp.example.org/satk/taskpane.html?_host_Info=Excel$Mac" };

  it("opens the add-in's save page in the system browser instead, with the tables in its fragment", async () => {
    const { host, link, blobs } = fakePage();
    const openBrowserWindow = jest.fn();
    const tables = [volumeByType(), spcTable()];
    const saved = await exportToWord(
      tables,
      { title: "Maidstone: Strategic Assessment?", svgToPng: onePixel },
      { ...host, location, office: { platform: "Mac", openBrowserWindow } },
    );
    expect(saved).toEqual({ route: "browser-window", fileName: "Maidstone Strategic Assessment.docx" });
    expect(link.click).not.toHaveBeenCalled();
    expect(blobs).toHaveLength(0);
    expect(openBrowserWindow).toHaveBeenCalledTimes(1);
    const opened = new URL(openBrowserWindow.mock.calls[0][0]);
    expect(`${opened.origin}${opened.pathname}`).toBe(`https://csp.example.org/satk/${SAVE_PAGE}`);
    expect(opened.search).toBe("");
    expect(unpackTables(opened.hash.slice(1))).toEqual({ title: "Maidstone: Strategic Assessment?", tables });
  });

  it("says what to do instead, and never that it saved, where the browser cannot be opened either", async () => {
    const { host, link } = fakePage();
    await expect(
      exportToWord([volumeByType()], { svgToPng: onePixel }, { ...host, location, office: { platform: "Mac" } }),
    ).rejects.toThrow(NO_SAVE_MESSAGE);
    expect(link.click).not.toHaveBeenCalled();
    expect(NO_SAVE_MESSAGE).toMatch(/Copy for Word[\s\S]*Excel on the web[\s\S]*satk report/);
  });

  it("keeps the webview's own download in Excel on the web and on Windows, even where the browser API exists", async () => {
    for (const platform of ["OfficeOnline", "PC"]) {
      const { host, link } = fakePage();
      const openBrowserWindow = jest.fn();
      const saved = await exportToWord(
        [volumeByType()],
        { svgToPng: onePixel },
        { ...host, location, office: { platform, openBrowserWindow } },
      );
      expect(saved.route).toBe("download");
      expect(link.click).toHaveBeenCalledTimes(1);
      expect(openBrowserWindow).not.toHaveBeenCalled();
    }
  });
});

describe("copyForWord", () => {
  it("asks for a table when none is selected", async () => {
    await expect(copyForWord(undefined)).rejects.toThrow("Choose a table to copy.");
  });

  it("copies the selected table", async () => {
    const write = jest.fn(async () => undefined);
    class Item {
      constructor(readonly items: Record<string, Blob>) {}
    }
    const host = { navigator: { clipboard: { write } }, ClipboardItem: Item as unknown as typeof ClipboardItem };
    await expect(copyForWord(volumeByType(), host)).resolves.toBe("clipboard-item");
    expect(write).toHaveBeenCalledTimes(1);
  });
});
