import { bytesPerRow, readInChunks, rowsPerChunk } from "../../src/excel/read-chunks";

describe("reading in chunks", () => {
  it("first assumes 64 bytes a cell within a 4,000,000-byte budget", () => {
    expect(rowsPerChunk(12)).toBe(Math.floor(4_000_000 / (12 * 64)));
  });

  it("sizes later chunks from the measured row size, with half again as margin", () => {
    expect(rowsPerChunk(12, 1000)).toBe(Math.floor(4_000_000 / 1500));
    expect(bytesPerRow([["ab", 1]])).toBe('[["ab",1]]'.length);
  });

  it("reads every row once and in order", async () => {
    const rows = Array.from({ length: 25000 }, (_, i) => [i, "x".repeat(300)]);
    const calls: number[] = [];
    const got = await readInChunks(rows.length, 2, async (start, count) => (calls.push(count), rows.slice(start, start + count)));
    expect(got.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
    expect(calls).toEqual([25000]); // 4,000,000 / (2 x 64) = 31250 rows fit in the first chunk
  });

  it("shrinks chunks when rows turn out long, keeping each under the budget", async () => {
    const rows = Array.from({ length: 40000 }, (_, i) => [i, "y".repeat(500)]);
    const sizes: number[] = [];
    await readInChunks(rows.length, 2, async (start, count) => {
      const chunk = rows.slice(start, start + count);
      sizes.push(JSON.stringify(chunk).length);
      return chunk;
    });
    expect(sizes.slice(1).every((s) => s < 4_000_000)).toBe(true);
    expect(sizes.length).toBeGreaterThan(2);
  });
});
