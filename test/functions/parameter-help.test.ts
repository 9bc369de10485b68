/**
 * One source for each shared parameter's help (issue 24, item 6): src/functions/parameter-help.json, filled
 * into functions.json by the post-build step, checked here against the README's blank-cell policy and
 * against what the functions do with a blank.
 */
import * as fs from "fs";
import * as path from "path";
import { errorOf } from "./error-of";
import { spc, spcSignals } from "../../src/functions/functions";
import help from "../../src/functions/parameter-help.json";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { finishMetadata } = require("../../scripts/functions-metadata");

interface FunctionMetadata {
  id: string;
  description?: string;
  parameters: { name: string; description?: string }[];
}

const root = path.join(__dirname, "..", "..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
/** The README's "Blank cells" policy, from its heading to the next paragraph that is not a bullet. */
const policy = /\*\*Blank cells\.\*\*[\s\S]*?\n\n(?:- [\s\S]*?\n)+(?=\n)/.exec(readme)?.[0] ?? "";
const folder = path.join(root, "src", "functions");
const sources = fs
  .readdirSync(folder)
  .map((name) => path.join(folder, name))
  .filter((file) => file.endsWith(".ts") && fs.readFileSync(file, "utf8").includes("@customfunction"));

let metadata: FunctionMetadata[];
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(sources, true);
  metadata = JSON.parse(finishMetadata(generated.metadataJson)).functions;
}, 60000);

const helpOf = (id: string, parameter: string) =>
  metadata.find((f) => f.id === id)?.parameters.find((p) => p.name === parameter)?.description;

describe("shared parameter help", () => {
  it("reads the README's blank-cell policy: trailing blanks left out, a blank inside a series #VALUE!, rebase_at's blanks ignored", () => {
    expect(policy).toMatch(/blanks at the \*\*end\*\* of a series[^;]*they are left out/);
    expect(policy).toMatch(/a blank \*\*inside\*\* a series is `#VALUE!` naming the point/);
    expect(policy).toMatch(/blank cells in `rebase_at` are ignored/);
    expect(policy).toMatch(/a blank MoRiLE rating is a missing rating \(`#N\/A` naming the criterion\)/);
  });

  it("says of every SPC function's values what the policy says, in one wording", () => {
    for (const id of ["SPC", "SPC.SIGNALS", "SPC.VARIATION", "SPC.ASSURANCE", "SPC.STEPS"])
      expect(helpOf(id, "values")).toBe(help.spc_values);
    expect(help.spc_values).toMatch(/Blank cells after the last count are months not yet reported and are left out/);
    expect(help.spc_values).toMatch(/a blank inside the series[^.]*gives #VALUE! naming the point/);
    for (const id of ["SPC", "SPC.SIGNALS", "SPC.VARIATION", "SPC.ASSURANCE"])
      expect(helpOf(id, "rebase_at")).toBe(help.rebase_at);
    expect(help.rebase_at).toMatch(/Blank cells are ignored\.$/);
    for (const id of ["MORILE", "MORILE.DETAIL"]) expect(helpOf(id, "ratings")).toBe(help.morile_ratings);
    expect(help.morile_ratings).toMatch(/A blank rating is a missing rating \(#N\/A naming the criterion\)/);
  });

  it("is what the functions do: a blank inside a series is #VALUE! naming the point, trailing blanks are left out", () => {
    const values = [[5], [null], [7], [6], [8], [null]];
    expect(errorOf(() => spc(values)).message).toMatch(/^values: point 2 is blank, inside the series/);
    expect(errorOf(() => spcSignals(values)).code).toBe("#VALUE!");
    expect(spc([[5], [7], [6], [8], [null]])).toHaveLength(5);
    expect(spc([[5], [7], [6], [8], [null]])[4]).toEqual(["", "", ""]);
  });

  it("leaves no help that contradicts the policy: no blank 'counts as 0', no placeholder left unfilled", () => {
    const texts = metadata.flatMap((f) => [
      `${f.id}: ${f.description}`,
      ...f.parameters.map((p) => `${f.id}(${p.name}): ${p.description}`),
    ]);
    expect(texts.filter((t) => /blank[^.]*count(s|ed)? as 0|blank[^.]*charted as 0/i.test(t))).toEqual([]);
    expect(texts.filter((t) => t.includes("(shared help:"))).toEqual([]);
  });

  it("stops the build on a shared help key the file does not have, naming the function and parameter", () => {
    const json = JSON.stringify({
      functions: [
        { id: "X", parameters: [{ name: "values", type: "any", description: "(shared help: nothing_here)" }] },
      ],
    });
    expect(() => finishMetadata(json)).toThrow('functions.json: X(values) asks for shared help "nothing_here"');
  });
});
