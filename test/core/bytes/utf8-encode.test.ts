import fc from "fast-check";
import { encodeUtf8 } from "../../../src/core/bytes/utf8-encode";

describe("encodeUtf8", () => {
  it("encodes any well-formed text as Node's encoder does (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(Array.from(encodeUtf8(text))).toEqual(Array.from(Buffer.from(text, "utf8")));
      }),
    );
  });

  it("encodes a lone surrogate as U+FFFD (EF BF BD), as the WHATWG encoder does", () => {
    expect(Array.from(encodeUtf8("a\uD800b"))).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62]);
  });
});
