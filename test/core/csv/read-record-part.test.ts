import { readRecordPart } from "../../../src/core/csv/read-record-part";
import { encodeUtf8 } from "../../../src/core/bytes/utf8-encode";

const FIELDS = { month: 0, category: 1, area: 2, id: -1, code: 3 };

describe("readRecordPart", () => {
  it("gives each distinct field a local id in the order first seen, with its bytes, quoting and first row", () => {
    const csv = 'm1,"B, x",L1,C1\nm2,A,L2,C2\nm1,A,L1,C9\n';
    const part = readRecordPart([encodeUtf8(csv)], { name: "x.csv", fields: FIELDS, filters: [] });
    expect([part.rows, part.length, Array.from(part.month), Array.from(part.category), Array.from(part.area)]).toEqual([
      3,
      3,
      [0, 1, 0],
      [0, 1, 1],
      [0, 1, 0],
    ]);
    expect(Buffer.from(part.categories.bytes).toString()).toBe("B, xA");
    expect([
      Array.from(part.categories.ends),
      Array.from(part.categories.quoted),
      Array.from(part.categories.firstRows),
    ]).toEqual([
      [4, 5],
      [1, 0],
      [1, 2],
    ]);
    // The LSOA code on each area's first row, for the Dataset's area codes.
    expect(part.areas.codes).toEqual(["C1", "C2"]);
  });

  it("counts rows from the part's start, keeps a byte order mark as data, and lists the rows not used by reason key", () => {
    const csv = "\uFEFF\n\n,A,L\nm,,L\nm,A,L\nm,B,L\n";
    const part = readRecordPart([encodeUtf8(csv)], {
      name: "x.csv",
      fields: FIELDS,
      filters: [{ column: 1, value: "a" }],
    });
    // Row 1 holds a byte order mark, so it is not blank: its missing crime type fails the filter.
    expect(part.drops).toEqual({
      reason: ["filtered", "blank", "month", "filtered", "filtered"],
      row: [1, 2, 3, 4, 6],
      count: [1, 1, 1, 1, 1],
    });
    expect([part.rows, part.length]).toEqual([6, 1]);
  });
});
