import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { fileBlocks } from "../../src/cli/file-blocks";

describe("fileBlocks", () => {
  it("reads a file, or the bytes from one point to another, in blocks of 1 MB", () => {
    const path = join(mkdtempSync(join(tmpdir(), "satk-blocks-")), "a.csv");
    const bytes = Buffer.alloc((1 << 20) * 2 + 5, "abc");
    writeFileSync(path, bytes);
    expect([...fileBlocks(path)].map((b) => b.length)).toEqual([1 << 20, 1 << 20, 5]);
    // Copied as they come: the blocks share one buffer.
    const blocks = Array.from(fileBlocks(path, 3, (1 << 20) + 10), (b) => Buffer.from(b));
    expect(Buffer.concat(blocks).equals(bytes.subarray(3, (1 << 20) + 10))).toBe(true);
  });
});
