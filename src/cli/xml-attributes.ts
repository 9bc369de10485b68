/**
 * Calls `each` for every attribute in a start tag's bytes [from, to): the bytes of its name and of its
 * value (between the quotes, entities not decoded).
 *
 * @param bytes the XML's bytes
 * @param from where the attributes start (just after the element's name)
 * @param to where they end (at the tag's ">" or "/>")
 * @param each told of each attribute: name from, name to, value from, value to
 * @throws {Error} when an attribute has no quoted value
 * @example
 * xmlAttributes(bytes, 2, 20, (n, m, v, w) => ...);
 */
export function xmlAttributes(
  bytes: Uint8Array,
  from: number,
  to: number,
  each: (name: number, nameTo: number, value: number, valueTo: number) => void,
): void {
  const cursor = new AttributeCursor();
  cursor.reset(bytes, from, to);
  while (cursor.next()) each(cursor.name, cursor.nameTo, cursor.value, cursor.valueTo);
}

/**
 * The attributes of a start tag one by one, in fields rather than a call per attribute (a sheet's
 * millions of cells are read with one cursor, making nothing).
 */
export class AttributeCursor {
  name = 0;
  nameTo = 0;
  value = 0;
  valueTo = 0;
  private bytes: Uint8Array = new Uint8Array(0);
  private at = 0;
  private to = 0;

  /** Starts on the attributes in bytes [from, to). */
  reset(bytes: Uint8Array, from: number, to: number): void {
    [this.bytes, this.at, this.to] = [bytes, from, to];
  }

  /** Moves to the next attribute: false when there is none. */
  next(): boolean {
    const { bytes, to } = this;
    let i = skipSpace(bytes, this.at, to);
    if (i >= to) return false;
    this.name = i;
    while (i < to && bytes[i] !== 0x3d && !isSpace(bytes[i])) i++;
    this.nameTo = i;
    i = skipSpace(bytes, i, to);
    const open = bytes[i] === 0x3d ? skipSpace(bytes, i + 1, to) : to;
    const quote = bytes[open];
    if (open >= to || (quote !== 0x22 && quote !== 0x27)) throw new Error("a tag's attribute has no value");
    this.value = open + 1;
    let end = this.value;
    while (end < to && bytes[end] !== quote) end++;
    if (end >= to) throw new Error("a tag's attribute value is not closed");
    this.valueTo = end;
    this.at = end + 1;
    return true;
  }
}

/**
 * The value of the attribute with this name (matched whole, prefix included), as text, or undefined.
 *
 * @param bytes the XML's bytes
 * @param from where the attributes start
 * @param to where they end
 * @param name the attribute's name, such as "ref"
 * @returns its value's bytes as Latin-1 text (the names and references read this way are ASCII)
 * @throws {Error} as `xmlAttributes` does
 * @example
 * xmlAttribute(bytes, 10, 40, "ref"); // => "A1:L1048576"
 */
export function xmlAttribute(bytes: Uint8Array, from: number, to: number, name: string): string | undefined {
  let found: string | undefined;
  xmlAttributes(bytes, from, to, (n, m, v, w) => {
    if (m - n !== name.length) return;
    for (let k = 0; k < name.length; k++) if (bytes[n + k] !== name.charCodeAt(k)) return;
    found = String.fromCharCode(...bytes.subarray(v, w));
  });
  return found;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
}

function skipSpace(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(bytes[i])) i++;
  return i;
}
