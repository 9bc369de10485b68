import fc from "fast-check";
import { decodeUtf8 } from "../../../src/core/bytes/utf8-decode";

describe("decodeUtf8", () => {
  it("decodes 1- to 4-byte characters as Node's decoder does (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const bytes = new Uint8Array(Buffer.from(text, "utf8"));
        expect(decodeUtf8(bytes)).toBe(Buffer.from(bytes).toString("utf8"));
      }),
    );
  });

  it("decodes only the range asked for", () => {
    expect(decodeUtf8(new Uint8Array(Buffer.from("Bwâu Close")), 2, 5)).toBe("âu");
  });

  it("turns a malformed or cut sequence into U+FFFD", () => {
    expect(decodeUtf8(new Uint8Array([0x41, 0xc3]))).toBe("A\uFFFD");
    expect(decodeUtf8(new Uint8Array([0xc3, 0x41]))).toBe("\uFFFDA");
    expect(decodeUtf8(new Uint8Array([0x80]))).toBe("\uFFFD");
  });

  it("decodes text longer than one copying chunk", () => {
    const long = "x".repeat(20000) + "é";
    expect(decodeUtf8(new Uint8Array(Buffer.from(long)))).toBe(long);
  });
});
