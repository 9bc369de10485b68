import { safeFileName } from "../../src/export/safe-file-name";

describe("safeFileName", () => {
  it("drops the characters Windows and Mac refuse in file names", () => {
    expect(safeFileName('Maidstone: Strategic Assessment? <2018/19> "final" | a*b\\c')).toBe(
      "Maidstone Strategic Assessment 2018 19 final a b c",
    );
  });

  it("turns control characters into spaces and keeps at most 100 characters", () => {
    expect(safeFileName("Tables\n\tfor\u0000Word")).toBe("Tables for Word");
    expect(safeFileName("x".repeat(150))).toHaveLength(100);
  });

  it("falls back to a plain name when nothing is left", () => {
    expect(safeFileName("")).toBe("Strategic Assessment tables");
    expect(safeFileName("???")).toBe("Strategic Assessment tables");
  });
});
