/** Tests of reading CSV in the encodings Excel writes (issue 15.7): isValidUtf8, decodeWindows1252, detectEncoding, utf8Pieces. */
import fc from "fast-check";
import { isValidUtf8 } from "../../../src/core/bytes/is-valid-utf8";
import { decodeWindows1252 } from "../../../src/core/bytes/decode-windows-1252";
import { detectEncoding } from "../../../src/core/bytes/detect-encoding";
import { utf8Pieces } from "../../../src/core/bytes/utf8-pieces";
import { buildDataset } from "../../../src/core/data/build-dataset";
import { parseCsv } from "../../../src/core/csv/parse-csv";

const CSV = "Month,Crime type,District,Count\r\n2018-10,Café damage £5,Bwâu,4\r\n2018-11,Burglary,Dover,2\r\n";

/** The text as UTF-16 with its byte order mark, as Excel's "Unicode text" saves it. */
function utf16(text: string, bigEndian = false): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, "utf16le");
  if (bigEndian) le.swap16();
  return new Uint8Array(le);
}

describe("isValidUtf8", () => {
  it("agrees with Node's strict decoder on any bytes (property)", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        expect(isValidUtf8(bytes)).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });

  it("accepts a character cut by the end of a sample only when told to", () => {
    expect([
      isValidUtf8(new Uint8Array([0x41, 0xe2, 0x82])),
      isValidUtf8(new Uint8Array([0x41, 0xe2, 0x82]), 0, 3, true),
    ]).toEqual([false, true]);
  });
});

describe("decodeWindows1252", () => {
  it("decodes bytes 00-7F and A0-FF as the same code points (Latin-1), and 80-9F by the Windows-1252 table", () => {
    const outside = Array.from({ length: 256 }, (_, i) => i).filter((i) => i < 0x80 || i >= 0xa0);
    expect(Array.from(decodeWindows1252(new Uint8Array(outside))).map((c) => c.charCodeAt(0))).toEqual(outside);
    // Published table (unicode.org, CP1252.TXT): 80 EURO SIGN, 85 ELLIPSIS, 93/94 curly quotes, 96 EN DASH, 99 TRADE MARK, 9F Y DIAERESIS.
    expect(decodeWindows1252(new Uint8Array([0x80, 0x85, 0x93, 0x94, 0x96, 0x99, 0x9f]))).toBe(
      "\u20ac\u2026\u201c\u201d\u2013\u2122\u0178",
    );
    expect(decodeWindows1252(new Uint8Array([0xa3, 0x35, 0x20, 0x63, 0x61, 0x66, 0xe9]))).toBe("£5 café");
  });
});

describe("detectEncoding", () => {
  it("reads UTF-16 by its byte order mark, or by its zero bytes without one", () => {
    expect(detectEncoding(utf16(CSV))).toBe("UTF-16 LE");
    expect(detectEncoding(utf16(CSV, true))).toBe("UTF-16 BE");
    expect(detectEncoding(new Uint8Array(Buffer.from(CSV, "utf16le")))).toBe("UTF-16 LE");
  });

  it("tells UTF-8 (with or without its mark, and plain ASCII) from Windows-1252", () => {
    expect(detectEncoding(new Uint8Array(Buffer.from(CSV)))).toBe("UTF-8");
    expect(detectEncoding(new Uint8Array(Buffer.from(`\ufeff${CSV}`)))).toBe("UTF-8");
    expect(detectEncoding(new Uint8Array(Buffer.from("Month,Crime type\n")))).toBe("UTF-8");
    expect(detectEncoding(new Uint8Array(Buffer.from(CSV, "latin1")))).toBe("Windows-1252");
  });
});

describe("utf8Pieces", () => {
  it("re-encodes UTF-16 cut into pieces anywhere, even inside a character or a surrogate pair, as the whole text (property)", () => {
    const text = "Crime type,Area\r\nCafé 😀,Bwâu £\r\n";
    for (const bigEndian of [false, true]) {
      const bytes = utf16(text, bigEndian);
      fc.assert(
        fc.property(fc.array(fc.nat(bytes.length), { maxLength: 5 }), (cuts) => {
          const ends = [...cuts.sort((a, b) => a - b), bytes.length];
          const pieces = ends.map((end, k) => bytes.slice(k === 0 ? 0 : ends[k - 1], end));
          const out = Buffer.concat([...utf8Pieces(pieces, bigEndian ? "UTF-16 BE" : "UTF-16 LE")]).toString("utf8");
          expect(out).toBe(text);
        }),
      );
    }
  });

  it("passes UTF-8 pieces through untouched, and re-encodes Windows-1252", () => {
    const piece = new Uint8Array([0x41]);
    expect([...utf8Pieces([piece], "UTF-8")][0]).toBe(piece);
    expect(Buffer.from([...utf8Pieces([new Uint8Array([0xa3, 0x35])], "Windows-1252")][0]).toString("utf8")).toBe("£5");
  });
});

describe("buildDataset and parseCsv in other encodings", () => {
  const expected = ["Café damage £5", "Burglary"];

  it.each([
    ["Windows-1252", new Uint8Array(Buffer.from(CSV, "latin1"))],
    ["UTF-16 LE", utf16(CSV)],
    ["UTF-16 BE", utf16(CSV, true)],
  ])("reads a %s file's names as written, and says which encoding it read", (encoding, bytes) => {
    const told: string[] = [];
    const ds = buildDataset({ name: "x.csv", csv: bytes }, { onEncoding: (name, e) => told.push(`${name}: ${e}`) });
    expect([ds.categories, ds.areas, ds.length]).toEqual([expected, ["Bwâu", "Dover"], 2]);
    expect(told).toEqual([`x.csv: ${encoding}`]);
    expect(parseCsv(bytes)[1][1]).toBe("Café damage £5");
  });

  it("reads a UTF-8 file without a word about its encoding", () => {
    const told: string[] = [];
    buildDataset({ name: "x.csv", csv: new Uint8Array(Buffer.from(CSV)) }, { onEncoding: (name) => told.push(name) });
    expect(told).toEqual([]);
  });

  it("reads a Windows-1252 name met after the part of the file checked as Windows-1252, not as U+FFFD", () => {
    const filler = "2018-10,Burglary,Dover,1\r\n".repeat(50000);
    const bytes = new Uint8Array(
      Buffer.from(`Month,Crime type,District,Count\r\n${filler}2018-11,Theft £,Dover,1\r\n`, "latin1"),
    );
    const ds = buildDataset({
      name: "late.csv",
      pieces: [bytes.slice(0, 70000), bytes.slice(70000)],
      byteLength: bytes.length,
    });
    expect(ds.categories).toEqual(["Burglary", "Theft £"]);
  });
});
