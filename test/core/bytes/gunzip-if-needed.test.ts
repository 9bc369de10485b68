import { gzipSync } from "zlib";
import { gunzipIfNeeded } from "../../../src/core/bytes/gunzip-if-needed";
import { InputError } from "../../../src/core/errors";

describe("gunzipIfNeeded", () => {
  it("unpacks gzip bytes made by Node's zlib", () => {
    const plain = new Uint8Array(Buffer.from("Month,Count\n2017-10,5\n"));
    expect(Array.from(gunzipIfNeeded(new Uint8Array(gzipSync(plain))))).toEqual(Array.from(plain));
  });

  it("refuses bytes with a bit flipped that still inflate, and a wrong recorded length, naming the file (issue 23.6)", () => {
    const plain = Buffer.from("Crime ID,Month\n" + "abc123,2019-01\n".repeat(100));
    const flipped = new Uint8Array(gzipSync(plain, { level: 0 }));
    flipped[60] ^= 0x02;
    expect(() => gunzipIfNeeded(flipped, "street.csv.gz")).toThrow(
      new InputError(
        "street.csv.gz is damaged: its check sum does not match what it unpacks to (the file was changed or cut after it was packed). Download or copy it again.",
      ),
    );
    const length = new Uint8Array(gzipSync(plain));
    length[length.length - 4] ^= 0x01;
    expect(() => gunzipIfNeeded(length, "street.csv.gz")).toThrow(/^street\.csv\.gz is damaged/);
  });

  it("refuses a file whose trailer says it unpacks to more than 1 GB before making room for it", () => {
    const bytes = new Uint8Array(gzipSync(Buffer.from("x")));
    new DataView(bytes.buffer).setUint32(bytes.length - 4, 3 * 2 ** 30, true);
    expect(() => gunzipIfNeeded(bytes, "big.csv.gz")).toThrow(
      "big.csv.gz looks gzipped but cannot be unpacked here: its last bytes say it unpacks to 3072 MB, more than the 1024 MB read here (or the file is cut short); is it complete?",
    );
  });

  it("returns plain bytes unchanged", () => {
    const plain = new Uint8Array([0x61, 0x62]);
    expect(gunzipIfNeeded(plain)).toBe(plain);
  });

  it("names the file when gzip bytes are cut short", () => {
    const cut = new Uint8Array(gzipSync(Buffer.from("x".repeat(1000)))).slice(0, 12);
    expect(() => gunzipIfNeeded(cut, "2018-10.csv.gz")).toThrow(InputError);
    expect(() => gunzipIfNeeded(cut, "2018-10.csv.gz")).toThrow(
      /2018-10\.csv\.gz looks gzipped but cannot be unpacked/,
    );
  });
});
