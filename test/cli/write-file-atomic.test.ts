import * as fs from "fs";
import { spawn } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeFileAtomic, type WriteCalls } from "../../src/cli/write-file-atomic";

const dir = mkdtempSync(join(tmpdir(), "satk-atomic-"));

/** Node's calls, with one of them failing as a full disk does (ENOSPC), after `after` calls of it succeed. */
function failing(call: "writeSync" | "fsyncSync" | "renameSync" | "openSync", after = 0): WriteCalls {
  let calls = 0;
  const fail = (...args: unknown[]) => {
    if (calls++ >= after) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    return (fs[call] as (...a: unknown[]) => unknown)(...args);
  };
  return { ...fs, [call]: fail } as WriteCalls;
}

describe("writeFileAtomic", () => {
  it("writes a new file, and replaces an old one keeping its permissions, leaving no temporary file", () => {
    const path = join(dir, "new.csv");
    writeFileAtomic(path, "a,b\r\n");
    expect(readFileSync(path, "utf8")).toBe("a,b\r\n");
    chmodSync(path, 0o640);
    writeFileAtomic(path, Uint8Array.of(1, 2, 3));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((n) => n.includes("new.csv"))).toEqual(["new.csv"]);
  });

  it.each([
    ["the second block's write (a disk full part-way)", failing("writeSync", 1)],
    ["the first write", failing("writeSync")],
    ["the flush to disk", failing("fsyncSync")],
    ["the rename", failing("renameSync")],
    ["opening the temporary file", failing("openSync")],
  ])("leaves the previous file untouched and no temporary file when %s fails (issue 23.2)", (_, calls) => {
    const path = join(dir, "kept.docx");
    writeFileSync(path, "the good report");
    expect(() => writeFileAtomic(path, new Uint8Array(3 << 20).fill(7), calls)).toThrow(
      expect.objectContaining({ code: "ENOSPC" }),
    );
    expect(readFileSync(path, "utf8")).toBe("the good report");
    expect(readdirSync(dir).filter((n) => n.includes("kept.docx"))).toEqual(["kept.docx"]);
  });

  it("leaves the previous file whole when the process is killed (SIGKILL) during the write, and the next write removes the temporary file (issue 23.2)", async () => {
    const path = join(dir, "killed.xlsx");
    writeFileSync(path, "the good workbook");
    // The child writes its first block, says so, and then waits: the kill lands in the middle of the write.
    const script = `
      const fs = require("fs");
      const { writeFileAtomic } = require(${JSON.stringify(join(__dirname, "../../src/cli/write-file-atomic.ts"))});
      const calls = { ...fs, writeSync(...a) { const n = fs.writeSync(...a); process.stdout.write("writing\\n"); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000); return n; } };
      writeFileAtomic(${JSON.stringify(path)}, new Uint8Array(4 << 20).fill(1), calls);`;
    const child = spawn(process.execPath, ["--import", "tsx", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(signal)));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(readFileSync(path, "utf8")).toBe("the good workbook");
    const left = readdirSync(dir).filter((n) => n.includes("killed.xlsx") && n.endsWith(".tmp"));
    expect(left).toHaveLength(1);
    expect(statSync(join(dir, left[0])).size).toBe(1 << 20);
    writeFileAtomic(path, "the new workbook");
    expect(readFileSync(path, "utf8")).toBe("the new workbook");
    expect(readdirSync(dir).filter((n) => n.includes("killed.xlsx"))).toEqual(["killed.xlsx"]);
  }, 30000);

  it("writes in place to a target that is not a plain file, such as /dev/null", () => {
    expect(() => writeFileAtomic("/dev/null", "x")).not.toThrow();
  });
});
