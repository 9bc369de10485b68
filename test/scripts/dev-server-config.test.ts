/**
 * The dev server's configuration with and without Office's development certificate: https when Excel is
 * the target and the certificate is there, a plain message saying what to run when it is missing,
 * expired or unreadable (never a silent fall back to http), and http for the playground. The
 * certificates are made here with openssl, as office-addin-dev-certs makes them (a key, a localhost
 * certificate and the CA certificate), in a throwaway folder.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";

/* eslint-disable @typescript-eslint/no-require-imports */
const config = require("../../scripts/dev-server-config");
const root = path.join(__dirname, "..", "..");

let home = "";
let folder = "";

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), "satk-certs-"));
  folder = path.join(home, ".office-addin-dev-certs");
  fs.mkdirSync(folder);
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-subj",
      "/CN=localhost",
      "-days",
      "30",
      "-keyout",
      path.join(folder, "localhost.key"),
      "-out",
      path.join(folder, "localhost.crt"),
    ],
    { stdio: "ignore" },
  );
  fs.copyFileSync(path.join(folder, "localhost.crt"), path.join(folder, "ca.crt"));
});

afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

describe("readCertificates", () => {
  it("finds the certificate office-addin-dev-certs makes, in ~/.office-addin-dev-certs", () => {
    expect(config.certificateFolder(home)).toBe(folder);
    const found = config.readCertificates(folder);
    expect(found.state).toBe("ready");
    expect(found.options.key.equals(fs.readFileSync(path.join(folder, "localhost.key")))).toBe(true);
    expect(found.options.cert.equals(fs.readFileSync(path.join(folder, "localhost.crt")))).toBe(true);
    expect(found.options.ca.equals(fs.readFileSync(path.join(folder, "ca.crt")))).toBe(true);
  });

  it("says which files are missing on a fresh machine", () => {
    const fresh = config.readCertificates(path.join(home, "nothing-here"));
    expect(fresh.state).toBe("missing");
    expect(fresh.reason).toMatch(/localhost\.key, localhost\.crt, ca\.crt not in .*nothing-here/);
  });

  it("counts a certificate past its end date (they last 30 days) as expired", () => {
    const later = config.readCertificates(folder, inDays(31));
    expect(later.state).toBe("expired");
    expect(later.reason).toMatch(/^the development certificate expired on \d{4}-\d{2}-\d{2}/);
  });

  it("says a damaged certificate cannot be read", () => {
    const damaged = path.join(home, "damaged");
    fs.mkdirSync(damaged);
    for (const name of ["localhost.key", "localhost.crt", "ca.crt"])
      fs.writeFileSync(path.join(damaged, name), "not a certificate");
    expect(config.readCertificates(damaged).state).toBe("unreadable");
  });
});

describe("devServerPlan", () => {
  it("serves https with the certificate when Excel is the target", () => {
    const certificates = config.readCertificates(folder);
    const plan = config.devServerPlan({ target: "excel", certificates });
    expect(plan.server.type).toBe("https");
    expect(plan.server.options).toBe(certificates.options);
    expect(plan.warning).toBeUndefined();
  });

  it.each([
    ["missing", () => config.readCertificates(path.join(home, "nothing-here"))],
    ["expired", () => config.readCertificates(folder, inDays(31))],
  ])("refuses to serve Excel without a certificate (%s) and says what to run", (_state, certificates) => {
    expect(() => config.devServerPlan({ target: "excel", certificates: certificates() })).toThrow(
      /^Excel loads the add-in from https:\/\/localhost:3000, but [\s\S]*Run `npx office-addin-dev-certs install` once[\s\S]*`npm run playground`/,
    );
  });

  it("serves the playground on http with no certificate at all", () => {
    const plan = config.devServerPlan({
      target: "playground",
      certificates: config.readCertificates(path.join(home, "nothing-here")),
    });
    expect(plan).toEqual({ server: { type: "http" } });
  });

  it("serves http for Excel only when SATK_HTTP asks, and then warns that Excel will not load it", () => {
    const fresh = config.readCertificates(path.join(home, "nothing-here"));
    const plan = config.devServerFromEnvironment({ SATK_HTTP: "1" }, path.join(home, "nothing-here"));
    expect(plan.server).toEqual({ type: "http" });
    expect(plan.warning).toMatch(/Excel will not load it/);
    expect(() => config.devServerFromEnvironment({}, path.join(home, "nothing-here"))).toThrow(
      config.noCertificateMessage(fresh.reason),
    );
  });
});

describe("ensureCertificate (npm start on Windows and Mac)", () => {
  const ready = { state: "ready", options: {} };
  function attempt(states: object[]) {
    const commands: string[] = [];
    const said: string[] = [];
    const read = jest.fn(() => states.shift());
    const ok = config.ensureCertificate({
      read,
      runCommand: (args: string[]) => (commands.push(args.join(" ")), true),
      say: (lines: string[]) => said.push(...lines),
    });
    return { ok, commands, said: said.join("\n") };
  }

  it("does nothing when the certificate is there", () => {
    expect(attempt([ready])).toEqual({ ok: true, commands: [], said: "" });
  });

  it("makes one on first start, saying the system will ask to trust it", () => {
    const result = attempt([{ state: "missing", reason: "there is no development certificate" }, ready]);
    expect(result.ok).toBe(true);
    expect(result.commands).toEqual(["--yes office-addin-dev-certs@2 install"]);
    expect(result.said).toMatch(/Windows shows a security warning \(choose Yes\); a Mac asks for your password/);
  });

  it("replaces an expired one", () => {
    const result = attempt([{ state: "expired", reason: "the development certificate expired on 2026-01-01" }, ready]);
    expect(result.commands).toEqual([
      "--yes office-addin-dev-certs@2 uninstall",
      "--yes office-addin-dev-certs@2 install",
    ]);
  });

  it("says what to run, and fails, when the user declines or the install fails", () => {
    const missing = { state: "missing", reason: "there is no development certificate" };
    const result = attempt([missing, missing]);
    expect(result.ok).toBe(false);
    expect(result.said).toMatch(/Run `npx office-addin-dev-certs install` yourself[\s\S]*`npm run playground`/);
  });
});

describe("webpack serve (npm run dev-server)", () => {
  function serveConfig(homeFolder: string) {
    const saved = process.env.SATK_HTTP;
    delete process.env.SATK_HTTP;
    const homedir = jest.spyOn(require("os") as typeof os, "homedir").mockReturnValue(homeFolder);
    const exit = jest.spyOn(process, "exit").mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      jest.resetModules();
      return {
        config: require(path.join(root, "webpack.config.js"))({ WEBPACK_SERVE: true }, { mode: "development" }),
        printed: error.mock.calls.flat().join("\n"),
      };
    } catch (thrown) {
      return { thrown: (thrown as Error).message, printed: error.mock.calls.flat().join("\n") };
    } finally {
      exit.mockRestore();
      error.mockRestore();
      homedir.mockRestore();
      if (saved !== undefined) process.env.SATK_HTTP = saved;
    }
  }

  it("serves https on port 3000 with the certificate", () => {
    const { config: webpack, thrown, printed } = serveConfig(home);
    expect([thrown, printed]).toEqual([undefined, ""]);
    expect(webpack.devServer.server.type).toBe("https");
    expect(webpack.devServer.port).toBe(3000);
  });

  it("stops with exit code 1 and the message, rather than serve http, on a machine with no certificate", () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), "satk-nocerts-"));
    try {
      const result = serveConfig(fresh);
      expect(result.thrown).toBe("exit 1");
      expect(result.printed).toMatch(/Run `npx office-addin-dev-certs install` once/);
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });

  it("needs no certificate to build", () => {
    jest.resetModules();
    const built = require(path.join(root, "webpack.config.js"))({ WEBPACK_BUILD: true }, { mode: "development" });
    expect(built.devServer.server).toEqual({ type: "http" });
  });
});
