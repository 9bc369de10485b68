/* Builds the add-in into dist/: the task pane page (which also hosts the custom functions and ribbon
 * commands, as the shared runtime needs one page), functions.js with functions.json generated from
 * JSDoc, the browser playground, the icons and manifest.xml.
 *
 * Production builds rewrite every https://localhost:3000/ in manifest.xml to $ADDIN_BASE_URL. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

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

/** The production base URL, ending in "/"; the build stops with a plain message if it is not https. */
function productionBaseUrl() {
  const base = process.env.ADDIN_BASE_URL;
  if (!base) return DEV_URL;
  if (!/^https:\/\/[^\s]+$/.test(base)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// address, not "${base}".`);
  }
  return base.endsWith("/") ? base : base + "/";
}

/** The Office dev certificates, when office-addin-dev-certs has made them (Windows and Mac). */
function devHttpsOptions() {
  const folder = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((name) => fs.existsSync(path.join(folder, name)))) return undefined;
  return Object.fromEntries(Object.entries(files).map(([k, name]) => [k, fs.readFileSync(path.join(folder, name))]));
}

module.exports = (env, options) => {
  const dev = options.mode === "development";
  const baseUrl = dev ? DEV_URL : productionBaseUrl();
  const https = env && env.WEBPACK_SERVE && !process.env.SATK_HTTP ? devHttpsOptions() : undefined;
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
      playground: "./src/taskpane/playground.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|jpg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: customFunctionSources() }),
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
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          // The chart renderer and its font, fetched by the task pane when it exports SPC charts to Word.
          { from: "node_modules/@resvg/resvg-wasm/index_bg.wasm", to: "assets/resvg.wasm" },
          { from: "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf", to: "assets/fonts/DejaVuSans.ttf" },
          { from: "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf", to: "assets/fonts/DejaVuSans-Bold.ttf" },
          { from: "assets/sample", to: "assets/sample", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform: (content) => content.toString().replace(/https:\/\/localhost:3000\//g, baseUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: "localhost",
      client: { overlay: false },
      open: false,
    },
  };
};
