/* The post-build step of functions.json (webpack.config.js runs it on the metadata plugin's output; the tests
 * run it on the same generated text):
 * - a parameter whose JSDoc help is "(shared help: KEY)" gets the text of KEY in src/functions/parameter-help.json,
 *   so a help shared by several functions (the SPC values' blank-cell wording) has one source; an unknown KEY
 *   stops the build;
 * - every function with an `any` parameter gets `options.allowErrorForDataTypeAny`, without which Excel never
 *   calls it with an error cell (it answers the error itself), so the messages that name an error cell
 *   ("values: point 4 is #N/A") could never appear. The generator cannot set this flag from JSDoc
 *   (learn.microsoft.com, "Handle and return errors from your custom function"). */
const path = require("path");

const HELP_FILE = path.join(__dirname, "..", "src", "functions", "parameter-help.json");
const SHARED = /^\(shared help: ([a-z_]+)\)$/;

/** The shared help texts by key, read afresh (the build and the tests see the file as it is). */
function sharedHelp() {
  const fs = require("fs");
  return JSON.parse(fs.readFileSync(HELP_FILE, "utf8"));
}

/**
 * functions.json's text with the shared help filled in and the error-input flag set.
 * @param {string} json the generated metadata
 * @returns {string} the finished metadata
 * @throws {Error} naming the function and parameter whose shared help key is unknown
 */
function finishMetadata(json, help = sharedHelp()) {
  const metadata = JSON.parse(json);
  for (const fn of metadata.functions) {
    for (const parameter of fn.parameters) {
      const shared = SHARED.exec((parameter.description || "").trim());
      if (!shared) continue;
      if (typeof help[shared[1]] !== "string") {
        throw new Error(
          `functions.json: ${fn.id}(${parameter.name}) asks for shared help "${shared[1]}", which src/functions/parameter-help.json does not have.`,
        );
      }
      parameter.description = help[shared[1]];
    }
    if (fn.parameters.some((parameter) => parameter.type === "any"))
      fn.options = { ...fn.options, allowErrorForDataTypeAny: true };
  }
  return JSON.stringify(metadata, null, 4);
}

/** The webpack plugin: finishes the functions.json asset once the metadata plugin has added it. */
class FinishFunctionsMetadataPlugin {
  constructor(asset = "functions.json") {
    this.asset = asset;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FinishFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FinishFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(this.asset);
          if (!asset) return; // the metadata plugin reported its own errors
          try {
            compilation.updateAsset(
              this.asset,
              new sources.RawSource(finishMetadata(asset.source.source().toString())),
            );
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        },
      );
    });
  }
}

module.exports = { FinishFunctionsMetadataPlugin, finishMetadata, HELP_FILE };
