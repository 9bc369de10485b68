import { createRecordReader, NO_ID } from "../../../src/core/csv/record-reader";
import { createByteDictionary } from "../../../src/core/csv/byte-dictionary";
import { encodeUtf8 } from "../../../src/core/bytes/utf8-encode";

/** A reader of Month,Type records whose dictionaries number new values from 0 (blank -1), and what it put out. */
function reader() {
  const out: { added: number[][]; dropped: unknown[][] } = { added: [], dropped: [] };
  const numbering = () => {
    let next = 0;
    return createByteDictionary((text) => (text === "" ? -1 : next++));
  };
  const at = { row: 0, bytes: new Uint8Array(0), record: undefined };
  const reasons = {
    filtered: "filtered",
    blank: "blank row",
    month: "no month",
    category: "no crime type",
    duplicate: "duplicate",
  };
  const read = createRecordReader({
    name: "x.csv",
    headerRow: 0,
    fileStart: true,
    fields: { month: 0, category: 1, area: -1, id: NO_ID, code: -1 },
    months: numbering(),
    categories: numbering(),
    areas: numbering(),
    wholeArea: 7,
    filters: [],
    reasons,
    at,
    target: { add: (...record) => void out.added.push(record), drop: (...drop) => void out.dropped.push(drop) },
  });
  return { read, out };
}

describe("createRecordReader", () => {
  it("turns records into ids and drops the rest with their reasons, joining a record cut between pieces", () => {
    const { read, out } = reader();
    const bytes = encodeUtf8("Month,Type\n2019-01,Burglary\n\n\n,Drugs\n2019-02,\n2019-01,Drugs\n");
    read.read(bytes.subarray(0, 20));
    expect(read.atRecordEnd()).toBe(false);
    read.read(bytes.subarray(20));
    expect(read.atRecordEnd()).toBe(true);
    read.finish();
    expect(out.added).toEqual([
      [0, 0, 7, 1],
      [0, 1, 7, 1],
    ]);
    // A run of blank rows: its first row at once, the rest in one call when the next run starts or the reading ends.
    expect(out.dropped).toEqual([
      ["blank row", 3],
      ["no month", 5],
      ["no crime type", 6],
      ["blank row", 4, 1],
    ]);
  });
});
