/**
 * The rooms (issue 20, item 5): every folder of src imports another through its index.ts, and every index lists
 * its room. scripts/room-imports.mjs keeps both; the eslint rule rooms/no-deep-import refuses a deep import.
 */
import { execFileSync, spawnSync } from "child_process";
import * as path from "path";

const root = path.join(__dirname, "..", "..");

describe("the rooms of src", () => {
  it("are in order: room-imports --check finds no deep import and no index to regenerate", () => {
    const out = execFileSync(process.execPath, [path.join(root, "scripts", "room-imports.mjs"), "--check"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(out.trim()).toBe("rooms in order: nothing to change");
  });

  it("refuse a deep import across folders in the linter, naming the room's index", () => {
    const eslint = path.join(root, "node_modules", "eslint", "bin", "eslint.js");
    const code =
      'import { scanCsv } from "../csv/scan-csv";\nimport { cellText } from "../cells";\nexport { scanCsv, cellText };\n';
    const run = spawnSync(process.execPath, [eslint, "--stdin", "--stdin-filename", "src/core/data/probe.ts"], {
      cwd: root,
      input: code,
      encoding: "utf8",
    });
    expect(run.stdout).toContain("import ../csv, the room's index, not ../csv/scan-csv  rooms/no-deep-import");
    expect(run.stdout).toContain("1 problem");
  });
});
