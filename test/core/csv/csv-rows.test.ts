import { csvRows } from "../../../src/core/csv/csv-rows";
import { encodeUtf8 } from "../../../src/core/bytes/utf8-encode";

describe("csvRows", () => {
  const bytes = encodeUtf8('Month,Context\n2024-01,"two\nlines"\n2024-02,x\n');

  it("reads every record, quoted line breaks included", () => {
    expect(csvRows(bytes, "t.csv")).toEqual([
      ["Month", "Context"],
      ["2024-01", "two\nlines"],
      ["2024-02", "x"],
    ]);
  });

  it("stops after maxRows records", () => {
    expect(csvRows(bytes, "t.csv", { maxRows: 2 })).toEqual([
      ["Month", "Context"],
      ["2024-01", "two\nlines"],
    ]);
  });

  it("stops before a record a block does not finish when more bytes follow, instead of calling its quote unclosed", () => {
    const block = encodeUtf8('Month,Context\n2024-01,"runs on');
    expect(csvRows(block, "t.csv", { final: false })).toEqual([["Month", "Context"]]);
    expect(() => csvRows(block, "t.csv")).toThrow(/t\.csv/);
  });
});
