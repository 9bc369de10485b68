import { countWords } from "../../../src/core/change/count-words";

describe("countWords", () => {
  it("puts commas between thousands as the seed's sentences do: 10,271 and 13,594", () => {
    expect(countWords(10271)).toBe("10,271");
    expect(countWords(13594)).toBe("13,594");
    expect(countWords(1234567)).toBe("1,234,567");
  });

  it("leaves numbers below 1,000 alone and keeps a minus sign", () => {
    expect(countWords(0)).toBe("0");
    expect(countWords(999)).toBe("999");
    expect(countWords(-5153)).toBe("-5,153");
  });
});

describe("countWords with decimals", () => {
  it("writes centre lines and limits with commas and one decimal: 1,365.3, 109.1, -0.5", () => {
    expect(countWords(1365.25, 1)).toBe("1,365.3");
    expect(countWords(109.0909, 1)).toBe("109.1");
    expect(countWords(-0.46, 1)).toBe("-0.5");
    expect(countWords(-0.04, 1)).toBe("0.0");
  });
});
