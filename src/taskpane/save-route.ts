import { OPTIONAL_FEATURES, officeApiSupport } from "../excel";

/**
 * How Export to Word saves the .docx where the task pane runs. A task pane is a webview, and not every
 * webview can save a file:
 * - Excel on the web, and Excel on Windows (WebView2): a clicked `<a download>` of a Blob saves it.
 * - Old Windows webviews (EdgeHTML, IE) have no `download` attribute but have `msSaveOrOpenBlob`.
 * - Excel for Mac (and iPad) runs the pane in WKWebView, which ignores Blob downloads without a sound:
 *   no error, no file (office-js issues 2700 "by design", 503, 3385, 4681). Microsoft's answer there is
 *   to open a page of the add-in in the system browser with `Office.context.ui.openBrowserWindow`
 *   (OpenBrowserWindowApi 1.1, on Windows, Mac and iPad; not on the web) and download from that page.
 *   Where that API is missing too there is no way to save, and the pane must say so, not "Saved".
 */
export type SaveRoute = "download" | "ms-save" | "browser-window" | "none";

/** What Office says about where the pane runs; from `officeSaveHost()`, fakes in tests. */
export interface OfficeSaveHost {
  /** `Office.context.diagnostics.platform`: "PC", "Mac", "OfficeOnline", "iOS", ... */
  platform?: string;
  /** `Office.context.ui.openBrowserWindow`, present only where OpenBrowserWindowApi 1.1 is supported. */
  openBrowserWindow?: (url: string) => void;
}

/** The platforms whose webview drops Blob downloads (WKWebView). */
const DOWNLOADS_BLOCKED = new Set(["Mac", "iOS"]);

/**
 * Chooses how to save: the browser route where the webview is known to drop downloads, else the
 * webview's own download.
 *
 * @param office what Office says (undefined outside Office: the playground, a browser)
 * @param hasMsSave whether the page has `navigator.msSaveOrOpenBlob`
 * @returns the route
 * @example
 * chooseSaveRoute({ platform: "Mac", openBrowserWindow }, false); // => "browser-window"
 */
export function chooseSaveRoute(office: OfficeSaveHost | undefined, hasMsSave: boolean): SaveRoute {
  if (office?.platform && DOWNLOADS_BLOCKED.has(office.platform))
    return office.openBrowserWindow ? "browser-window" : "none";
  return hasMsSave ? "ms-save" : "download";
}

/**
 * Office's answers inside Excel; undefined outside Office (no `Office` global, or not yet ready).
 * `openBrowserWindow` is given only where `officeApiSupport` says OpenBrowserWindowApi 1.1 is supported.
 */
export function officeSaveHost(): OfficeSaveHost | undefined {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const context = office?.context;
  if (!context) return undefined;
  const platform = context.diagnostics?.platform as unknown as string | undefined;
  const { set, version } = OPTIONAL_FEATURES.openBrowserWindow;
  const canOpen = officeApiSupport(set, version) && typeof context.ui?.openBrowserWindow === "function";
  return { platform, openBrowserWindow: canOpen ? (url: string) => context.ui.openBrowserWindow(url) : undefined };
}
