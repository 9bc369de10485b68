import JSZip from "jszip";
import { entryBytes, entryPieces, zipEntries, type RandomAccess } from "../../src/cli/zip-entries";

const access = (bytes: Uint8Array): RandomAccess => ({
  size: bytes.length,
  read: (at, n) => bytes.subarray(at, at + n),
});

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function text(pieces: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const piece of pieces) parts.push(Buffer.from(piece));
  return Buffer.concat(parts).toString("utf8");
}

describe("zipEntries and entryPieces", () => {
  it("finds each entry from the central directory, in lower case, and inflates any of them in any order", async () => {
    const big = "<row>".repeat(200_000);
    const file = access(await zipOf({ "xl/Worksheets/Sheet1.xml": big, "xl/sharedStrings.xml": "<sst/>" }));
    const entries = zipEntries(file);
    expect([...entries.keys()]).toEqual(["xl/", "xl/worksheets/", "xl/worksheets/sheet1.xml", "xl/sharedstrings.xml"]);
    expect(Buffer.from(entryBytes(file, entries.get("xl/sharedstrings.xml")!)).toString()).toBe("<sst/>");
    expect(await text(entryPieces(file, entries.get("xl/worksheets/sheet1.xml")!))).toBe(big);
  });

  it("refuses a part that inflates past the size it declares, and one whose CRC-32 does not match", async () => {
    const bytes = await zipOf({ "a.xml": "x".repeat(100_000) });
    const file = access(bytes);
    const entry = zipEntries(file).get("a.xml")!;
    await expect(text(entryPieces(file, { ...entry, size: 1000 }))).rejects.toThrow(
      "a.xml unpacks to more than the 1000 bytes it declares",
    );
    await expect(text(entryPieces(file, { ...entry, crc: entry.crc ^ 1 }))).rejects.toThrow(
      "a.xml is damaged: its bytes do not match their CRC-32 check",
    );
    expect(() => entryBytes(file, { ...entry, crc: entry.crc ^ 1 })).toThrow(/a\.xml is damaged/);
  });

  it("refuses bytes that are not a zip, and a zip cut short", async () => {
    expect(() => zipEntries(access(Buffer.from("not a zip")))).toThrow(/not a zip file/);
    const bytes = await zipOf({ "a.xml": "<a/>" });
    expect(() => zipEntries(access(bytes.subarray(0, bytes.length - 10)))).toThrow(/not a zip file|cut short/);
  });
});
