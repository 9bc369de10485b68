import { closeSync, openSync, readSync } from "fs";

/**
 * Plain CSV is read in blocks of this size, so a 200 MB extract is never held whole. Small enough to
 * stay in the processor's cache while it is scanned, and to cost few fresh pages of memory (8 MB
 * blocks took twice as long to read).
 */
const BLOCK = 1 << 20;

/**
 * The bytes of a file from `from` to `to`, in blocks of 1 MB read one after another into one reused
 * buffer (the reader uses each block before asking for the next), so a large file is never held whole.
 *
 * @param path the file's path
 * @param from the first byte (default 0)
 * @param to one past the last byte (default the end of the file)
 * @returns the blocks
 * @throws {Error} when the file cannot be opened or read
 * @example
 * for (const block of fileBlocks("street.csv")) reader.read(block);
 */
export function* fileBlocks(path: string, from = 0, to = Infinity): Generator<Uint8Array> {
  const fd = openSync(path, "r");
  try {
    const block = new Uint8Array(BLOCK);
    for (let at = from; at < to; ) {
      const read = readSync(fd, block, 0, Math.min(BLOCK, to - at), at);
      if (read <= 0) return;
      at += read;
      yield block.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}
