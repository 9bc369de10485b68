/**
 * Every formula the toolkit writes calls its functions under the running copy's namespace (issue 24,
 * item 2): CSP in the production copy, CSPDEV in the development one, never a CSP. written into the code.
 */
import * as fs from "fs";
import * as path from "path";
import { FUNCTIONS_NAMESPACE } from "../../src/excel/functions-namespace";
import { planMorileMatrix } from "../../src/excel/morile-matrix";
import { illustrativeProfile } from "../../src/core/morile/illustrative-profile";

const SRC = path.join(__dirname, "..", "..", "src");

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}

describe("the custom functions' namespace in written formulas", () => {
  it("is CSP outside a webpack build, as in the production copy", () => {
    expect(FUNCTIONS_NAMESPACE).toBe("CSP");
  });

  it("is the namespace given to the MoRiLE matrix: a development copy's matrix calls CSPDEV.MORILE.DETAIL only", () => {
    const plan = planMorileMatrix(
      { profileSheet: "P", matrixSheet: "M", prioritySheet: "L" },
      illustrativeProfile(),
      ["Domestic abuse"],
      "CSPDEV",
    );
    const formulas = plan.blocks
      .filter((b) => b.kind === "formulas")
      .flatMap((b) => b.cells.flat())
      .map(String);
    const calls = formulas.filter((f) => f.startsWith("=") && /\bCSP(DEV)?\./.test(f));
    expect(calls.length).toBe(8);
    for (const f of calls) expect(f).toMatch(/CSPDEV\.MORILE\.DETAIL\(/);
    const text = plan.blocks
      .flatMap((b) => b.cells.flat())
      .map(String)
      .filter((t) => /MORILE\.DETAIL formulas/.test(t));
    expect(text).toEqual([expect.stringContaining("live CSPDEV.MORILE.DETAIL formulas")]);
  });

  it("is the running copy's by default", () => {
    const plan = planMorileMatrix({ profileSheet: "P", matrixSheet: "M", prioritySheet: "L" }, illustrativeProfile(), [
      "Domestic abuse",
    ]);
    const formulas = plan.blocks
      .flatMap((b) => b.cells.flat())
      .map(String)
      .filter((f) => f.startsWith("="));
    expect(formulas.some((f) => f.includes(`${FUNCTIONS_NAMESPACE}.MORILE.DETAIL(`))).toBe(true);
  });

  it("is never written into a string of the source: code builds its formulas with FUNCTIONS_NAMESPACE", () => {
    const found: string[] = [];
    for (const file of sourceFiles(SRC)) {
      fs.readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/^\s*(\*|\/\/|\/\*)/.test(line)) return; // comments name the functions as the analyst types them
          if (/["'`][^"'`]*\bCSP\.[A-Z]/.test(line)) found.push(`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("is CSPDEV throughout a development build: its MoRiLE matrix calls CSPDEV functions and the playground calculates them", async () => {
    const global = globalThis as { __FUNCTIONS_NAMESPACE__?: string };
    global.__FUNCTIONS_NAMESPACE__ = "CSPDEV"; // what webpack's DefinePlugin puts in a development build
    try {
      let modules: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any
      jest.isolateModules(() => {
        modules = {
          namespace: require("../../src/excel/functions-namespace"), // eslint-disable-line @typescript-eslint/no-require-imports
          matrix: require("../../src/excel/morile-matrix"), // eslint-disable-line @typescript-eslint/no-require-imports
          memory: require("../../src/excel/memory-workbook"), // eslint-disable-line @typescript-eslint/no-require-imports
          evaluator: require("../../src/excel/formula-evaluator"), // eslint-disable-line @typescript-eslint/no-require-imports
        };
      });
      expect(modules.namespace.FUNCTIONS_NAMESPACE).toBe("CSPDEV");
      const book = new modules.memory.MemoryWorkbook({ calculate: modules.evaluator.recalculateWorkbook });
      const { matrixSheet } = await modules.matrix.createMorileMatrix(book);
      expect(book.cell(matrixSheet, "L5").formula).toContain("CSPDEV.MORILE.DETAIL(");
      const low = ["Low", "Low", "Low", "Low", "Neighbourhood", "Rare", "Low", "Low", "Sufficient", "Strong"];
      low.forEach((level, i) => book.setCellValue(matrixSheet, `${"BCDEFGHIJK"[i]}5`, level));
      expect(book.valuesOf(matrixSheet, "Q5")[0][0]).toBe(20); // by hand: (1+1+1+1+1) x (1+1) x 1 x (1+1)
    } finally {
      delete global.__FUNCTIONS_NAMESPACE__;
    }
  });
});
