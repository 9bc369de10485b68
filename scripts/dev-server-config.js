/* How the development server serves the add-in: https with Office's development certificate when Excel
 * is the target, plain http only for the browser playground. Used by webpack.config.js (`npm run
 * dev-server`, which `npm start` runs through office-addin-debugging) and by scripts/start.js; kept apart
 * so test/scripts/dev-server-config.test.ts can try it with and without certificates.
 *
 * Why it refuses rather than falls back: manifest.xml points Excel at https://localhost:3000. A server
 * on http there gives a blank task pane and #NAME? in every =CSP. cell, with nothing to say why.
 * The certificate is the one Microsoft's templates use, made by office-addin-dev-certs in
 * ~/.office-addin-dev-certs (localhost.key, localhost.crt, and the ca.crt it trusts), valid for 30 days. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { X509Certificate } = require("crypto");

/** What to run to make and trust the certificate (it asks the user: a Windows security prompt, a Mac password). */
const INSTALL_COMMAND = "npx office-addin-dev-certs install";
const FILES = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };

/** The folder office-addin-dev-certs writes to. */
function certificateFolder(home = os.homedir()) {
  return path.join(home, ".office-addin-dev-certs");
}

/**
 * The development certificate's state: { state: "ready", options } with the https options
 * (key, cert, ca as Buffers), or { state: "missing" | "expired" | "unreadable", reason } saying what is wrong.
 */
function readCertificates(folder = certificateFolder(), now = new Date()) {
  const missing = Object.values(FILES).filter((name) => !fs.existsSync(path.join(folder, name)));
  if (missing.length > 0) {
    return { state: "missing", reason: `there is no development certificate (${missing.join(", ")} not in ${folder})` };
  }
  const options = Object.fromEntries(
    Object.entries(FILES).map(([k, name]) => [k, fs.readFileSync(path.join(folder, name))]),
  );
  let validTo;
  try {
    validTo = new Date(new X509Certificate(options.cert).validTo);
  } catch (error) {
    return {
      state: "unreadable",
      reason: `the development certificate ${path.join(folder, FILES.cert)} cannot be read (${error.message})`,
    };
  }
  if (!(validTo > now)) {
    return {
      state: "expired",
      reason: `the development certificate expired on ${validTo.toISOString().slice(0, 10)} (they last 30 days)`,
    };
  }
  return { state: "ready", options, validTo };
}

/**
 * The dev server's `server` setting for a target:
 * - "excel": https with the certificate; without a usable one it throws an Error whose message says what
 *   to run. Never http, unless `httpWanted` (SATK_HTTP=1) asks for it, and then with a warning.
 * - "playground": http, no certificate needed (the playground runs in any browser, outside Office).
 *
 * @param {{ target: "excel" | "playground", certificates: ReturnType<typeof readCertificates>, httpWanted?: boolean }} choice
 * @returns {{ server: { type: "https", options: object } | { type: "http" }, warning?: string }}
 */
function devServerPlan({ target, certificates, httpWanted = false }) {
  if (target === "playground") return { server: { type: "http" } };
  if (httpWanted) {
    return {
      server: { type: "http" },
      warning:
        "SATK_HTTP is set, so the add-in is served on http://localhost:3000. Excel will not load it from there " +
        "(manifest.xml says https): use this only for the browser playground.",
    };
  }
  if (certificates.state === "ready") return { server: { type: "https", options: certificates.options } };
  throw new Error(noCertificateMessage(certificates.reason));
}

/** The first line of every message about the certificate: why it is needed, and what is wrong with it. */
function certificateProblem(reason) {
  return `Excel loads the add-in from https://localhost:3000, but ${reason}.`;
}

/** The plain message for a missing, expired or unreadable certificate: what to run next. */
function noCertificateMessage(reason) {
  return [
    certificateProblem(reason),
    `Run \`${INSTALL_COMMAND}\` once: it makes the certificate and asks you to trust it`,
    "(Windows shows a security warning: choose Yes; a Mac asks for your password). Then run this command again.",
    "`npm start` on Windows or Mac does this for you. For the browser playground, which needs no certificate: `npm run playground`.",
  ].join("\n");
}

/** The plan for `webpack serve`, from the environment: Excel is the target unless SATK_HTTP is set. */
function devServerFromEnvironment(env = process.env, folder = certificateFolder(), now = new Date()) {
  return devServerPlan({
    target: "excel",
    certificates: readCertificates(folder, now),
    httpWanted: Boolean(env.SATK_HTTP),
  });
}

/**
 * `npm start` on Windows and Mac: makes and trusts the development certificate when there is none (or it
 * has expired), as Microsoft's templates do on first start. office-addin-dev-certs asks the user to trust
 * it: Windows shows a security warning, a Mac asks for the password.
 *
 * @param {{ runCommand: (npxArgs: string[]) => boolean, say: (lines: string[]) => void, read?: () => ReturnType<typeof readCertificates> }} io
 * @returns {boolean} whether a usable certificate is there afterwards
 */
function ensureCertificate({ runCommand, say, read = () => readCertificates() }) {
  const found = read();
  if (found.state === "ready") return true;
  say([
    certificateProblem(found.reason),
    "Making one now with Microsoft's office-addin-dev-certs. It asks you to trust it:",
    "Windows shows a security warning (choose Yes); a Mac asks for your password.",
  ]);
  // An old or damaged certificate is removed first: `install` keeps one it finds.
  if (found.state !== "missing") runCommand(["--yes", "office-addin-dev-certs@2", "uninstall"]);
  runCommand(["--yes", "office-addin-dev-certs@2", "install"]);
  const after = read();
  if (after.state === "ready") return true;
  say([
    `There is still no usable certificate: ${after.reason}.`,
    `Run \`${INSTALL_COMMAND}\` yourself, accept the prompt to trust it, then \`npm start\` again.`,
    "Meanwhile the browser playground needs no certificate: `npm run playground`.",
  ]);
  return false;
}

module.exports = {
  ensureCertificate,
  INSTALL_COMMAND,
  certificateFolder,
  readCertificates,
  devServerPlan,
  devServerFromEnvironment,
  noCertificateMessage,
};
