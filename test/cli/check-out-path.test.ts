import { linkSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkOutPath } from "../../src/cli/check-out-path";

const dir = mkdtempSync(join(tmpdir(), "satk-out-"));

describe("checkOutPath", () => {
  it("refuses an --out that is a hard link to an input: the same device and inode under another name (issue 23.2)", () => {
    const input = join(dir, "street.csv");
    writeFileSync(input, "Month,Crime type\n");
    linkSync(input, join(dir, "linked.csv"));
    expect(() => checkOutPath(join(dir, "linked.csv"), [input], { format: "csv" })).toThrow(
      `--out ${join(dir, "linked.csv")} is also an input (${input}): writing there would overwrite the data. Choose another file name.`,
    );
  });

  it.each([
    [
      "report.xlsx",
      "docx",
      "--out report.xlsx ends in .xlsx, but satk writes DOCX there: name it report.docx, or add --force to write it under this name.",
    ],
    [
      "table.docx",
      "csv",
      "--out table.docx ends in .docx, but satk writes CSV there: name it table.csv, or add --force to write it under this name.",
    ],
    [
      "table",
      "md",
      "--out table has no extension, but satk writes Markdown there: name it table.md, or add --force to write it under this name.",
    ],
  ])("refuses --out %s for %s, an extension not matching what is written (issue 23.2)", (out, format, message) => {
    expect(() => checkOutPath(out, [], { format })).toThrow(message);
  });

  it("takes the format's own extensions in any case, any name with --force, and any name for a target that is not a plain file", () => {
    expect(() => checkOutPath(join(dir, "T.XLSX"), [], { format: "xlsx" })).not.toThrow();
    expect(() => checkOutPath(join(dir, "t.markdown"), [], { format: "md" })).not.toThrow();
    expect(() => checkOutPath(join(dir, "report.xlsx"), [], { format: "docx", force: true })).not.toThrow();
    expect(() => checkOutPath("/dev/null", [], { format: "csv" })).not.toThrow();
  });
});
