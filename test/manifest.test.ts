/**
 * An offline structural check of manifest.xml. Microsoft's validator (`npm run validate`) needs the
 * network, so this test checks what most often stops an add-in loading: the shared runtime, consistent
 * resource ids, the CSP namespace, https URLs that match the build's outputs, and real icons.
 */
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { parseStringPromise } from "xml2js";
import { DECLARED_SETS } from "../src/excel/api-requirements";
import { describeWithTool } from "./required-tool";
/* eslint-disable @typescript-eslint/no-require-imports -- the build's own CommonJS script */
const {
  ADDIN_COPIES,
  PRODUCTION_ADDIN_ID,
  manifestForCopy,
  productionManifest: rewriteForProduction,
} = require("../scripts/production-manifest");
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.join(__dirname, "..");
const text = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

type Node = Record<string, unknown> & { $?: Record<string, string> };

/** Every element with the given tag name, anywhere below `node` (xml2js keeps children in arrays). */
function findAll(node: unknown, tag: string, found: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((child) => findAll(child, tag, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === tag) (Array.isArray(value) ? value : [value]).forEach((v) => found.push(v as Node));
      if (key !== "$") findAll(value, tag, found);
    }
  }
  return found;
}

/** The width and height of a PNG file, read from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function assetFor(url: string): string {
  return path.join(root, url.replace("https://localhost:3000/", ""));
}

let manifest: Node;
const resources = new Map<string, string>();

beforeAll(async () => {
  manifest = (await parseStringPromise(text)).OfficeApp;
  for (const tag of ["bt:Image", "bt:Url", "bt:String"]) {
    for (const node of findAll(findAll(manifest, "Resources"), tag)) resources.set(node.$!.id, node.$!.DefaultValue);
  }
});

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks with a fixed GUID", () => {
    expect(manifest.$!["xsi:type"]).toBe("TaskPaneApp");
    expect(String((manifest.Id as string[])[0])).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(findAll(manifest.Hosts, "Host")[0].$!.Name).toBe("Workbook");
  });

  it("declares exactly the requirement sets src/excel/api-requirements.ts says the add-in needs", () => {
    const sets = findAll(manifest.Requirements, "Set").map((set) => ({
      name: set.$!.Name,
      version: set.$!.MinVersion,
    }));
    expect(sets).toEqual(DECLARED_SETS);
    expect(sets).toContainEqual({ name: "ExcelApi", version: "1.7" });
  });

  it("requires the shared runtime 1.1 and runs it for the life of the workbook", () => {
    const sets = findAll(manifest.Requirements, "Set").map((set) => set.$!);
    expect(sets).toContainEqual({ Name: "SharedRuntime", MinVersion: "1.1" });
    const runtime = findAll(manifest, "Runtime")[0].$!;
    expect(runtime.lifetime).toBe("long");
    expect(resources.get(runtime.resid)).toBe("https://localhost:3000/taskpane.html");
  });

  it("hosts the custom functions, ribbon commands and task pane in the same runtime page", () => {
    const runtimeId = findAll(manifest, "Runtime")[0].$!.resid;
    const extension = findAll(manifest, "ExtensionPoint").find((point) => point.$!["xsi:type"] === "CustomFunctions")!;
    expect(findAll(extension.Page, "SourceLocation")[0].$!.resid).toBe(runtimeId);
    expect(findAll(manifest, "FunctionFile")[0].$!.resid).toBe(runtimeId);
  });

  it("declares the development copy's CSPDEV namespace and points at the built functions.js and functions.json", () => {
    const extension = findAll(manifest, "ExtensionPoint").find((point) => point.$!["xsi:type"] === "CustomFunctions")!;
    expect(resources.get(findAll(extension, "Namespace")[0].$!.resid)).toBe("CSPDEV");
    expect(resources.get(findAll(extension.Script, "SourceLocation")[0].$!.resid)).toBe(
      "https://localhost:3000/functions.js",
    );
    expect(resources.get(findAll(extension.Metadata, "SourceLocation")[0].$!.resid)).toBe(
      "https://localhost:3000/functions.json",
    );
  });

  it("puts a Strategic Assessment (dev) button on the Home tab that opens the task pane", () => {
    const tab = findAll(manifest, "OfficeTab")[0];
    expect(tab.$!.id).toBe("TabHome");
    const button = findAll(tab, "Control")[0];
    expect(resources.get(findAll(button, "Label")[0].$!.resid)).toBe("Strategic Assessment (dev)");
    expect(findAll(button, "Action")[0].$!["xsi:type"]).toBe("ShowTaskpane");
  });

  it("defines every resource id it uses, each at most 32 characters", () => {
    const used = [...text.matchAll(/resid="([^"]+)"/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) {
      expect(resources.has(id)).toBe(true);
      expect(id.length).toBeLessThanOrEqual(32);
    }
  });

  it("uses only https URLs on the development base, each rewritten by the production build", () => {
    const urls = [...text.matchAll(/DefaultValue="(https?:\/\/[^"<]+)/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith("https://localhost:3000")).toBe(true);
  });

  it("has a support URL whose page ships with the add-in", () => {
    const support = (manifest.SupportUrl as Node[])[0].$!.DefaultValue;
    expect(support).toBe("https://localhost:3000/help.html");
    expect(fs.existsSync(path.join(root, "src", "help.html"))).toBe(true);
  });

  it("names icons that exist in assets/ at exactly the stated pixel sizes", () => {
    for (const image of findAll(findAll(manifest, "Resources"), "bt:Image")) {
      const size = Number(image.$!.id.match(/(\d+)x\1$/)![1]);
      expect(pngSize(assetFor(image.$!.DefaultValue))).toEqual([size, size]);
    }
    expect(pngSize(assetFor((manifest.IconUrl as Node[])[0].$!.DefaultValue))).toEqual([32, 32]);
    expect(pngSize(assetFor((manifest.HighResolutionIconUrl as Node[])[0].$!.DefaultValue))).toEqual([64, 64]);
  });
});

/** The namespace, Id and labels a manifest's text gives the analyst. */
async function copyOf(
  xml: string,
): Promise<{ namespace: string; id: string; displayName: string; labels: string[]; description: string }> {
  const parsed = (await parseStringPromise(xml)).OfficeApp;
  const strings = new Map<string, string>();
  for (const node of findAll(findAll(parsed, "Resources"), "bt:String")) strings.set(node.$!.id, node.$!.DefaultValue);
  return {
    namespace: strings.get("Functions.Namespace")!,
    id: String((parsed.Id as string[])[0]),
    displayName: (parsed.DisplayName as Node[])[0].$!.DefaultValue,
    labels: [strings.get("Group.Label")!, strings.get("TaskpaneButton.Label")!],
    description: strings.get("GetStarted.Description")!,
  };
}

/** The manifest and the namespace constant the webpack build makes in a mode, read from its config. */
function buildOf(mode: "development" | "production"): { manifest: string; namespace: string } {
  jest.resetModules();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(root, "webpack.config.js"))({}, { mode });
  const copy = config.plugins.find((plugin: object) => plugin.constructor.name === "CopyPlugin");
  const pattern = copy.patterns.find((p: { from: string }) => p.from === "manifest.xml");
  const define = config.plugins.find((plugin: object) => plugin.constructor.name === "DefinePlugin");
  return {
    manifest: pattern.transform(Buffer.from(text)),
    namespace: JSON.parse(define.definitions.__FUNCTIONS_NAMESPACE__),
  };
}

describe("the development and production copies (issue 24, item 2)", () => {
  it("keeps manifest.xml equal to the development copy made from ADDIN_COPIES, the one source of both", () => {
    expect(manifestForCopy(text, "development")).toBe(text);
    expect(buildOf("development").manifest).toBe(text);
  });

  it("gives the development copy the CSPDEV namespace, its own Id and labels marked as development", async () => {
    const dev = await copyOf(buildOf("development").manifest);
    expect(dev).toEqual({
      namespace: "CSPDEV",
      id: "6b3f2c1e-8d4a-4f7b-9c2e-5a1d3e7f9b40",
      displayName: "Strategic Assessment Toolkit (development)",
      labels: ["Strategic Assessment (dev)", "Strategic Assessment (dev)"],
      description:
        "Open Home > Strategic Assessment (dev) to build the standard tables, or type =CSPDEV. in a cell for the functions.",
    });
  });

  it("gives the production copy the CSP namespace, the production Id and the plain labels", async () => {
    const prod = await copyOf(rewriteForProduction(text, { ADDIN_BASE_URL: "https://csp.example.org/satk/" }));
    expect(prod).toEqual({
      namespace: "CSP",
      id: PRODUCTION_ADDIN_ID,
      displayName: "Strategic Assessment Toolkit",
      labels: ["Strategic Assessment", "Strategic Assessment"],
      description:
        "Open Home > Strategic Assessment to build the standard tables, or type =CSP. in a cell for the functions.",
    });
  });

  it("differs between the copies in namespace, Id and every label, so both can be installed at once", async () => {
    const dev = await copyOf(text);
    const prod = await copyOf(rewriteForProduction(text, {}));
    expect(prod.namespace).not.toBe(dev.namespace);
    expect(prod.id).not.toBe(dev.id);
    expect(prod.displayName).not.toBe(dev.displayName);
    prod.labels.forEach((label, i) => expect(label).not.toBe(dev.labels[i]));
  });

  it("builds each copy's formulas under the namespace its manifest declares", async () => {
    for (const mode of ["development", "production"] as const) {
      const build = buildOf(mode);
      expect(build.namespace).toBe((await copyOf(build.manifest)).namespace);
      expect(build.namespace).toBe(ADDIN_COPIES[mode].namespace);
    }
  });
});

describe("the production build's manifest", () => {
  function productionManifest(baseUrl: string | undefined): string {
    const saved = process.env.ADDIN_BASE_URL;
    if (baseUrl === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = baseUrl;
    try {
      jest.resetModules();
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = require(path.join(root, "webpack.config.js"))({}, { mode: "production" });
      const copy = config.plugins.find((plugin: object) => plugin.constructor.name === "CopyPlugin");
      const pattern = copy.patterns.find((p: { from: string }) => p.from === "manifest.xml");
      return pattern.transform(Buffer.from(text));
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  }

  it("rewrites every localhost URL to ADDIN_BASE_URL, not only the first", () => {
    const built = productionManifest("https://csp.example.org/satk");
    expect(built).not.toMatch(/localhost/);
    const before = text.match(/https:\/\/localhost:3000\//g)!.length;
    expect(built.match(/https:\/\/csp\.example\.org\/satk\//g)!.length).toBe(before);
  });

  it("refuses a base URL that is not https", () => {
    expect(() => productionManifest("http://csp.example.org/")).toThrow(/must be an https:\/\/ address/);
  });

  it("has its own add-in Id, so a sideloaded development copy and a deployed one live side by side", () => {
    const devId = String((/<Id>([^<]+)<\/Id>/.exec(text) ?? [])[1]);
    const built = productionManifest("https://csp.example.org/satk/");
    const prodId = String((/<Id>([^<]+)<\/Id>/.exec(built) ?? [])[1]);
    expect(prodId).toBe(PRODUCTION_ADDIN_ID);
    expect(prodId).not.toBe(devId);
    expect(built.match(/<Id>/g)).toHaveLength(1);
    expect(built).toContain('<SourceLocation DefaultValue="https://csp.example.org/satk/taskpane.html"/>');
  });

  it("takes an organisation's own Id from ADDIN_ID, and refuses one that is not a GUID", () => {
    const own = "0f8fad5b-d9cb-469f-a165-70867728950e";
    expect(rewriteForProduction(text, { ADDIN_BASE_URL: "https://a.example/", ADDIN_ID: own })).toContain(
      `<Id>${own}</Id>`,
    );
    expect(() => rewriteForProduction(text, { ADDIN_BASE_URL: "https://a.example/", ADDIN_ID: "satk" })).toThrow(
      /ADDIN_ID must be a GUID/,
    );
  });
});

/**
 * Microsoft's published XSDs for add-in manifests (OfficeApp 1.1 with the task pane VersionOverrides),
 * vendored in test/manifest-schemas with the patches its README lists, among them the <Runtimes> element
 * of the shared runtime. Checked with xmllint (Debian's libxml2-utils; .ci/run installs it).
 */
const XMLLINT = spawnSync("xmllint", ["--version"]).status === 0;
// Without xmllint the suite fails saying so, or with SATK_SKIP_XMLLINT=1 skips it with a loud line (test/required-tool.ts).
const withXmllint = (title: string, body: () => void) =>
  describeWithTool(
    {
      what: "xmllint (Debian's libxml2-utils)",
      present: XMLLINT,
      install: "apt-get install libxml2-utils",
      skipVariable: "SATK_SKIP_XMLLINT",
    },
    title,
    body,
  );

withXmllint("manifest.xml against Microsoft's add-in manifest schemas", () => {
  const schema = path.join(root, "test", "manifest-schemas", "OfficeAppManifestV1_1.xsd");
  /** xmllint's verdict on a manifest's text: "" when valid, else its messages. */
  function schemaErrors(xml: string): string {
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, "-"], {
      input: xml,
      encoding: "utf8",
    });
    return result.status === 0 ? "" : result.stderr;
  }

  it("validates the development manifest, shared runtime included", () => {
    expect(schemaErrors(text)).toBe("");
    expect(text).toMatch(/<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  });

  it("validates the production manifest", () => {
    const built = rewriteForProduction(text, { ADDIN_BASE_URL: "https://csp.example.org/satk/" });
    expect(schemaErrors(built)).toBe("");
  });

  it("rejects a manifest the schemas forbid: Runtimes out of place, a bad lifetime, a resid over 32 characters", () => {
    const moved = text
      .replace(/\s*<Runtimes>\s*<Runtime [^>]*\/>\s*<\/Runtimes>/, "")
      .replace(
        "</AllFormFactors>",
        '</AllFormFactors><Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>',
      );
    expect(schemaErrors(moved)).toMatch(/Runtimes': This element is not expected/);
    expect(schemaErrors(text.replace('lifetime="long"', 'lifetime="forever"'))).toMatch(/lifetime/);
    expect(schemaErrors(text.replace('<Runtime resid="Taskpane.Url"', `<Runtime resid="${"R".repeat(33)}"`))).toMatch(
      /resid/,
    );
    expect(
      schemaErrors(
        text.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"),
      ),
    ).toMatch(/Permissions/);
  });
});
