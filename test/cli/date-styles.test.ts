import { dateStyles, isDateFormat } from "../../src/cli/date-styles";

describe("isDateFormat", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["mmm-yy", true],
    ["yyyy\\-mm\\-dd", true],
    ["[$-809]mmmm yyyy", true],
    ["[h]:mm:ss", true],
    ["DD/MM/YYYY", true],
    ["General", false],
    ["0.00", false],
    ["#,##0;[Red]-#,##0", false],
    ['0 "days"', false],
    ["0\\d", false],
    ["_-* #,##0_-", false],
    ["@", false],
  ])("reads %s as a date: %s", (code, date) => {
    expect(isDateFormat(code)).toBe(date);
  });
});

describe("dateStyles", () => {
  it("marks the cell styles (<cellXfs>, not <cellStyleXfs>) whose built-in or custom format shows a date", () => {
    const xml =
      '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="d&quot;th&quot; mmm"/>' +
      '<numFmt numFmtId="165" formatCode="0.0&quot; days&quot;"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/>' +
      '<xf numFmtId="47"/><xf numFmtId="49"/><xf numFmtId="3"/></cellXfs></styleSheet>';
    expect(dateStyles(Buffer.from(xml))).toEqual([false, true, true, false, true, true, false, false]);
  });
});
