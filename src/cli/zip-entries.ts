import { Inflate } from "fflate";
import { crc32 } from "./crc32";

/** Bytes of a file read at an offset: the whole file in memory, or an open file read where asked. */
export interface RandomAccess {
  size: number;
  read(at: number, length: number): Uint8Array;
}

/** One file in a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  packed: number;
  size: number;
  header: number;
}

/** Compressed bytes are inflated this many at a time: one block gives at most about 64 MB. */
const BLOCK = 1 << 16;
const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The files a zip holds, read from its central directory at its end (random access, so a part is
 * found wherever the writer put it, and one part can be read before another that comes first).
 * Names are keyed in lower case without a leading "/", as Excel matches part names.
 *
 * @param file the zip's bytes, read at offsets
 * @returns its entries by lower-case name
 * @throws {Error} when the file has no readable central directory (not a zip, cut short) or is encrypted
 * @example
 * zipEntries(file).get("xl/workbook.xml"); // => { name: "xl/workbook.xml", method: 8, ... }
 */
export function zipEntries(file: RandomAccess): Map<string, ZipEntry> {
  const tailLength = Math.min(file.size, 22 + 0xffff);
  const tail = file.read(file.size - tailLength, tailLength);
  const view = viewOf(tail);
  let end = -1;
  for (let at = tail.length - 22; at >= 0 && end < 0; at--) if (view.getUint32(at, true) === EOCD) end = at;
  if (end < 0) throw new Error("it is not a zip file, or it is cut short: it has no central directory");
  let count = view.getUint16(end + 10, true);
  let length = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === EOCD64_LOCATOR) {
    const record = viewOf(file.read(Number(view.getBigUint64(end - 12, true)), 56));
    [count, length, offset] = [2, 5, 6].map((i) => Number(record.getBigUint64(i * 8, true)));
  }
  const directory = file.read(offset, length);
  if (directory.length < length) throw new Error("its central directory is cut short");
  return entriesOf(directory, count);
}

function entriesOf(directory: Uint8Array, count: number): Map<string, ZipEntry> {
  const view = viewOf(directory);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let at = 0, n = 0; n < count; n++) {
    if (at + 46 > directory.length || view.getUint32(at, true) !== CENTRAL)
      throw new Error("its central directory is damaged");
    if (view.getUint16(at + 8, true) & 1) throw new Error("it is encrypted (saved with a password)");
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const name = decoder.decode(directory.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntry = {
      name,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      packed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      header: view.getUint32(at + 42, true),
    };
    zip64Sizes(entry, directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.set(name.replace(/^\//, "").toLowerCase(), entry);
    at += 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Sizes and offset too large for 32 bits are in the entry's ZIP64 extra field (id 1), in this order. */
function zip64Sizes(entry: ZipEntry, extra: Uint8Array): void {
  const view = viewOf(extra);
  for (let at = 0; at + 4 <= extra.length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 1) continue;
    let field = at + 4;
    for (const key of ["size", "packed", "header"] as const) {
      if (entry[key] !== 0xffffffff || field + 8 > extra.length) continue;
      entry[key] = Number(view.getBigUint64(field, true));
      field += 8;
    }
  }
}

/**
 * An entry's bytes in pieces, inflated a block at a time with fflate's streaming Inflate, so memory
 * holds one block's output however large the part is. The bytes are checked against the entry's
 * CRC-32 and size: a damaged part is refused, never read with corrupted cells, and one that inflates
 * past the size it declares (a "zip bomb") is refused as soon as it does.
 *
 * @param file the zip's bytes
 * @param entry the entry, from `zipEntries`
 * @returns the entry's bytes, in pieces
 * @throws {Error} naming the part when it is damaged, cut short or compressed in a way zip readers rarely meet
 * @example
 * for (const piece of entryPieces(file, entries.get("xl/styles.xml"))) ...
 */
export function* entryPieces(file: RandomAccess, entry: ZipEntry): Generator<Uint8Array> {
  const local = viewOf(file.read(entry.header, 30));
  if (local.byteLength < 30 || local.getUint32(0, true) !== LOCAL) throw new Error(`${entry.name} is damaged`);
  const start = entry.header + 30 + local.getUint16(26, true) + local.getUint16(28, true);
  if (entry.method !== 0 && entry.method !== 8)
    throw new Error(`${entry.name} is compressed by method ${entry.method}, which satk does not read`);
  const out: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => out.push(chunk));
  let crc = 0;
  let size = 0;
  for (let done = 0; done < entry.packed; ) {
    const block = file.read(start + done, Math.min(BLOCK, entry.packed - done));
    if (block.length === 0) throw new Error(`${entry.name} is cut short`);
    done += block.length;
    if (entry.method === 0) out.push(block);
    else inflated(inflate, block, done >= entry.packed, entry.name);
    for (const piece of out) {
      crc = crc32(piece, crc);
      size += piece.length;
      if (size > entry.size) throw new Error(`${entry.name} unpacks to more than the ${entry.size} bytes it declares`);
    }
    if (out.length) yield* out.splice(0);
  }
  if (entry.method === 8 && entry.packed === 0) throw new Error(`${entry.name} is cut short`);
  if (crc !== entry.crc || size !== entry.size)
    throw new Error(`${entry.name} is damaged: its bytes do not match their CRC-32 check`);
}

/** The entry's bytes whole (for the small parts: the workbook, its relationships, the styles). */
export function entryBytes(file: RandomAccess, entry: ZipEntry): Uint8Array {
  const pieces = [...entryPieces(file, entry)];
  if (pieces.length === 1) return pieces[0];
  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  pieces.reduce((at, piece) => (whole.set(piece, at), at + piece.length), 0);
  return whole;
}

function inflated(inflate: Inflate, block: Uint8Array, last: boolean, name: string): void {
  try {
    inflate.push(block, last);
  } catch (error) {
    throw new Error(`${name} is damaged (${(error as Error).message})`);
  }
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
