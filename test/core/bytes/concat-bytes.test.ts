import { concatBytes } from "../../../src/core/bytes/concat-bytes";

describe("concatBytes", () => {
  it("puts the pieces one after another", () => {
    expect([...concatBytes([Uint8Array.of(1, 2), Uint8Array.of(), Uint8Array.of(3)])]).toEqual([1, 2, 3]);
  });

  it("returns a single piece itself, without copying it", () => {
    const only = Uint8Array.of(7, 8);
    expect(concatBytes([only])).toBe(only);
  });

  it("gives an empty array for no pieces", () => {
    expect(concatBytes([]).length).toBe(0);
  });
});
