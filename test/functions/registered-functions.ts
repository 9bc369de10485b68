/**
 * Every custom function Excel registers, found the way the build finds them: each module of
 * src/functions with a `@customfunction` tag, each tag's id and the function exported right after it.
 * The property tests and `npm run fuzz` enumerate this list, so a function added later (in a new file
 * too) is covered without anyone editing them.
 */
import * as fs from "fs";
import * as path from "path";

/** How a parameter reaches the function: a range (`any[][]`, a matrix in the metadata) or one value. */
export type ParameterKind = "range" | "scalar";

export interface RegisteredFunction {
  /** The id Excel shows after CSP., such as "SPC.SIGNALS". */
  id: string;
  /** The exported JavaScript name, such as "spcSignals". */
  jsName: string;
  /** The source file, relative to src/functions. */
  file: string;
  parameters: { name: string; kind: ParameterKind; optional: boolean }[];
  call: (...args: unknown[]) => unknown;
}

export const FUNCTIONS_FOLDER = path.join(__dirname, "..", "..", "src", "functions");

/** The registered functions, in file then source order. */
export function registeredFunctions(): RegisteredFunction[] {
  const files = fs
    .readdirSync(FUNCTIONS_FOLDER)
    .filter((name) => name.endsWith(".ts"))
    .sort();
  return files.flatMap((file) => {
    const source = fs.readFileSync(path.join(FUNCTIONS_FOLDER, file), "utf8");
    if (!source.includes("@customfunction")) return [];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module is found at run time
    const moduleExports = require(path.join(FUNCTIONS_FOLDER, file)) as Record<string, unknown>;
    return [
      ...source.matchAll(
        /@customfunction\s+([A-Z0-9._]+)(?:(?!@customfunction)[\s\S])*?export function (\w+)\(([^)]*)\)/g,
      ),
    ].map((m) => {
      const call = moduleExports[m[2]];
      if (typeof call !== "function")
        throw new Error(`${file}: ${m[1]} names ${m[2]}, which the module does not export.`);
      return { id: m[1], jsName: m[2], file, parameters: parametersOf(m[3]), call: call as RegisteredFunction["call"] };
    });
  });
}

function parametersOf(list: string): RegisteredFunction["parameters"] {
  return list
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [name, type = ""] = p.split(/:\s*/);
      return {
        name: name.replace("?", ""),
        kind: type.trim().endsWith("[][]") ? "range" : "scalar",
        optional: name.endsWith("?"),
      };
    });
}
