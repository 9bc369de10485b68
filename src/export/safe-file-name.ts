/**
 * A file name Windows and Mac accept, made from a document title: no control characters and none of
 * \ / : * ? " < > |, spaces collapsed, at most 100 characters, and a default when nothing is left.
 *
 * Missing values: an empty or all-forbidden title gives "Strategic Assessment tables".
 *
 * @param title the document title
 * @returns the file name, without extension
 * @throws nothing
 * @example
 * safeFileName("Maidstone: Strategic Assessment?"); // => "Maidstone Strategic Assessment"
 */
export function safeFileName(title: string): string {
  const printable = [...title].map((ch) => (ch.charCodeAt(0) < 32 ? " " : ch)).join("");
  const name = printable
    .replace(/[\\/:*?"<>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 100);
  return name === "" ? "Strategic Assessment tables" : name;
}
