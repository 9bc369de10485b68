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
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { finishMetadata } = require("../../scripts/functions-metadata");

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  repeating?: boolean;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: { allowErrorForDataTypeAny?: boolean };
}

const folder = path.join(__dirname, "..", "..", "src", "functions");
const sources = fs
  .readdirSync(folder)
  .map((name) => path.join(folder, name))
  .filter((file) => file.endsWith(".ts") && fs.readFileSync(file, "utf8").includes("@customfunction"));

let metadata: FunctionMetadata[];
let errors: string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(sources, true);
  errors = generated.errors;
  // As the build makes it: the generator's output finished by the post-build step (scripts/functions-metadata.js).
  metadata = generated.errors.length ? [] : JSON.parse(finishMetadata(generated.metadataJson)).functions;
}, 60000);

/** The JS name of each function, by its @customfunction id, read from the sources. */
const jsNameById = new Map(
  sources.flatMap((file) =>
    [
      ...fs
        .readFileSync(file, "utf8")
        .matchAll(/@customfunction\s+([A-Z0-9._]+)(?:(?!@customfunction)[\s\S])*?export function (\w+)/g),
    ].map((m) => [m[1], m[2]] as const),
  ),
);

/** The TypeScript type of each parameter as declared, by "jsName.parameter". */
const declaredTypes = new Map(
  sources.flatMap((file) =>
    [...fs.readFileSync(file, "utf8").matchAll(/export function (\w+)\(([^)]*)\)/g)].flatMap((m) =>
      m[2]
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => {
          const [name, type] = p.split(/\??:\s*/);
          return [`${m[1]}.${name}`, type ?? ""] as const;
        }),
    ),
  ),
);

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
        if (declared.endsWith("[][]"))
          expect(`${f.id}(${p.name}) ${p.dimensionality}`).toBe(`${f.id}(${p.name}) matrix`);
      }
    }
  });

  it("holds every function of the toolkit under its fixed name and JS name", () => {
    const expected: Record<string, string> = {
      PCTCHANGE: "pctChange",
      ROLLINGYEAR: "rollingYear",
      RYCOUNT: "ryCount",
      RYCHANGE: "ryChange",
      CHANGETEXT: "changeText",
      CHANGETEST: "changeTest",
      FINYEAR: "finYear",
      MONTHKEY: "monthKey",
      RATEPER: "rate",
      MOE: "moe",
      PROPTEST: "propTest",
      SPC: "spc",
      "SPC.SIGNALS": "spcSignals",
      "SPC.VARIATION": "spcVariation",
      "SPC.ASSURANCE": "spcAssurance",
      "SPC.STEPS": "spcSteps",
      MORILE: "morile",
      "MORILE.DETAIL": "morileDetail",
      "MORILE.BAND": "morileBand",
      RYTABLE: "ryTable",
      AREATABLE: "areaTable",
      RATETABLE: "rateTable",
      FYPIVOT: "fyPivot",
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

  it("declares every single-value parameter any, never number, so Excel hands a blank over as it is (issue 24, item 7)", () => {
    const numbers = metadata.flatMap((f) =>
      f.parameters.filter((p) => p.type !== "any").map((p) => `${f.id}(${p.name}): ${p.type}`),
    );
    expect(numbers.filter((p) => p.endsWith(": number"))).toEqual([]);
    const pctChange = metadata.find((f) => f.id === "PCTCHANGE")!;
    expect(pctChange.parameters.map((p) => p.type)).toEqual(["any", "any"]);
  });

  it('lets CSP.SPC spill its "" padding: its result is an any matrix, not numbers (issue 24, item 7)', () => {
    const spc = metadata.find((f) => f.id === "SPC")!;
    expect(spc.result.dimensionality).toBe("matrix");
    expect(spc.result.type ?? "any (the generator leaves the type out)").toBe(
      "any (the generator leaves the type out)",
    );
  });

  it('lets error cells reach every function that takes any, so "values: point 4 is #N/A" can be seen (issue 24, item 4)', () => {
    const withAny = metadata.filter((f) => f.parameters.some((p) => p.type === "any"));
    expect(withAny.map((f) => f.id)).toEqual(
      expect.arrayContaining(["SPC", "SPC.SIGNALS", "ROLLINGYEAR", "PCTCHANGE", "MORILE.DETAIL"]),
    );
    for (const f of withAny) expect(`${f.id}: ${f.options?.allowErrorForDataTypeAny}`).toBe(`${f.id}: true`);
  });
});
