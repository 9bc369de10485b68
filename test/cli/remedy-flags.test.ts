import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { helpText } from "../../src/cli/help-text";
import { optionFlag } from "../../src/cli/option-flag";

const CORE = join(__dirname, "..", "..", "src", "core");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The options core names as remedies: `optionRef("x")` and the readings to choose from, `option: "x", value`. */
function namedOptions(): string[] {
  const names = files(CORE).flatMap((path) => {
    const text = readFileSync(path, "utf8");
    return [...text.matchAll(/optionRef\("(\w+)"\)|option: "(\w+)", value/g)].map((m) => m[1] ?? m[2]);
  });
  return [...new Set(names)].sort();
}

describe("the remedies core names", () => {
  it("are each a flag satk --help documents, named the one way (the option's name in kebab case)", () => {
    const help = helpText();
    const options = namedOptions();
    expect(options).toEqual(expect.arrayContaining(["columnsHold", "countColumn", "layout", "populationColumn"]));
    for (const name of options) expect([name, help.includes(`${optionFlag(name)} `)]).toEqual([name, true]);
  });
});
