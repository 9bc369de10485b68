import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import type { TableModel } from "../core/tables";

/**
 * Tables packed into a short text that travels in a page address's fragment (after "#"), for Export to
 * Word in Excel for Mac: its webview cannot save a file, so the task pane opens the add-in's save page
 * in the system browser (Office.context.ui.openBrowserWindow) with the tables in the fragment, and the
 * page makes and saves the .docx there. A fragment is never sent to a server, so nothing leaves the
 * machine. The packing is JSON, deflated (fflate) and written in base64url, so it is safe in a URL.
 * Numbers that JSON cannot hold (NaN, Infinity in chart limits) are tagged and restored exactly.
 */
export interface PackedExport {
  title: string;
  tables: TableModel[];
}

const VERSION = 1;
/** Fragments longer than this may be cut by the system's URL handling; the caller says so instead. */
export const MAX_PACKED_LENGTH = 1_500_000;

/**
 * Packs an export (title and tables) into base64url text.
 *
 * Missing values: null cells stay null; NaN, Infinity and -Infinity are kept (tagged).
 *
 * @param exported the document title and the tables, in order
 * @returns the packed text, only A-Z a-z 0-9 - _
 * @throws nothing
 * @example
 * const fragment = packTables({ title: "Tables", tables });
 */
export function packTables(exported: PackedExport): string {
  const json = JSON.stringify({ v: VERSION, ...exported }, (_key, value) =>
    typeof value === "number" && !Number.isFinite(value) ? { $number: String(value) } : value,
  );
  return toBase64Url(deflateSync(strToU8(json), { level: 9 }));
}

/**
 * Unpacks what `packTables` made.
 *
 * Missing values: as `packTables`.
 *
 * @param packed the packed text
 * @returns the title and the tables
 * @throws Error "The tables in this address are damaged..." when the text is not a packed export
 * @example
 * const { title, tables } = unpackTables(location.hash.slice(1));
 */
export function unpackTables(packed: string): PackedExport {
  let parsed: unknown;
  try {
    const json = strFromU8(inflateSync(fromBase64Url(packed)));
    parsed = JSON.parse(json, (_key, value) =>
      value &&
      typeof value === "object" &&
      !Array.isArray(value) &&
      Object.keys(value).length === 1 &&
      typeof value.$number === "string"
        ? Number(value.$number)
        : value,
    );
  } catch {
    throw new Error(
      "The tables in this address are damaged or cut short. Go back to Excel and choose Export to Word again.",
    );
  }
  const result = parsed as { v?: unknown; title?: unknown; tables?: unknown };
  if (
    result?.v !== VERSION ||
    typeof result.title !== "string" ||
    !Array.isArray(result.tables) ||
    result.tables.length === 0
  ) {
    throw new Error(
      "The tables in this address are damaged or cut short. Go back to Excel and choose Export to Word again.",
    );
  }
  return { title: result.title, tables: result.tables as TableModel[] };
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error("not base64url");
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of text) {
    value = ((value << 6) | ALPHABET.indexOf(ch)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (value >> bits) & 255;
    }
  }
  return bytes;
}
