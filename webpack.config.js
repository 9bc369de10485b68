/* Builds the add-in into dist/: the task pane page (which also hosts the custom functions and ribbon
 * commands, as the shared runtime needs one page), functions.js with functions.json generated from
 * JSDoc, the browser playground, the icons and manifest.xml.
 *
 * The development and production copies differ in the functions' namespace (CSPDEV, CSP) and the ribbon's
 * labels, from one source (ADDIN_COPIES in scripts/production-manifest.js): the manifest gets them, and so
 * does every formula the copy writes (the constant __FUNCTIONS_NAMESPACE__). Production builds also rewrite
 * every https://localhost:3000/ in manifest.xml to $ADDIN_BASE_URL and give it the production add-in Id. `webpack serve` (npm run dev-server) serves
 * https with Office's development certificate, and stops with what to run when there is none
 * (scripts/dev-server-config.js): never http while Excel expects https. */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { devServerFromEnvironment } = require("./scripts/dev-server-config");
const { FinishFunctionsMetadataPlugin } = require("./scripts/functions-metadata");
const webpack = require("webpack");
const {
  ADDIN_COPIES,
  manifestForCopy,
  productionAddinId,
  productionBaseUrl,
  productionManifest,
} = require("./scripts/production-manifest");

/** Every module of src/functions that declares a custom function: the metadata plugin reads them all. */
function customFunctionSources() {
  const folder = path.join(__dirname, "src", "functions");
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.join(folder, name))
    .filter((file) => fs.readFileSync(file, "utf8").includes("@customfunction"))
    .map((file) => "./" + path.relative(__dirname, file).split(path.sep).join("/"));
}

/** The dev server's http or https setting; a missing certificate stops `webpack serve` with what to run. */
function devServerSetting() {
  try {
    const plan = devServerFromEnvironment();
    if (plan.warning) console.warn(`\n${plan.warning}\n`);
    return plan.server;
  } catch (error) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

module.exports = (env, options) => {
  const dev = options.mode === "development";
  // Checked before the build starts, so a bad ADDIN_BASE_URL or ADDIN_ID stops it with a plain message.
  if (!dev) {
    productionBaseUrl();
    productionAddinId();
  }
  const copy = ADDIN_COPIES[dev ? "development" : "production"];
  const server = env && env.WEBPACK_SERVE ? devServerSetting() : { type: "http" };
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
      playground: "./src/taskpane/playground.ts",
      "save-word": "./src/taskpane/save-word.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        // ES modules (not tsconfig's CommonJS) so webpack can leave out what a bundle does not use from a room's
        // index.ts; without it `import { x } from "../export"` would pull every writer (and Node's fs) into the pane.
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } },
        },
        // The rooms' index files and the pure rooms (core, export) do nothing when loaded, so an unused re-export
        // costs nothing. Not the functions (the metadata plugin adds CustomFunctions.associate calls to them),
        // nor excel and taskpane, which have modules run for their effect (formula-evaluator-runtime,
        // taskpane-register).
        { test: /[\\/]index\.ts$/, sideEffects: false },
        {
          test: /\.ts$/,
          include: [path.resolve(__dirname, "src/core"), path.resolve(__dirname, "src/export")],
          sideEffects: false,
        },
        { test: /\.(png|jpg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ __FUNCTIONS_NAMESPACE__: JSON.stringify(copy.namespace) }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: customFunctionSources() }),
      // Shared parameter help and the error-input flag (scripts/functions-metadata.js).
      new FinishFunctionsMetadataPlugin("functions.json"),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/taskpane/playground.html",
        chunks: ["playground"],
      }),
      // Export to Word from Excel for Mac: opened in the system browser to make and save the .docx.
      new HtmlWebpackPlugin({
        filename: "save-word.html",
        template: "./src/taskpane/save-word.html",
        chunks: ["save-word"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          // The chart renderer and its font, fetched by the task pane when it exports SPC charts to Word.
          { from: "node_modules/@resvg/resvg-wasm/index_bg.wasm", to: "assets/resvg.wasm" },
          { from: "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf", to: "assets/fonts/DejaVuSans.ttf" },
          { from: "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf", to: "assets/fonts/DejaVuSans-Bold.ttf" },
          { from: "assets/sample", to: "assets/sample", noErrorOnMissing: true },
          { from: "assets/lookups", to: "assets/lookups", globOptions: { ignore: ["**/README.md"] } },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform: (content) =>
              dev ? manifestForCopy(content.toString(), "development") : productionManifest(content.toString()),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: "localhost",
      client: { overlay: false },
      open: false,
    },
  };
};
