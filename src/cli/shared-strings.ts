import { nameCode, xmlText, type XmlSink } from "./xml-scan";
import { piecesScanned } from "./pieces-scanned";

const SI = nameCode("si");
const T = nameCode("t");
const RPH = nameCode("rPh");

/** Collects each <si>'s text: its <t>, or its rich text runs' <t>s joined, without phonetic runs (<rPh>). */
class StringsSink implements XmlSink {
  wantsText = false;
  readonly strings: string[] = [];
  private inItem = false;
  private phonetic = 0;
  private item = "";

  open(code: number): void {
    if (code === SI) [this.inItem, this.item] = [true, ""];
    else if (code === RPH) this.phonetic++;
    else if (code === T) this.wantsText = this.inItem && this.phonetic === 0;
  }

  close(code: number): void {
    if (code === T) this.wantsText = false;
    else if (code === RPH) this.phonetic--;
    else if (code === SI) {
      this.strings.push(this.item);
      this.inItem = false;
    }
  }

  text(bytes: Uint8Array, from: number, to: number, raw: boolean): void {
    const text = raw ? new TextDecoder().decode(bytes.subarray(from, to)) : xmlText(bytes, from, to);
    this.item = this.item === "" ? text : this.item + text;
  }
}

/**
 * A workbook's shared strings (xl/sharedStrings.xml), in order: the text a cell of type "s" holds by
 * its index. Rich text is its runs' text joined (as Office.js gives it); phonetic guides are left out.
 *
 * @param pieces the part's bytes, in pieces
 * @returns the strings
 * @throws {Error} when its XML cannot be read
 * @example
 * await sharedStrings(entryPieces(file, entry)); // => ["Burglary", ...]
 */
export async function sharedStrings(pieces: AsyncIterable<Uint8Array>): Promise<string[]> {
  const sink = new StringsSink();
  await piecesScanned(pieces, sink);
  return sink.strings;
}
