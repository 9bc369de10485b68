#!/usr/bin/env node
// The satk command: runs the compiled command-line tool (npm run build:cli compiles src/ into lib/).
const { main } = require("../lib/cli/main.js");

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
