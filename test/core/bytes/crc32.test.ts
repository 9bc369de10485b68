import { crc32 as zlibCrc32 } from "zlib";
import fc from "fast-check";
import { crc32 } from "../../../src/core/bytes/crc32";

describe("crc32", () => {
  it('gives the standard check value of "123456789", 0xCBF43926', () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("agrees with zlib's, whole or continued piece by piece (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array(), fc.nat(), (bytes, at) => {
        const cut = at % (bytes.length + 1);
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
        expect(crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))).toBe(zlibCrc32(bytes));
      }),
    );
  });
});
