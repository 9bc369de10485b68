/**
 * Byte arrays one after another in one array: the pieces of a file read in blocks, a record carried
 * over a block's end and the block that finishes it. A single piece is returned as it is, not copied.
 *
 * Missing values: empty pieces add nothing; no pieces give an empty array.
 *
 * @param parts the byte arrays, in order
 * @returns their bytes as one array
 * @throws never
 * @example
 * concatBytes([Uint8Array.of(1, 2), Uint8Array.of(3)]); // => Uint8Array [1, 2, 3]
 */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
