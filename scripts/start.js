/* `npm start`: the main job. Where Excel desktop can sideload the add-in (Windows and Mac), it makes sure
 * Office's development certificate for https://localhost:3000 exists and is trusted (making it with
 * office-addin-dev-certs on first start, which asks the user), then starts Office's own debugging tool,
 * which builds, serves https and opens Excel. If either step fails it says what to run instead: it never
 * serves http to Excel, which would show a blank task pane. On Linux, where Excel desktop does not exist,
 * it serves the browser playground on http://localhost:3000 (no certificate needed) and says what to do
 * for Excel on the web. Never a stack trace.
 *
 *   node scripts/start.js             the main job
 *   node scripts/start.js playground  only serve the playground, on any system */
const { spawnSync } = require("child_process");
const path = require("path");
const { serveFolder } = require("./static-server");
const { ensureCertificate, INSTALL_COMMAND } = require("./dev-server-config");

const root = path.join(__dirname, "..");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const playgroundOnly = process.argv[2] === "playground";
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

function say(lines) {
  console.log(["", ...lines, ""].join("\n"));
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  return result.status === 0;
}

function sideload() {
  say(["Starting Excel with the add-in sideloaded (office-addin-debugging)..."]);
  return run(npx, ["--yes", "office-addin-debugging@6", "start", "manifest.xml"]);
}

async function servePlayground(reason) {
  if (!run(npx, ["webpack", "--mode", "development"])) {
    say(["The build failed: the messages above say which file and line. Fix it and run `npm start` again."]);
    process.exitCode = 1;
    return;
  }
  let served;
  try {
    served = await serveFolder(path.join(root, "dist"), port, "127.0.0.1");
  } catch (error) {
    say([
      `Port ${port} is already in use (${error.code || error.message}).`,
      "Stop the other server (or another `npm start`) and try again.",
    ]);
    process.exitCode = 1;
    return;
  }
  say([
    reason,
    "",
    `  The add-in is running:   ${served.url}playground.html`,
    "  Open that address in a browser to see the toolkit at work on the bundled sample",
    "  (Gwent police.uk data): choose tables, and they appear on new sheets with SPC charts.",
    "",
    "  To use it inside Excel on the web: make a localhost certificate once with",
    `  \`${INSTALL_COMMAND}\`, run \`npm run dev-server\` (https on port 3000), then in`,
    "  Excel on the web choose Home > Add-ins > More Settings > Upload My Add-in and pick",
    "  manifest.xml (README.md, 'Excel on the web'). Excel desktop (Windows or Mac): `npm start` there.",
    "",
    "  Press Ctrl+C to stop.",
  ]);
}

async function main() {
  if (playgroundOnly) return servePlayground("Serving the playground.");
  const desktop = process.platform === "win32" || process.platform === "darwin";
  if (!desktop) {
    return servePlayground(
      "Excel desktop is not available on this system (Linux), so the add-in is served for the browser playground.",
    );
  }
  if (!ensureCertificate({ runCommand: (args) => run(npx, args), say })) {
    process.exitCode = 1;
    return;
  }
  if (sideload()) return;
  say([
    "Excel could not be started with the add-in: the messages above say why.",
    "  Try `npm start` again once Excel is closed, or sideload by hand: `npm run dev-server` (https with the",
    "  certificate), then follow README.md, 'Excel desktop'. The browser playground: `npm run playground`.",
  ]);
  process.exitCode = 1;
}

main().catch((error) => {
  say([`npm start stopped: ${error && error.message ? error.message : error}`]);
  process.exitCode = 1;
});
