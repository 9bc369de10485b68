import { FormulaSyntaxError, parseFormula } from "../../src/excel/formula-evaluator-parse";

describe("parseFormula", () => {
  it("reads a quoted sheet reference with $ absolutes as a 0-based rectangle, apostrophes undoubled", () => {
    // $A$1:$D$55 is rows 1-55 and columns A-D: 55 rows, 4 columns from (0, 0).
    expect(parseFormula("='Bob''s profile'!$A$1:$D$55")).toEqual({
      kind: "ref",
      sheet: "Bob's profile",
      row: 0,
      column: 0,
      rows: 55,
      columns: 4,
    });
    expect(parseFormula("=Data!B3")).toEqual({ kind: "ref", sheet: "Data", row: 2, column: 1, rows: 1, columns: 1 });
    expect(parseFormula("=$Q$5:Q5")).toEqual({
      kind: "ref",
      sheet: undefined,
      row: 4,
      column: 16,
      rows: 1,
      columns: 1,
    });
  });

  it("reads the matrix's rank formula: IF over ISNUMBER, with COUNTIF criteria joined by &", () => {
    const tree = parseFormula('=IF(ISNUMBER(Q5),COUNTIF($Q$5:$Q$24,">"&Q5)+COUNTIF($Q$5:Q5,Q5),"")');
    expect(tree).toMatchObject({
      kind: "call",
      name: "IF",
      args: [
        { kind: "call", name: "ISNUMBER" },
        {
          kind: "binary",
          op: "+",
          left: {
            kind: "call",
            name: "COUNTIF",
            args: [
              { kind: "ref", rows: 20 },
              { kind: "binary", op: "&" },
            ],
          },
        },
        { kind: "text", value: "" },
      ],
    });
  });

  it("binds as Excel does: * before +, + before &, & before =", () => {
    expect(parseFormula('=1+2*3&"x"="7x"')).toMatchObject({
      kind: "binary",
      op: "=",
      left: { kind: "binary", op: "&", left: { kind: "binary", op: "+", right: { kind: "binary", op: "*" } } },
    });
  });

  it("reads dotted custom-function names and doubled quotes in text, and upper-cases function names", () => {
    expect(parseFormula("=csp.morile.detail(B5:K5)")).toMatchObject({ kind: "call", name: "CSP.MORILE.DETAIL" });
    expect(parseFormula('="say ""hi"""')).toEqual({ kind: "text", value: 'say "hi"' });
  });

  it("rejects what is outside the subset: array constants, ^, %, names, unclosed text and brackets", () => {
    for (const formula of ["={1,2}", "=2^3", "=5%", "=Total", '="open', "=(1+2", "=1+", "=A1 B1"]) {
      expect(() => parseFormula(formula)).toThrow(FormulaSyntaxError);
    }
  });
});
