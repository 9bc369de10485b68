/* The production manifest, made from manifest.xml by `npm run build` (webpack.config.js):
 * - every https://localhost:3000/ becomes the base URL where dist/ is hosted ($ADDIN_BASE_URL);
 * - the add-in Id becomes the production Id, so a developer's sideloaded copy (manifest.xml's Id) and the
 *   copy IT deploys through the admin centre can be installed side by side: Office treats two manifests
 *   with one Id as one add-in and loads neither reliably (office-js issue 4559).
 * An organisation hosting its own copy changes only ADDIN_BASE_URL (and, if it wants its own Id, ADDIN_ID). */

const DEV_URL = "https://localhost:3000/";
/** The Id of the production build. Fixed, so each release replaces the last in the admin centre. */
const PRODUCTION_ADDIN_ID = "35a61ef3-2233-432b-bfa7-baa0fe47005e";
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

/** manifest.xml's text rewritten for production: every dev URL and the Id. */
function productionManifest(text, env = process.env) {
  const base = productionBaseUrl(env);
  const id = productionAddinId(env);
  const withId = text.replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`);
  if (withId === text && !text.includes(`<Id>${id}</Id>`)) throw new Error("manifest.xml has no <Id> element to rewrite.");
  return withId.replace(/https:\/\/localhost:3000\//g, base);
}

module.exports = { PRODUCTION_ADDIN_ID, productionBaseUrl, productionAddinId, productionManifest };
