import { xmlAttribute } from "./xml-attributes";
import { entitiesDecoded, nameCode, scanXml, type XmlSink } from "./xml-scan";

/**
 * The built-in number formats that show a date or time (ECMA-376 part 1, 18.8.30): 14 to 22 and 45 to
 * 47, and the East Asian locales' date formats 27 to 36 and 50 to 58, which Excel also shows as dates.
 */
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47]);
for (let id = 50; id <= 58; id++) DATE_FORMATS.add(id);

/**
 * True when a number format code shows a date or time: it has d, m, y, h or s outside quoted text,
 * [brackets] (colours, locales, conditions, elapsed [h]) and escaped characters (\d, _x, *x), as
 * Excel reads codes ("dd/mm/yyyy", "mmm-yy", "h:mm"); "0.00", "#,##0" and `0 "days"` are not dates.
 *
 * @param code the format code
 * @returns whether a number in this format is a date
 * @throws never
 * @example
 * isDateFormat('[$-809]mmm yy'); // => true
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|[_*]./g, "");
  return /[dmyhs]/i.test(bare);
}

const NUMFMTS = nameCode("numFmts");
const NUMFMT = nameCode("numFmt");
const CELLXFS = nameCode("cellXfs");
const XF = nameCode("xf");

class StylesSink implements XmlSink {
  wantsText = false;
  readonly custom = new Map<number, string>();
  readonly formats: number[] = [];
  private within = 0;

  open(code: number, bytes: Uint8Array, from: number, to: number): void {
    if (code === NUMFMTS || code === CELLXFS) this.within = code;
    else if (code === NUMFMT && this.within === NUMFMTS) {
      const id = Number(xmlAttribute(bytes, from, to, "numFmtId"));
      this.custom.set(id, entitiesDecoded(xmlAttribute(bytes, from, to, "formatCode") ?? ""));
    } else if (code === XF && this.within === CELLXFS)
      this.formats.push(Number(xmlAttribute(bytes, from, to, "numFmtId") ?? 0));
  }

  close(code: number): void {
    if (code === this.within) this.within = 0;
  }

  text(): void {}
}

/**
 * Which cell styles (a cell's s="3" is the fourth <xf> of <cellXfs> in xl/styles.xml) show a date,
 * by their number format: a custom one of <numFmts> read by `isDateFormat`, or a built-in date format.
 *
 * @param bytes the styles part's bytes
 * @returns for each style, true when its cells' numbers are dates
 * @throws {Error} when its XML cannot be read
 * @example
 * dateStyles(bytesOf('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')); // => [false, true]
 */
export function dateStyles(bytes: Uint8Array): boolean[] {
  const sink = new StylesSink();
  scanXml(bytes, 0, bytes.length, sink);
  return sink.formats.map((id) => {
    const custom = sink.custom.get(id);
    return custom === undefined ? DATE_FORMATS.has(id) : isDateFormat(custom);
  });
}
