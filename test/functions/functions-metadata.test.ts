/**
 * The custom-function metadata (functions.json) that Excel reads, generated from the JSDoc of
 * src/functions exactly as the webpack build does it. It fails on what would confuse an analyst in
 * Excel's autocomplete (a function or argument with no description) and on the typing trap that turns
 * a range argument into a repeating scalar one.
 */
import * as fs from "fs";
import * as path from "path";
import * as functions from "../../src/functions/functions";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

interface Parameter { name: string; description?: string; type: string; dimensionality?: string; repeating?: boolean; optional?: boolean }
interface FunctionMetadata { id: string; name: string; description?: string; parameters: Parameter[]; result: { dimensionality?: string } }

const folder = path.join(__dirname, "..", "..", "src", "functions");
const sources = fs.readdirSync(folder).map((name) => path.join(folder, name))
  .filter((file) => file.endsWith(".ts") && fs.readFileSync(file, "utf8").includes("@customfunction"));

let metadata: FunctionMetadata[];
let errors: string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(sources, true);
  errors = generated.errors;
  metadata = generated.errors.length ? [] : JSON.parse(generated.metadataJson).functions;
}, 60000);

/** The JS name of each function, by its @customfunction id, read from the sources. */
const jsNameById = new Map(sources.flatMap((file) =>
  [...fs.readFileSync(file, "utf8").matchAll(/@customfunction\s+([A-Z0-9._]+)(?:(?!@customfunction)[\s\S])*?export function (\w+)/g)]
    .map((m) => [m[1], m[2]] as const)));

/** The TypeScript type of each parameter as declared, by "jsName.parameter". */
const declaredTypes = new Map(sources.flatMap((file) =>
  [...fs.readFileSync(file, "utf8").matchAll(/export function (\w+)\(([^)]*)\)/g)].flatMap((m) =>
    m[2].split(",").map((p) => p.trim()).filter(Boolean).map((p) => {
      const [name, type] = p.split(/\??:\s*/);
      return [`${m[1]}.${name}`, type ?? ""] as const;
    }))));

describe("functions.json", () => {
  it("generates without a metadata error", () => {
    expect(errors).toEqual([]);
    expect(metadata.length).toBeGreaterThan(0);
  });

  it("gives every function a unique upper-case id and a description", () => {
    const ids = metadata.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of metadata) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9._]{2,}$/);
      expect(`${f.id}: ${f.description ?? ""}`.length).toBeGreaterThan(f.id.length + 20);
    }
  });

  it("describes every parameter so Excel's autocomplete can explain it", () => {
    for (const f of metadata) {
      for (const p of f.parameters) expect(`${f.id}(${p.name}): ${p.description ?? "(none)"}`).not.toMatch(/\(none\)$/);
    }
  });

  it("makes range parameters matrices, never repeating scalars", () => {
    for (const f of metadata) {
      for (const p of f.parameters) {
        expect(`${f.id}(${p.name}) repeating: ${Boolean(p.repeating)}`).toBe(`${f.id}(${p.name}) repeating: false`);
        const declared = declaredTypes.get(`${jsNameById.get(f.id)}.${p.name}`) ?? "";
        if (declared.endsWith("[][]")) expect(`${f.id}(${p.name}) ${p.dimensionality}`).toBe(`${f.id}(${p.name}) matrix`);
      }
    }
  });

  it("holds every function of the toolkit under its fixed name and JS name", () => {
    const expected: Record<string, string> = {
      PCTCHANGE: "pctChange", ROLLINGYEAR: "rollingYear", RYCOUNT: "ryCount", RYCHANGE: "ryChange",
      CHANGETEXT: "changeText", CHANGETEST: "changeTest", FINYEAR: "finYear", MONTHKEY: "monthKey", RATEPER: "rate", MOE: "moe", PROPTEST: "propTest",
      SPC: "spc", "SPC.SIGNALS": "spcSignals", "SPC.VARIATION": "spcVariation", "SPC.ASSURANCE": "spcAssurance",
      "SPC.STEPS": "spcSteps", MORILE: "morile", "MORILE.DETAIL": "morileDetail", "MORILE.BAND": "morileBand",
      RYTABLE: "ryTable", AREATABLE: "areaTable", RATETABLE: "rateTable", FYPIVOT: "fyPivot",
    };
    const actual = Object.fromEntries(metadata.map((f) => [f.id, jsNameById.get(f.id)]));
    expect(actual).toEqual(expected);
  });

  it("registers each function under an export of src/functions/functions.ts", () => {
    const exported = new Set(Object.keys(functions));
    for (const f of metadata) {
      expect(exported.has(jsNameById.get(f.id) ?? `(no export for ${f.id})`)).toBe(true);
    }
  });
});
