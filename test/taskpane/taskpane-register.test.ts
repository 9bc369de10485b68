import { exportMessage } from "../../src/taskpane/taskpane-register";
import { exportActions } from "../../src/taskpane/export-actions";
import { spcTable, volumeByType } from "../export/seed-tables";

describe("exportMessage", () => {
  it("says the download started, not that the file was saved, since a webview cannot know", () => {
    const message = exportMessage({ route: "download", fileName: "Tables.docx", url: "blob:1", size: 51_200 });
    expect(message).toMatch(/^Started the download of Tables\.docx \(50 KB\)/);
    expect(message).not.toMatch(/Saved/);
    expect(message).toMatch(/If no file appears, open the workbook in Excel on the web, or run: satk report/);
  });

  it("says the browser was opened to make the file on a Mac", () => {
    expect(exportMessage({ route: "browser-window", fileName: "Tables.docx" })).toMatch(
      /^Opened your web browser to make Tables\.docx/,
    );
  });
});

describe("taskpane-register", () => {
  it("adds the Export to Word and Copy for Word buttons to the wizard", () => {
    expect(exportActions().map((a) => [a.id, a.label])).toEqual([
      ["export-word", "Export to Word"],
      ["copy-word", "Copy for Word"],
    ]);
  });

  it("copies the chosen table, not the first, and tells the analyst how to paste it", async () => {
    const write = jest.fn(async () => undefined);
    const globals = globalThis as unknown as Record<string, unknown>;
    const saved = { navigator: globals.navigator, ClipboardItem: globals.ClipboardItem };
    Object.defineProperty(globalThis, "navigator", { value: { clipboard: { write } }, configurable: true });
    globals.ClipboardItem = class {
      constructor(readonly items: unknown) {}
    };
    try {
      const copy = exportActions().find((a) => a.id === "copy-word")!;
      const chosen = volumeByType();
      await expect(copy.run([spcTable(), chosen], chosen)).resolves.toBe(
        'Copied "Volume of crimes by type, Maidstone, RY ending Oct 2017": paste it into Word with Ctrl+V (Cmd+V on a Mac).',
      );
      expect(write).toHaveBeenCalledTimes(1);
      const item = (write.mock.calls as unknown as { items: Record<string, Blob> }[][][])[0][0][0];
      expect(await item.items["text/plain"].text()).toMatch(/^Volume of crimes by type, Maidstone, RY ending Oct 2017/);
      await expect(copy.run([chosen], undefined)).rejects.toThrow("Choose a table to copy.");
    } finally {
      Object.defineProperty(globalThis, "navigator", { value: saved.navigator, configurable: true });
      globals.ClipboardItem = saved.ClipboardItem;
    }
  });
});
