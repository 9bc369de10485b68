import { scanXml, type XmlSink } from "./xml-scan";

/**
 * The most bytes of XML carried from one piece to the next: a tag or a cell's text this long is not a
 * table's (Excel holds at most 32,767 characters in a cell), and carrying more would copy without end.
 */
export const LONGEST_CARRY = 4 << 20;

/**
 * Scans XML given in pieces (as a part is inflated), carrying a tag or text split between two pieces
 * on to the next, until the pieces end or `stop` says the rest is not wanted (the rest is still read,
 * so the part's CRC is checked).
 *
 * @param pieces the XML's bytes in pieces
 * @param sink what is told of each element
 * @param stop true when the sink has what it wants
 * @throws {Error} when a tag or text is longer than `LONGEST_CARRY`, or the XML ends inside a tag
 * @example
 * await piecesScanned(entryPieces(file, entry), sink);
 */
export async function piecesScanned(
  pieces: AsyncIterable<Uint8Array>,
  sink: XmlSink,
  stop: () => boolean = () => false,
): Promise<void> {
  let carry: Buffer | undefined;
  let done = false;
  for await (const piece of pieces) {
    if (done) continue;
    const bytes = carry ? Buffer.concat([carry, piece]) : Buffer.from(piece.buffer, piece.byteOffset, piece.length);
    const end = scanXml(bytes, 0, bytes.length, sink);
    carry = end < bytes.length ? Buffer.from(bytes.subarray(end)) : undefined;
    if (carry && carry.length > LONGEST_CARRY)
      throw new Error(`its XML has a tag or a cell's text over ${LONGEST_CARRY >> 20} MB long`);
    done = stop();
  }
  if (carry && !done && carry.includes(0x3c)) throw new Error("its XML ends inside a tag");
}
