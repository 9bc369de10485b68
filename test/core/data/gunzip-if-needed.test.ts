import { gzipSync } from "zlib";
import { gunzipIfNeeded } from "../../../src/core/data/gunzip-if-needed";
import { InputError } from "../../../src/core/errors";

describe("gunzipIfNeeded", () => {
  it("unpacks gzip bytes made by Node's zlib", () => {
    const plain = new Uint8Array(Buffer.from("Month,Count\n2017-10,5\n"));
    expect(Array.from(gunzipIfNeeded(new Uint8Array(gzipSync(plain))))).toEqual(Array.from(plain));
  });

  it("returns plain bytes unchanged", () => {
    const plain = new Uint8Array([0x61, 0x62]);
    expect(gunzipIfNeeded(plain)).toBe(plain);
  });

  it("names the file when gzip bytes are cut short", () => {
    const cut = new Uint8Array(gzipSync(Buffer.from("x".repeat(1000)))).slice(0, 12);
    expect(() => gunzipIfNeeded(cut, "2018-10.csv.gz")).toThrow(InputError);
    expect(() => gunzipIfNeeded(cut, "2018-10.csv.gz")).toThrow(/2018-10\.csv\.gz looks gzipped but cannot be unpacked/);
  });
});
