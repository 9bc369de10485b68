/**
 * The post-build step of functions.json (scripts/functions-metadata.js, issue 24, items 4 and 6), run by a
 * real webpack compile the way webpack.config.js runs it: after the metadata plugin has added the asset.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FinishFunctionsMetadataPlugin, finishMetadata } = require("../../scripts/functions-metadata");

const root = path.join(__dirname, "..", "..");
const generated = {
  functions: [
    {
      id: "SPC",
      name: "SPC",
      parameters: [{ name: "values", type: "any", dimensionality: "matrix", description: "(shared help: spc_values)" }],
      result: { dimensionality: "matrix" },
    },
    {
      id: "PLAIN",
      name: "PLAIN",
      parameters: [{ name: "kind", type: "string", description: "A kind." }],
      result: { type: "string" },
    },
  ],
};

/** Adds functions.json as custom-functions-metadata-plugin does: at the compilation hook, as a raw asset. */
class FakeMetadataPlugin {
  apply(compiler: webpack.Compiler) {
    compiler.hooks.compilation.tap("Fake", (compilation) => {
      compilation.assets["functions.json"] = new compiler.webpack.sources.RawSource(JSON.stringify(generated));
    });
  }
}

describe("the functions.json post-build step", () => {
  it("sets allowErrorForDataTypeAny on a function with an any parameter only, and fills its shared help", () => {
    const done = JSON.parse(finishMetadata(JSON.stringify(generated))).functions;
    expect(done[0].options).toEqual({ allowErrorForDataTypeAny: true });
    expect(done[0].parameters[0].description).toMatch(/^The monthly counts, one column or one row, oldest first\./);
    expect(done[1].options).toBeUndefined();
    expect(done[1].parameters[0].description).toBe("A kind.");
  });

  it("finishes the asset webpack writes to dist/functions.json", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "satk-metadata-"));
    const entry = path.join(out, "entry.js");
    fs.writeFileSync(entry, "module.exports = 1;\n");
    const compiler = webpack({
      mode: "production",
      context: out,
      entry,
      output: { path: out, filename: "bundle.js" },
      plugins: [new FakeMetadataPlugin(), new FinishFunctionsMetadataPlugin("functions.json")],
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))),
    );
    await new Promise((resolve) => compiler.close(resolve));
    expect(stats.compilation.errors).toEqual([]);
    const written = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
    expect(written.functions[0].options).toEqual({ allowErrorForDataTypeAny: true });
    fs.rmSync(out, { recursive: true, force: true });
  }, 60000);

  it("runs in the add-in's build, after the metadata plugin", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(root, "webpack.config.js"))({}, { mode: "production" });
    const names = config.plugins.map((plugin: object) => plugin.constructor.name);
    expect(names.indexOf("FinishFunctionsMetadataPlugin")).toBeGreaterThan(
      names.indexOf("CustomFunctionsMetadataPlugin"),
    );
    expect(names.indexOf("CustomFunctionsMetadataPlugin")).toBeGreaterThanOrEqual(0);
  });
});
