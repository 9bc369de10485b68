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
  let i = from;
  while (i < to) {
    while (i < to && isSpace(bytes[i])) i++;
    if (i >= to) return;
    const name = i;
    while (i < to && bytes[i] !== 0x3d && !isSpace(bytes[i])) i++;
    const nameTo = i;
    while (i < to && isSpace(bytes[i])) i++;
    const open = bytes[i] === 0x3d ? skipSpace(bytes, i + 1, to) : to;
    const quote = bytes[open];
    if (open >= to || (quote !== 0x22 && quote !== 0x27)) throw new Error("a tag's attribute has no value");
    const value = open + 1;
    const valueTo = bytes.indexOf(quote, value);
    if (valueTo < 0 || valueTo > to) throw new Error("a tag's attribute value is not closed");
    each(name, nameTo, value, valueTo);
    i = valueTo + 1;
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
