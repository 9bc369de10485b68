import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readPartOfFile } from "../../src/cli/read-part-of-file";

describe("readPartOfFile", () => {
  it("reads the records from a point in the file to its end, telling after each block", () => {
    const path = join(mkdtempSync(join(tmpdir(), "satk-part-")), "a.csv");
    const head = "Month,Crime type\n";
    writeFileSync(path, head + "2019-01,Drugs\n2019-02,Arson\n".repeat(50000));
    let blocks = 0;
    const part = readPartOfFile(
      path,
      head.length,
      { name: "a.csv", fields: { month: 0, category: 1, area: -1, id: -1, code: -1 }, filters: [] },
      () => blocks++,
    );
    expect([part.rows, part.length, blocks]).toEqual([100000, 100000, 2]);
    expect(Buffer.from(part.categories.bytes).toString()).toBe("DrugsArson");
  });
});
