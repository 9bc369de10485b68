import { readInChunks, rowsPerChunk, sampledBytesPerRow } from "../../src/excel/read-chunks";

/** Two rows of the Gwent file for July 2022, as Excel holds them (longitude and latitude as numbers). */
const ASB_ROW = [
  "",
  "2022-07",
  "Gwent Police",
  "Gwent Police",
  -3.196876,
  51.797865,
  "On or near ",
  "W01001440",
  "Blaenau Gwent 001A",
  "Anti-social behaviour",
  "",
  "",
];
const CRIME_ROW = [
  "137aa7af654f1f177cc886316b0be005e1d3d240c47029963f4411edec7e8004",
  "2022-07",
  "Gwent Police",
  "Gwent Police",
  -3.197173,
  51.79485,
  "On or near Heol Gwyn Lliw",
  "W01001440",
  "Blaenau Gwent 001A",
  "Public order",
  "Unable to prosecute suspect",
  "",
];

/** Excel on the web, for the tests: a request whose JSON is over 5,000,000 bytes is refused. */
function excelOnTheWeb<T>(rows: T[][], calls: number[], sizes: number[]) {
  return async (start: number, count: number): Promise<T[][]> => {
    calls.push(count);
    const chunk = rows.slice(start, start + count);
    const size = Buffer.byteLength(JSON.stringify(chunk));
    if (size > 5_000_000)
      throw Object.assign(new Error("The request payload size has exceeded the limit."), {
        code: "RequestPayloadSizeLimitExceeded",
      });
    sizes.push(size);
    return chunk;
  };
}

describe("planning the chunks of a read", () => {
  it("first assumes 64 bytes a cell within a 4,000,000-byte budget: 5,208 rows of 12 columns", () => {
    // 12 x 64 = 768 bytes a row; 4,000,000 / 768 = 5208.3.
    expect(rowsPerChunk(12)).toBe(5208);
  });

  it("sizes later chunks from the estimated row size with a quarter again as margin", () => {
    // 229 bytes (a Gwent row on average) x 1.25 = 286.25; 4,000,000 / 286.25 = 13973.8.
    expect(rowsPerChunk(12, 229)).toBe(13973);
    // 1,000 x 1.25 = 1,250; 4,000,000 / 1,250 = 3,200.
    expect(rowsPerChunk(12, 1000)).toBe(3200);
  });

  it("never plans more than 4,000,000 cells, nor fewer than one row", () => {
    // 1 byte a row would allow 3.2 million rows, but 3.2 million x 2 columns is over the cell budget.
    expect(rowsPerChunk(2, 1)).toBe(2_000_000);
    expect(rowsPerChunk(3, 10_000_000)).toBe(1);
  });

  it("measures a police.uk row as Office.js sends it: 142 bytes for anti-social behaviour, 237 for a crime", () => {
    // The anti-social behaviour row's cells as JSON: 2 + 9 + 14 + 14 + 9 + 9 + 13 + 11 + 20 + 23 + 2 + 2 = 128,
    // with 11 commas and 2 brackets 141, and the comma before the next row 142.
    expect(sampledBytesPerRow([ASB_ROW])).toBe(142);
    // The crime's: 66 + 9 + 14 + 14 + 9 + 8 (51.79485) + 27 + 11 + 20 + 14 + 29 + 2 = 223, then 223 + 13 + 1 = 237.
    expect(sampledBytesPerRow([CRIME_ROW])).toBe(237);
    expect(sampledBytesPerRow([ASB_ROW, CRIME_ROW])).toBe((142 + 237) / 2);
    expect(sampledBytesPerRow([])).toBe(0);
  });

  it("counts UTF-8 bytes, not characters: Welsh ŷ is two bytes", () => {
    // ["Ffordd Tŷ"] is 13 characters, 14 bytes; with the comma 15.
    expect(sampledBytesPerRow([["Ffordd Tŷ"]])).toBe(15);
  });

  it("measures 64 rows spread evenly from the first to the last", () => {
    // 1,000 rows, the first 500 short: rows round(k x 999 / 63) for k = 0..63; k = 0..31 fall below row 500.
    const rows = Array.from({ length: 1000 }, (_, i) => (i < 500 ? ASB_ROW : CRIME_ROW));
    expect(sampledBytesPerRow(rows)).toBe((32 * 142 + 32 * 237) / 64);
  });
});

describe("reading in chunks", () => {
  it("reads every row once and in order", async () => {
    const rows = Array.from({ length: 25000 }, (_, i) => [i, "x".repeat(300)]);
    const calls: number[] = [];
    const got = await readInChunks(
      rows.length,
      2,
      async (start, count) => (calls.push(count), rows.slice(start, start + count)),
    );
    expect(got.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
    expect(calls).toEqual([25000]); // 4,000,000 / (2 x 64) = 31250 rows fit in the first chunk
  });

  it("reads 180,000 rows of 227 bytes in 14 requests of at most 3.2 MB", async () => {
    // Each row: ["x" x 200, then eleven 1s] is 1 + 202 + 22 + 1 = 226 bytes of JSON, 227 with its comma.
    const row = ["x".repeat(200), ...new Array(11).fill(1)];
    const rows = new Array(180_000).fill(row);
    const calls: number[] = [];
    const sizes: number[] = [];
    await readInChunks(rows.length, 12, excelOnTheWeb(rows, calls, sizes));
    // First 5,208 rows, then 4,000,000 / (227 x 1.25) = 14,096 a request: 174,792 rows left need 13 more.
    expect(calls).toEqual([5208, ...new Array(12).fill(14096), 174792 - 12 * 14096]);
    expect(Math.max(...sizes)).toBe(14096 * 227 + 1); // the last row has no comma after it, and the array its brackets
  });

  it("reads a chunk again in halves when Excel refuses it as too large, as when rows grow long part way down", async () => {
    // 20,000 rows of 10 bytes (["a","b"] and a comma), then 40,000 of 309 (["a", 300 y's]).
    const rows = [...new Array(20000).fill(["a", "b"]), ...new Array(40000).fill(["a", "y".repeat(300)])];
    const calls: number[] = [];
    const sizes: number[] = [];
    const got = await readInChunks(rows.length, 2, excelOnTheWeb(rows, calls, sizes));
    expect(got).toHaveLength(60000);
    expect(got[19999]).toEqual(["a", "b"]);
    expect(got[20000]).toEqual(["a", "y".repeat(300)]);
    // 1: 31,250 rows (2 x 64 bytes a row), 20,000 short and 11,250 long. Its sample has 41 short rows and 23
    //    long (rows round(k x 31249 / 63) below 20,000 for k = 0..40): (41 x 10 + 23 x 309) / 64 = 117.45 bytes.
    // 2: 4,000,000 / (117.45 x 1.25) = 27,244 long rows, 8.4 MB: refused. 3: half of it, 13,622 rows, 4.2 MB.
    // 4: 4,000,000 / (309 x 1.25) = 10,355 rows; 5: the 4,773 left.
    expect(calls).toEqual([31250, 27244, 13622, 10355, 4773]);
    expect(sizes.every((s) => s <= 5_000_000)).toBe(true);
  });

  it("passes on any other error, and a refusal of a single row", async () => {
    await expect(readInChunks(10, 2, async () => Promise.reject(new Error("The sheet was deleted.")))).rejects.toThrow(
      "The sheet was deleted.",
    );
    const refuse = async () =>
      Promise.reject(Object.assign(new Error("too large"), { code: "RequestPayloadSizeLimitExceeded" }));
    await expect(readInChunks(1, 2, refuse)).rejects.toThrow("too large");
  });
});
