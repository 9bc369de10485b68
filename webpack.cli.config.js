/* The command-line tool as one file (lib/bundle/satk.js) and its worker (lib/bundle/read-part-worker.js),
 * bundled from tsc's output in lib/: Node loads one file instead of some two hundred modules, about a
 * third of the start-up of `satk` (issue 13.4). Packages stay outside (required from node_modules when
 * used: ExcelJS and docx only for .xlsx and .docx). bin/satk.js uses the bundle when it is newer than
 * lib/cli/main.js, so a lib/ rebuilt by tsc alone is never shadowed by an old bundle. */
const path = require("path");

module.exports = {
  target: "node",
  mode: "production",
  context: __dirname,
  entry: { satk: "./lib/cli/main.js", "read-part-worker": "./lib/cli/read-part-worker.js" },
  // Written every time (not only when changed), so the bundle is newer than the lib/ it was made from.
  output: {
    path: path.join(__dirname, "lib", "bundle"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    compareBeforeEmit: false,
  },
  // Packages (bare names) are required at run time; the tool's own files are bundled, except the chart
  // renderer, which finds resvg's WebAssembly and the fonts with Node's own require.resolve (from lib/export).
  externals: [
    ({ request }, callback) => {
      if (/^[@a-z]/i.test(request)) return callback(null, `commonjs ${request}`);
      if (/node-svg-to-png$/.test(request)) return callback(null, "commonjs ../export/node-svg-to-png.js");
      return callback();
    },
  ],
  externalsPresets: { node: true },
  // __dirname is the bundle's folder, two levels under the package like lib/cli: assets/lookups and the worker are found alike.
  node: { __dirname: false, __filename: false },
  optimization: { minimize: false, splitChunks: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};
