import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gunzipSync, gzipSync } from "zlib";
import { buildDataset } from "../../src/core/data/build-dataset";
import type { LaterBytes } from "../../src/core/data/ingest-types";
import ExcelJS from "exceljs";
import { readDataInput, readTableFile } from "../../src/cli/read-input";
import { UsageError } from "../../src/cli/usage-error";
import { InputError } from "../../src/core/errors";

const dir = mkdtempSync(join(tmpdir(), "satk-read-"));
const CSV = "Month,Crime type,Count\n2017-10,Burglary,4\n";

/** The text of an input read as pieces. */
function joinedText(input: { pieces?: Iterable<Uint8Array> }): string {
  return [...(input.pieces ?? [])].map((piece) => Buffer.from(piece).toString()).join("");
}

describe("readDataInput", () => {
  it("reads a plain CSV file as blocks, with its size, named by the file", async () => {
    writeFileSync(join(dir, "a.csv"), CSV);
    const input = await readDataInput(join(dir, "a.csv"));
    expect([input.name, input.byteLength]).toEqual(["a.csv", CSV.length]);
    const text = [...(input.pieces ?? [])].map((piece) => Buffer.from(piece).toString()).join("");
    expect(text).toBe(CSV);
  });

  it("reads a gzipped file by its signature even without .gz in its name", async () => {
    writeFileSync(join(dir, "z.csv"), gzipSync(CSV));
    expect(joinedText(await readDataInput(join(dir, "z.csv")))).toBe(CSV);
  });

  it("gunzips a .csv.gz file and names it without .gz", async () => {
    writeFileSync(join(dir, "b.csv.gz"), gzipSync(CSV));
    const input = await readDataInput(join(dir, "b.csv.gz"));
    expect([input.name, joinedText(input)]).toEqual(["b.csv", CSV]);
  });

  it("reads the first worksheet of an .xlsx file as cell values", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data").addRows([["Month", "Count"], ["2017-10", 4]]);
    await workbook.xlsx.writeFile(join(dir, "c.xlsx"));
    expect((await readDataInput(join(dir, "c.xlsx"))).values).toEqual([["Month", "Count"], ["2017-10", 4]]);
  });

  it("calls a missing file or a folder a usage error", async () => {
    await expect(readDataInput(join(dir, "none.csv"))).rejects.toThrow(new UsageError(`Cannot read ${join(dir, "none.csv")}: there is no such file.`));
    await expect(readDataInput(dir)).rejects.toThrow(`Cannot read ${dir}: it is a folder.`);
  });

  it("calls a cut-short .gz file or a broken .xlsx file bad input, naming the file", async () => {
    writeFileSync(join(dir, "d.csv.gz"), gzipSync(CSV).subarray(0, 15));
    await expect(readDataInput(join(dir, "d.csv.gz"))).rejects.toThrow(InputError);
    await expect(readDataInput(join(dir, "d.csv.gz"))).rejects.toThrow(/^d\.csv\.gz (cannot be unpacked|ends before its data do)/);
    writeFileSync(join(dir, "e.xlsx"), "not a zip");
    await expect(readDataInput(join(dir, "e.xlsx"))).rejects.toThrow(/^e\.xlsx is not a readable \.xlsx workbook/);
  });
});

describe("readDataInput of a large CSV, its later half read by another thread", () => {
  const KENT = "/work/shared/data/police-uk/kent/2018-10-kent-street.csv.gz";
  const header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\r\n";
  // Quoted fields (commas, doubled quotes, a line break in Context), CRLF line ends, blank rows and rows with no month.
  const synthetic = header + Array.from({ length: 3000 }, (_, k) =>
    k % 97 === 0 ? "\r\n" : `id${k},${k % 89 === 0 ? "" : `2019-${String(1 + (k % 12)).padStart(2, "0")}`},Kent Police,Kent Police,0.5,51.2,"On or near ""The Street"", ${k}",E0${k % 13},${["Dover", "Swale", "Maidstone"][k % 3]} 00${k % 7}A,"${["Burglary", "Theft, other", "Drugs"][k % 3]}",,${k % 5 === 0 ? '"a\r\nb"' : ""}\r\n`).join("");

  it.each([
    ["a police.uk month (Kent, October 2018)", () => gunzipSync(readFileSync(KENT))],
    ["a file with quoted fields and CRLF line ends", () => Buffer.from(synthetic)],
  ])("gives exactly the Dataset of one reading for %s", async (_, bytes) => {
    const path = join(dir, "large.csv");
    writeFileSync(path, bytes());
    const halves = await readDataInput(path, { above: 0, reader: "this thread", coreFree: () => true });
    const later = halves.later as LaterBytes;
    // Counted: the parts the other thread gave (none when the cut fell inside quotes or its reading failed).
    let parts = 0;
    const part = (): ReturnType<LaterBytes["part"]> => {
      const given = later.part();
      if (given) parts++;
      return given;
    };
    halves.later = { pieces: later.pieces, begin: (spec) => later.begin(spec), part, cancel: () => later.cancel() };
    const options = { runMonth: 2030 * 12 };
    expect(buildDataset([halves], options)).toEqual(buildDataset([await readDataInput(path)], options));
    expect(parts).toBe(1);
  });

  it("reads a Windows-1252 file on one thread (the other reads bytes as they are), as one reading does", async () => {
    const path = join(dir, "cp1252.csv");
    // "£" and "é" as Windows-1252 single bytes, in a file whose cut falls after them.
    writeFileSync(path, Buffer.from(synthetic.replace(/The Street/g, "Caf\u00e9 \u00a35").replace(/Dover/g, "D\u00f6ver"), "latin1"));
    const halves = await readDataInput(path, { above: 0, reader: "this thread", coreFree: () => true });
    const later = halves.later as LaterBytes;
    let parts = 0;
    halves.later = { pieces: later.pieces, begin: (spec) => later.begin(spec), part: () => (parts++, later.part()), cancel: () => later.cancel() };
    const encodings: string[] = [];
    const options = { runMonth: 2030 * 12, onEncoding: (_: string, encoding: string) => void encodings.push(encoding) };
    const two = buildDataset([halves], options);
    expect(two).toEqual(buildDataset([await readDataInput(path)], options));
    expect([parts, encodings, two.areas.includes("Döver")]).toEqual([0, ["Windows-1252", "Windows-1252"], true]);
  });

  it("reads a file of 64 MB or less in one piece, and a larger one too when no core is free", async () => {
    writeFileSync(join(dir, "small.csv"), synthetic);
    expect((await readDataInput(join(dir, "small.csv"), { coreFree: () => true })).later).toBeUndefined();
    expect((await readDataInput(join(dir, "small.csv"), { above: 0, reader: "this thread", coreFree: () => false })).later).toBeUndefined();
  });
});

describe("readTableFile", () => {
  it("reads a CSV table as rows of text", async () => {
    writeFileSync(join(dir, "f.csv"), CSV);
    expect(await readTableFile(join(dir, "f.csv"))).toEqual([["Month", "Crime type", "Count"], ["2017-10", "Burglary", "4"]]);
  });
});
