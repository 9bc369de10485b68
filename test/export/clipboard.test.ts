import { copyTableForWord, type ClipboardHost } from "../../src/export/clipboard";
import { tableToHtml, tableToText } from "../../src/export/table-html";
import { volumeByType } from "./seed-tables";

/** A stand-in for the browser's ClipboardItem that keeps what it was given. */
class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

/** A document just big enough for the execCommand fallback, recording what a copy would put on the clipboard. */
function fakeDocument(copyWorks: boolean) {
  const copied: Record<string, string> = {};
  const listeners: ((event: unknown) => void)[] = [];
  const holder = {
    contentEditable: "",
    style: { cssText: "" },
    textContent: "",
    setAttribute: jest.fn(),
    remove: jest.fn(),
  };
  const doc = {
    createElement: jest.fn(() => holder),
    body: { appendChild: jest.fn() },
    addEventListener: (_type: string, listener: (event: unknown) => void) => listeners.push(listener),
    removeEventListener: jest.fn(),
    getSelection: () => ({ removeAllRanges: jest.fn(), addRange: jest.fn() }),
    createRange: () => ({ selectNodeContents: jest.fn() }),
    execCommand: jest.fn((command: string) => {
      if (!copyWorks) return false;
      const event = {
        clipboardData: { setData: (type: string, data: string) => (copied[type] = data) },
        preventDefault: jest.fn(),
      };
      listeners.forEach((listener) => listener(event));
      return command === "copy";
    }),
  };
  return { doc, copied, holder };
}

describe("copyTableForWord", () => {
  const table = volumeByType();

  it("writes a ClipboardItem of text/html and text/plain when the page has the Clipboard API", async () => {
    const write = jest.fn(async () => undefined);
    const host = { navigator: { clipboard: { write } }, ClipboardItem: FakeClipboardItem } as unknown as ClipboardHost;
    await expect(copyTableForWord(table, host)).resolves.toBe("clipboard-item");
    const [[items]] = write.mock.calls as unknown as [[FakeClipboardItem[]]];
    expect(Object.keys(items[0].items).sort()).toEqual(["text/html", "text/plain"]);
    expect(await items[0].items["text/html"].text()).toBe(tableToHtml(table));
    expect(await items[0].items["text/plain"].text()).toBe(tableToText(table));
  });

  it("falls back to execCommand('copy') in a webview without ClipboardItem, putting both formats on the clipboard", async () => {
    const { doc, copied, holder } = fakeDocument(true);
    await expect(copyTableForWord(table, { document: doc as unknown as Document })).resolves.toBe("exec-command");
    expect(copied["text/html"]).toBe(tableToHtml(table));
    expect(copied["text/plain"]).toBe(tableToText(table));
    // The hidden element holds plain text only; the HTML never enters the page.
    expect(holder.textContent).toBe(tableToText(table));
    expect(holder.remove).toHaveBeenCalled();
  });

  it("falls back when the Clipboard API refuses the write", async () => {
    const write = jest.fn(async () => {
      throw new Error("NotAllowedError");
    });
    const { doc } = fakeDocument(true);
    const host = {
      navigator: { clipboard: { write } },
      ClipboardItem: FakeClipboardItem,
      document: doc,
    } as unknown as ClipboardHost;
    await expect(copyTableForWord(table, host)).resolves.toBe("exec-command");
  });

  it("says so plainly when neither way works", async () => {
    const { doc } = fakeDocument(false);
    await expect(copyTableForWord(table, { document: doc as unknown as Document })).rejects.toThrow(
      "The clipboard could not be written",
    );
  });
});
