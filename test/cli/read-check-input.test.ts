import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readCheckInput } from "../../src/cli/read-check-input";
import { InputError } from "../../src/core/errors";
import { UsageError } from "../../src/cli/usage-error";

const dir = mkdtempSync(join(tmpdir(), "satk-check-input-"));
const file = (name: string, text: string | Buffer) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe("reading the table satk check checks", () => {
  it("reads tab-separated text as copied from Word or a PDF, blank cells kept", async () => {
    expect(await readCheckInput(file("t.tsv", "\tMonth\n- Robbery\t9\n"))).toEqual({
      matrix: [
        ["", "Month"],
        ["- Robbery", "9"],
      ],
      bold: [],
    });
  });

  it("reads tab-separated text saved as Excel's Unicode Text (UTF-16 with its byte order mark)", async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("Area\t£ per head\r\nYnys Môn\t12\r\n", "utf16le"),
    ]);
    expect((await readCheckInput(file("u.txt", bytes))).matrix).toEqual([
      ["Area", "£ per head"],
      ["Ynys Môn", "12"],
    ]);
  });

  it("reads tab-separated text saved by Notepad as ANSI (Windows-1252), where £ is the single byte A3", async () => {
    const bytes = Buffer.from([...Buffer.from("Cost\t"), 0xa3, ...Buffer.from("5\n")]);
    expect((await readCheckInput(file("a.tsv", bytes))).matrix).toEqual([["Cost", "£5"]]);
  });

  it("reads a UTF-8 Markdown table whose byte order mark is dropped", async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("| Area | 1 |\n|---|---|\n| Môn | 2 |\n"),
    ]);
    expect((await readCheckInput(file("b.md", bytes))).matrix).toEqual([
      ["Area", "1"],
      ["Môn", "2"],
    ]);
  });

  it("reads CSV with quoted numbers", async () => {
    expect((await readCheckInput(file("t.csv", 'Area,2017\r\nKent,"13,594"\r\n'))).matrix).toEqual([
      ["Area", "2017"],
      ["Kent", "13,594"],
    ]);
  });

  it("reads a Markdown table with its bold rows, and refuses Markdown without one, naming the file", async () => {
    expect(await readCheckInput(file("t.md", "| A | 1 |\n|---|---|\n| **T** | **2** |\n"))).toEqual({
      matrix: [
        ["A", "1"],
        ["T", "2"],
      ],
      bold: [false, true],
    });
    await expect(readCheckInput(file("n.md", "no table"))).rejects.toThrow(InputError);
    await expect(readCheckInput(file("n.md", "no table"))).rejects.toThrow(/^n.md: There is no Markdown table here/);
  });

  it("refuses a file that is not there as a usage mistake", async () => {
    await expect(readCheckInput(join(dir, "missing.md"))).rejects.toThrow(UsageError);
  });
});
