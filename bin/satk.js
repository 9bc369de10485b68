#!/usr/bin/env node
// The satk command: runs the compiled command-line tool (npm run build:cli compiles src/ into lib/ and
// bundles it into lib/bundle/satk.js, which Node loads in a third of the time of lib/'s two hundred
// files). The bundle is used only when it is at least as new as lib/cli/main.js, so a lib/ rebuilt by
// tsc alone is never shadowed by an old bundle.
const { statSync } = require("fs");
const { join } = require("path");

const modules = join(__dirname, "../lib/cli/main.js");
const bundle = join(__dirname, "../lib/bundle/satk.js");
const built = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const { main } = require(built(bundle) >= built(modules) ? bundle : modules);

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
