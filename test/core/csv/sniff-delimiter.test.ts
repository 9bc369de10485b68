import { delimiterNamed, sniffDelimiter } from "../../../src/core/csv/sniff-delimiter";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("sniffDelimiter", () => {
  it.each([
    ["Month,Count\n2023-01,5\n", "comma"],
    ["Month\tCount\n2023-01\t1,204\n2023-02\t7\n", "tab"],
    ["Month;Count;Rate\n2023-01;5;1,5\n2023-02;6;2,5\n", "semicolon"],
    ["Month|Count\n2023-01|5\n", "pipe"],
  ])("finds the separator the lines agree on in %j", (text, name) => {
    expect(sniffDelimiter(bytes(text)).name).toBe(name);
  });

  it("is not misled by a title line, quoted commas or a file with no separator", () => {
    expect(
      sniffDelimiter(
        bytes('Table 1: crimes, by month\nMonth\tArea\tCount\n2023-01\t"Tonbridge, Malling"\t5\n2023-02\tSwale\t4\n'),
      ).name,
    ).toBe("tab");
    expect(sniffDelimiter(bytes("Month\n2023-01\n")).name).toBe("comma");
  });
});

describe("delimiterNamed", () => {
  it("reads names and characters, and nothing else", () => {
    expect(["tab", "\\t", ";", "Semicolons", "|", ","].map((t) => delimiterNamed(t)?.name)).toEqual([
      "tab",
      "tab",
      "semicolon",
      "semicolon",
      "pipe",
      "comma",
    ]);
    expect(delimiterNamed("colon")).toBeUndefined();
  });
});
