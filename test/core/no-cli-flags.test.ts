import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

const CORE = join(__dirname, "..", "..", "src", "core");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Lines of code (comments left out) that spell a command-line flag: "--areas", or one built as "--${...}". */
function flagLines(path: string): string[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line, i) => ({ line, at: `${path.slice(CORE.length + 1)}:${i + 1}` }))
    .filter(({ line }) => !/^\s*(\/\/|\*|\/\*\*)/.test(line) && /--[a-z$]/.test(line))
    .map(({ line, at }) => `${at}: ${line.trim()}`);
}

describe("core speaks about the data, not the front end", () => {
  it("has no string naming a command-line flag: remedies are tokens the front ends render", () => {
    const found = files(CORE).flatMap(flagLines);
    expect(found).toEqual([]);
  });
});
