import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gunzipSync, gzipSync } from "zlib";
import { buildDataset } from "../../src/core/data/build-dataset";
import type { LaterBytes } from "../../src/core/detect/ingest-types";
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
    workbook.addWorksheet("Data").addRows([
      ["Month", "Count"],
      ["2017-10", 4],
    ]);
    await workbook.xlsx.writeFile(join(dir, "c.xlsx"));
    expect((await readDataInput(join(dir, "c.xlsx"))).values).toEqual([
      ["Month", "Count"],
      ["2017-10", 4],
    ]);
  });

  describe("checking what a .gz file unpacks to (issues 23.4 and 23.6)", () => {
    const records =
      "Crime ID,Month,Crime type\n" + Array.from({ length: 2000 }, (_, k) => `id${k},2019-01,Drugs\n`).join("");
    /** The file's bytes gzipped without compression (stored blocks), so a flipped data bit still inflates. */
    const stored = (text: string): Buffer => gzipSync(text, { level: 0 });

    it("refuses a file with one bit flipped in its data, which inflates but whose CRC-32 does not match, naming it", async () => {
      const damaged = stored(records);
      damaged[200] ^= 0x04;
      writeFileSync(join(dir, "flipped.csv.gz"), damaged);
      expect(() => gunzipSync(damaged)).toThrow(/incorrect data check/);
      await expect((async () => joinedText(await readDataInput(join(dir, "flipped.csv.gz"))))()).rejects.toThrow(
        "flipped.csv.gz is damaged: its check sum does not match what it unpacks to (the file was changed or cut after it was packed). Download or copy it again.",
      );
    });

    it("refuses a file whose recorded length is wrong, and reads a file of two gzip members whole", async () => {
      const wrongLength = gzipSync(records);
      wrongLength[wrongLength.length - 2] ^= 0x01;
      writeFileSync(join(dir, "length.csv.gz"), wrongLength);
      await expect((async () => joinedText(await readDataInput(join(dir, "length.csv.gz"))))()).rejects.toThrow(
        /^length\.csv\.gz is damaged/,
      );
      const half = records.length >> 1;
      writeFileSync(
        join(dir, "two.csv.gz"),
        Buffer.concat([gzipSync(records.slice(0, half)), gzipSync(records.slice(half))]),
      );
      expect(joinedText(await readDataInput(join(dir, "two.csv.gz")))).toBe(records);
      const secondDamaged = Buffer.concat([gzipSync(records.slice(0, half)), stored(records.slice(half))]);
      secondDamaged[secondDamaged.length - 100] ^= 0x10;
      writeFileSync(join(dir, "two-damaged.csv.gz"), secondDamaged);
      await expect((async () => joinedText(await readDataInput(join(dir, "two-damaged.csv.gz"))))()).rejects.toThrow(
        /^two-damaged\.csv\.gz is damaged/,
      );
      const firstDamaged = Buffer.concat([stored(records.slice(0, half)), gzipSync(records.slice(half))]);
      firstDamaged[100] ^= 0x10;
      writeFileSync(join(dir, "first-damaged.csv.gz"), firstDamaged);
      await expect((async () => joinedText(await readDataInput(join(dir, "first-damaged.csv.gz"))))()).rejects.toThrow(
        /^first-damaged\.csv\.gz is damaged/,
      );
    });

    it("refuses a gzip bomb as soon as it unpacks past 64 MB at over 500 times its size, not after unpacking it all", async () => {
      writeFileSync(join(dir, "bomb.csv.gz"), gzipSync(Buffer.alloc(400 << 20, 0x0a), { level: 9 }));
      const input = await readDataInput(join(dir, "bomb.csv.gz"));
      let unpacked = 0;
      await expect(
        (async () => {
          for (const piece of input.pieces ?? []) unpacked += piece.length;
        })(),
      ).rejects.toThrow(
        /^bomb\.csv\.gz unpacks to more than 64 MB from 1 MB, over 500 times its size .*Unpack it yourself and check what it holds\.$/,
      );
      expect(unpacked).toBeLessThan(80 << 20);
    });
  });

  it("calls a missing file or a folder a usage error", async () => {
    await expect(readDataInput(join(dir, "none.csv"))).rejects.toThrow(
      new UsageError(`Cannot read ${join(dir, "none.csv")}: there is no such file.`),
    );
    await expect(readDataInput(dir)).rejects.toThrow(`Cannot read ${dir}: it is a folder.`);
  });

  it("calls a cut-short .gz file or a broken .xlsx file bad input, naming the file", async () => {
    writeFileSync(join(dir, "d.csv.gz"), gzipSync(CSV).subarray(0, 15));
    await expect(readDataInput(join(dir, "d.csv.gz"))).rejects.toThrow(InputError);
    await expect(readDataInput(join(dir, "d.csv.gz"))).rejects.toThrow(
      /^d\.csv\.gz (cannot be unpacked|ends before its data do)/,
    );
    writeFileSync(join(dir, "e.xlsx"), "not a zip");
    await expect(readDataInput(join(dir, "e.xlsx"))).rejects.toThrow(/^e\.xlsx is not a readable \.xlsx workbook/);
  });
});

describe("readDataInput of a large CSV, its later half read by another thread", () => {
  const KENT = "/work/shared/data/police-uk/kent/2018-10-kent-street.csv.gz";
  const header =
    "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\r\n";
  // Quoted fields (commas, doubled quotes, a line break in Context), CRLF line ends, blank rows and rows with no month.
  const synthetic =
    header +
    Array.from({ length: 3000 }, (_, k) =>
      k % 97 === 0
        ? "\r\n"
        : `id${k},${k % 89 === 0 ? "" : `2019-${String(1 + (k % 12)).padStart(2, "0")}`},Kent Police,Kent Police,0.5,51.2,"On or near ""The Street"", ${k}",E0${k % 13},${["Dover", "Swale", "Maidstone"][k % 3]} 00${k % 7}A,"${["Burglary", "Theft, other", "Drugs"][k % 3]}",,${k % 5 === 0 ? '"a\r\nb"' : ""}\r\n`,
    ).join("");

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
    writeFileSync(
      path,
      Buffer.from(synthetic.replace(/The Street/g, "Caf\u00e9 \u00a35").replace(/Dover/g, "D\u00f6ver"), "latin1"),
    );
    const halves = await readDataInput(path, { above: 0, reader: "this thread", coreFree: () => true });
    const later = halves.later as LaterBytes;
    let parts = 0;
    halves.later = {
      pieces: later.pieces,
      begin: (spec) => later.begin(spec),
      part: () => (parts++, later.part()),
      cancel: () => later.cancel(),
    };
    const encodings: string[] = [];
    const options = { runMonth: 2030 * 12, onEncoding: (_: string, encoding: string) => void encodings.push(encoding) };
    const two = buildDataset([halves], options);
    expect(two).toEqual(buildDataset([await readDataInput(path)], options));
    expect([parts, encodings, two.areas.includes("Döver")]).toEqual([0, ["Windows-1252", "Windows-1252"], true]);
  });

  it("reads a file of 64 MB or less in one piece, and a larger one too when no core is free", async () => {
    writeFileSync(join(dir, "small.csv"), synthetic);
    expect((await readDataInput(join(dir, "small.csv"), { coreFree: () => true })).later).toBeUndefined();
    expect(
      (await readDataInput(join(dir, "small.csv"), { above: 0, reader: "this thread", coreFree: () => false })).later,
    ).toBeUndefined();
  });
});

describe("readTableFile", () => {
  it("reads a CSV table as rows of text", async () => {
    writeFileSync(join(dir, "f.csv"), CSV);
    expect(await readTableFile(join(dir, "f.csv"))).toEqual([
      ["Month", "Crime type", "Count"],
      ["2017-10", "Burglary", "4"],
    ]);
  });
});
