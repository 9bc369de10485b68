import "../../src/taskpane/taskpane-register";
import { exportActions } from "../../src/taskpane/export-actions";
import { spcTable, volumeByType } from "../export/seed-tables";

describe("taskpane-register", () => {
  it("adds the Export to Word and Copy for Word buttons to the wizard", () => {
    expect(exportActions().map((a) => [a.id, a.label])).toEqual([["export-word", "Export to Word"], ["copy-word", "Copy for Word"]]);
  });

  it("copies the chosen table, not the first, and tells the analyst how to paste it", async () => {
    const write = jest.fn(async () => undefined);
    const globals = globalThis as unknown as Record<string, unknown>;
    const saved = { navigator: globals.navigator, ClipboardItem: globals.ClipboardItem };
    Object.defineProperty(globalThis, "navigator", { value: { clipboard: { write } }, configurable: true });
    globals.ClipboardItem = class { constructor(readonly items: unknown) {} };
    try {
      const copy = exportActions().find((a) => a.id === "copy-word")!;
      const chosen = volumeByType();
      await expect(copy.run([spcTable(), chosen], chosen)).resolves.toBe(
        'Copied "Volume of crimes by type, Maidstone, RY ending Oct 2017": paste it into Word with Ctrl+V (Cmd+V on a Mac).');
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
