import { createByteDictionary } from "../../../src/core/csv/byte-dictionary";
import { scanCsv } from "../../../src/core/csv/scan-csv";
import { encodeUtf8 } from "../../../src/core/bytes/utf8-encode";

describe("createByteDictionary", () => {
  it("decodes each distinct field once (quoted and plain apart) and gives repeated fields the same id", () => {
    const resolved: string[] = [];
    const dictionary = createByteDictionary((text) => resolved.push(text) - 1);
    const bytes = encodeUtf8('Burglary\nDrugs\nBurglary\n"Drugs"\nBwâu\n');
    const ids: number[] = [];
    scanCsv(bytes, (row) => void ids.push(dictionary.idOf(bytes, row, 0)));
    expect(resolved).toEqual(["Burglary", "Drugs", "Drugs", "Bwâu"]);
    expect(ids).toEqual([0, 1, 0, 2, 3]);
  });

  it("looks up a missing field as blank", () => {
    const dictionary = createByteDictionary((text) => (text === "" ? -1 : 1));
    const bytes = encodeUtf8("a,b\n");
    scanCsv(bytes, (row) => expect(dictionary.idOf(bytes, row, 7)).toBe(-1));
  });
});
