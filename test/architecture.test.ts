/**
 * The architecture's one-way flow, kept by a test: `src/core` is the pure domain that everything
 * imports and that imports nothing of the others: no Office, no DOM, no Node-only module, no other
 * `src/` folder. (src/core/tsconfig.json also type-checks it without DOM or Node types.)
 */
import * as fs from "fs";
import * as path from "path";

const core = path.join(__dirname, "..", "src", "core");

/** Packages the core may import: pure JavaScript that runs unchanged in Node, browsers and Excel. */
const PURE_PACKAGES = new Set(["fflate"]);
/**
 * Globals of Office, the DOM and Node. `window` is left out because the core rightly names rolling-year
 * windows so; src/core/tsconfig.json (no DOM library) rejects the browser's `window` at type-check time.
 */
const FORBIDDEN_GLOBALS = /(?<![.\w])(document|navigator|Office|Excel|CustomFunctions|Buffer|process|require|__dirname)\s*[.(]/;

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  return importsIn(fs.readFileSync(file, "utf8"));
}

function importsIn(text: string): string[] {
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
}

/** The source with comments removed, so JSDoc examples do not count as uses. */
function codeOf(file: string): string {
  return withoutComments(fs.readFileSync(file, "utf8"));
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
}

const files = sourceFiles(core);

describe("src/core", () => {
  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((file) => [path.relative(core, file), file]))("%s imports only core modules and pure packages", (_name, file) => {
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith(".")) {
        const target = path.resolve(path.dirname(file), specifier);
        expect(`${specifier} -> ${path.relative(core, target)}`).not.toMatch(/-> \.\./);
      } else {
        expect(`${specifier} is pure`).toBe(`${PURE_PACKAGES.has(specifier) ? specifier : "(not allowed) " + specifier} is pure`);
      }
    }
  });

  it.each(files.map((file) => [path.relative(core, file), file]))("%s uses no Office, DOM or Node globals", (_name, file) => {
    expect(codeOf(file)).not.toMatch(FORBIDDEN_GLOBALS);
  });
});

describe("the architecture test itself", () => {
  it("would catch an import of another src folder, a Node module and Office", () => {
    const bad = 'import { x } from "../../excel/office-workbook";\nimport * as fs from "fs";\nconst a = Excel.run;';
    expect(importsIn(bad)).toEqual(["../../excel/office-workbook", "fs"]);
    expect(path.relative(core, path.resolve(core, "spc", "../../excel/office-workbook"))).toMatch(/^\.\./);
    expect(PURE_PACKAGES.has("fs")).toBe(false);
    expect(withoutComments(bad)).toMatch(FORBIDDEN_GLOBALS);
    expect(withoutComments("/** document.title */ const x = 1;")).not.toMatch(FORBIDDEN_GLOBALS);
  });
});
