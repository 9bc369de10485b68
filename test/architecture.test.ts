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
const FORBIDDEN_GLOBALS =
  /(?<![.\w])(document|navigator|Office|Excel|CustomFunctions|Buffer|process|require|__dirname)\s*[.(]/;

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
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
    (m) => m[1] ?? m[2],
  );
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

  it.each(files.map((file) => [path.relative(core, file), file]))(
    "%s imports only core modules and pure packages",
    (_name, file) => {
      for (const specifier of importsOf(file)) {
        if (specifier.startsWith(".")) {
          const target = path.resolve(path.dirname(file), specifier);
          expect(`${specifier} -> ${path.relative(core, target)}`).not.toMatch(/-> \.\./);
        } else {
          expect(`${specifier} is pure`).toBe(
            `${PURE_PACKAGES.has(specifier) ? specifier : "(not allowed) " + specifier} is pure`,
          );
        }
      }
    },
  );

  it.each(files.map((file) => [path.relative(core, file), file]))(
    "%s uses no Office, DOM or Node globals",
    (_name, file) => {
      expect(codeOf(file)).not.toMatch(FORBIDDEN_GLOBALS);
    },
  );
});

/** The src folders that only the front ends use: nothing below them may import them. */
const FRONT_ENDS = ["taskpane", "cli", "commands"];
const src = path.join(__dirname, "..", "src");

/** The src folder a relative import from `file` lands in, or undefined for a package. */
function folderImported(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  return path.relative(src, path.resolve(path.dirname(file), specifier)).split(path.sep)[0];
}

describe("imports point down: core, then excel, export and functions, then the task pane and the command line", () => {
  const below = ["export", "excel", "functions"].flatMap((folder) => sourceFiles(path.join(src, folder)));

  it.each(below.map((file) => [path.relative(src, file), file]))(
    "%s imports neither the task pane nor the command line",
    (_name, file) => {
      const upward = importsOf(file).filter((specifier) => FRONT_ENDS.includes(folderImported(file, specifier) ?? ""));
      expect(upward).toEqual([]);
    },
  );

  it.each(sourceFiles(path.join(src, "export")).map((file) => [path.relative(src, file), file]))(
    "%s (export) imports only core and export modules",
    (_name, file) => {
      const outside = importsOf(file).filter(
        (specifier) => !["core", "export", undefined].includes(folderImported(file, specifier)),
      );
      expect(outside).toEqual([]);
    },
  );
});

describe("the architecture test itself", () => {
  it("would catch src/export importing the task pane", () => {
    const file = path.join(src, "export", "taskpane-register.ts");
    expect(folderImported(file, "../taskpane/export-actions")).toBe("taskpane");
    expect(folderImported(file, "./docx")).toBe("export");
    expect(folderImported(file, "docx")).toBeUndefined();
  });

  it("would catch an import of another src folder, a Node module and Office", () => {
    const bad = 'import { x } from "../../excel/office-workbook";\nimport * as fs from "fs";\nconst a = Excel.run;';
    expect(importsIn(bad)).toEqual(["../../excel/office-workbook", "fs"]);
    expect(path.relative(core, path.resolve(core, "spc", "../../excel/office-workbook"))).toMatch(/^\.\./);
    expect(PURE_PACKAGES.has("fs")).toBe(false);
    expect(withoutComments(bad)).toMatch(FORBIDDEN_GLOBALS);
    expect(withoutComments("/** document.title */ const x = 1;")).not.toMatch(FORBIDDEN_GLOBALS);
  });
});
