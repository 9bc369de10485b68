import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { laterBytes } from "../../src/cli/later-bytes";
import type { RecordPartSpec } from "../../src/core/csv/read-record-part";

const dir = mkdtempSync(join(tmpdir(), "satk-later-"));
const HEAD = "Crime ID,Month,LSOA name,Crime type\n";
const ROWS = "a,2018-10,Dover 001A,Drugs\nb,2018-11,Swale 002B,Burglary\n\nc,2018-11,Dover 001A,Drugs\n";
const SPEC: RecordPartSpec = {
  name: "x.csv",
  fields: { month: 1, category: 3, area: 2, id: -1, code: -1 },
  filters: [],
};

/** A file of the header and the rows, and where the rows start. */
function file(name: string, rows: string): { path: string; from: number } {
  writeFileSync(join(dir, name), HEAD + rows);
  return { path: join(dir, name), from: HEAD.length };
}

/** The part's fields as plain arrays, to compare. */
function plain(part: unknown): unknown {
  return part === undefined
    ? undefined
    : JSON.parse(JSON.stringify(part, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v)));
}

describe("laterBytes", () => {
  it("reads the records after the cut on this thread when asked, with local ids, first rows and dropped rows", () => {
    const { path, from } = file("a.csv", ROWS);
    const later = laterBytes(path, from, "this thread");
    later?.begin(SPEC);
    expect(plain(later?.part())).toMatchObject({
      rows: 4,
      length: 3,
      month: [0, 1, 1],
      category: [0, 1, 0],
      area: [0, 1, 0],
      drops: { reason: ["blank"], row: [3], count: [1] },
      months: { firstRows: [1, 2] },
      areas: { firstRows: [1, 2] },
    });
    expect(Buffer.concat([...(later?.pieces ?? [])]).toString()).toBe(ROWS);
  });

  it("gives no part when the later bytes cannot be read (the caller then reads them and reports the error)", () => {
    const { path, from } = file("b.csv", 'a,2018-10,Dover 001A,"Drugs"x\n');
    const later = laterBytes(path, from, "this thread");
    later?.begin(SPEC);
    expect(later?.part()).toBeUndefined();
  });

  it("has no worker to start when run from the TypeScript source", () => {
    expect(laterBytes(file("c.csv", ROWS).path, HEAD.length)).toBeUndefined();
  });

  it("reads them on a worker thread once compiled, giving the part this thread gives, or none when they are broken", async () => {
    // Compiled into a folder of its own (not lib/, which other tests build and run at the same time); tsc
    // writes it even when another engineer's file has a type error, so its status is not checked.
    const out = join(dir, "lib");
    spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json", "--outDir", out], { cwd: join(__dirname, "../..") });
    const compiled = (await import(join(out, "cli/later-bytes.js"))) as { laterBytes: typeof laterBytes };
    const good = file("d.csv", ROWS.repeat(1000));
    const here = laterBytes(good.path, good.from, "this thread");
    here?.begin(SPEC);
    for (const [{ path, from }, expected] of [
      [good, plain(here?.part())],
      [file("e.csv", 'a,2018-10,Dover 001A,"Drugs"x\n'), undefined],
    ] as const) {
      const worker = compiled.laterBytes(path, from);
      worker?.begin(SPEC);
      expect(plain(worker?.part())).toEqual(expected);
    }
  }, 120000);
});
