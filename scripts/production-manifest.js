/* The production manifest, made from manifest.xml by `npm run build` (webpack.config.js):
 * - the functions' namespace and the ribbon's labels become the production copy's (ADDIN_COPIES): with a
 *   development copy and a deployed one installed at once, two copies under one namespace make Excel show
 *   #REF! for the functions ("Naming and localization for custom functions"), so development is CSPDEV;
 * - every https://localhost:3000/ becomes the base URL where dist/ is hosted ($ADDIN_BASE_URL);
 * - the add-in Id becomes the production Id, so a developer's sideloaded copy (manifest.xml's Id) and the
 *   copy IT deploys through the admin centre can be installed side by side: Office treats two manifests
 *   with one Id as one add-in and loads neither reliably (office-js issue 4559).
 * An organisation hosting its own copy changes only ADDIN_BASE_URL (and, if it wants its own Id, ADDIN_ID). */

const DEV_URL = "https://localhost:3000/";
/** The Id of the production build. Fixed, so each release replaces the last in the admin centre. */
const PRODUCTION_ADDIN_ID = "35a61ef3-2233-432b-bfa7-baa0fe47005e";
/**
 * The one source of what tells the two copies apart, for webpack.config.js: the manifest's namespace and
 * labels (manifest.xml is the development copy, kept equal to `manifestForCopy(text, "development")` by
 * test/manifest.test.ts) and the namespace of every formula the copy writes (the build-time constant
 * __FUNCTIONS_NAMESPACE__, src/excel/functions-namespace.ts).
 */
const ADDIN_COPIES = {
  development: {
    namespace: "CSPDEV",
    displayName: "Strategic Assessment Toolkit (development)",
    ribbonLabel: "Strategic Assessment (dev)",
    readyTitle: "Strategic Assessment Toolkit (development) is ready",
  },
  production: {
    namespace: "CSP",
    displayName: "Strategic Assessment Toolkit",
    ribbonLabel: "Strategic Assessment",
    readyTitle: "Strategic Assessment Toolkit is ready",
  },
};

/** Sets one attribute of the one element a pattern finds; a manifest without it is an error, not a silent skip. */
function setDefaultValue(text, elementPattern, value) {
  const pattern = new RegExp(`(${elementPattern}[^>]*DefaultValue=")[^"]*(")`);
  if (!pattern.test(text)) throw new Error(`manifest.xml has no ${elementPattern.replace(/\\/g, "")} to rewrite.`);
  return text.replace(pattern, (_, before, after) => `${before}${escapeXml(value)}${after}`);
}

function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** manifest.xml's text with the namespace and labels of a copy ("development" or "production"). */
function manifestForCopy(text, copyName) {
  const copy = ADDIN_COPIES[copyName];
  if (!copy) throw new Error(`There is no add-in copy called "${copyName}".`);
  let out = setDefaultValue(text, "<DisplayName ", copy.displayName);
  out = setDefaultValue(out, '<bt:String id="Functions.Namespace" ', copy.namespace);
  out = setDefaultValue(out, '<bt:String id="Group.Label" ', copy.ribbonLabel);
  out = setDefaultValue(out, '<bt:String id="TaskpaneButton.Label" ', copy.ribbonLabel);
  out = setDefaultValue(out, '<bt:String id="GetStarted.Title" ', copy.readyTitle);
  const description = `Open Home > ${copy.ribbonLabel} to build the standard tables, or type =${copy.namespace}. in a cell for the functions.`;
  return setDefaultValue(out, '<bt:String id="GetStarted.Description" ', description);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The production base URL, ending in "/"; a plain message if it is not https. Unset: the dev URL. */
function productionBaseUrl(env = process.env) {
  const base = env.ADDIN_BASE_URL;
  if (!base) return DEV_URL;
  if (!/^https:\/\/[^\s"<>&]+$/.test(base)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// address, not "${base}".`);
  }
  return base.endsWith("/") ? base : base + "/";
}

/** The production add-in Id: $ADDIN_ID when set (a GUID), else PRODUCTION_ADDIN_ID. */
function productionAddinId(env = process.env) {
  const id = env.ADDIN_ID || PRODUCTION_ADDIN_ID;
  if (!GUID.test(id)) throw new Error(`ADDIN_ID must be a GUID such as ${PRODUCTION_ADDIN_ID}, not "${id}".`);
  return id.toLowerCase();
}

/** manifest.xml's text rewritten for production: the namespace and labels, every dev URL and the Id. */
function productionManifest(text, env = process.env) {
  const base = productionBaseUrl(env);
  const id = productionAddinId(env);
  const withId = manifestForCopy(text, "production").replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`);
  if (withId === text && !text.includes(`<Id>${id}</Id>`))
    throw new Error("manifest.xml has no <Id> element to rewrite.");
  return withId.replace(/https:\/\/localhost:3000\//g, base);
}

module.exports = {
  ADDIN_COPIES,
  PRODUCTION_ADDIN_ID,
  manifestForCopy,
  productionBaseUrl,
  productionAddinId,
  productionManifest,
};
