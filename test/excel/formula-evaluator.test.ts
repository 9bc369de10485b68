import { calculateFormula, recalculateWorkbook } from "../../src/excel/formula-evaluator";
import { MemoryWorkbook } from "../../src/excel/memory-workbook";
import { createMorileMatrix } from "../../src/excel/morile-matrix";
import { illustrativeProfile } from "../../src/core/morile/illustrative-profile";
import { scoreTheme } from "../../src/core/morile/score-theme";
import type { CellValue } from "../../src/excel/workbook-port";

/** A calculating workbook with one toolkit sheet "Calc" (values written from A1) and one user sheet "My data". */
async function book(values: CellValue[][] = [[]]): Promise<MemoryWorkbook> {
  const b = new MemoryWorkbook({ calculate: recalculateWorkbook });
  b.seedSheet("My data", [
    ["Theme", "Score"],
    ["Domestic abuse", 1176],
    ["Substance misuse", 20],
    ["", ""],
  ]);
  await b.addSheet("Calc");
  if (values[0].length > 0) await b.writeFormulas("Calc", "A1", values);
  return b;
}

/** The value one formula gets on the "Calc" sheet of `b`. */
function calc(b: MemoryWorkbook, formula: string): CellValue {
  return calculateFormula(b, "Calc", formula)[0][0];
}

describe("literals, operators and references", () => {
  it('joins text and numbers with & and adds with +, blanks counting as "" and 0', async () => {
    const b = await book([[2, "x"]]);
    expect(calc(b, '="a"&1&"b"&A1')).toBe("a1b2");
    expect(calc(b, "=A1+3")).toBe(5); // 2 + 3
    expect(calc(b, "=C1+3")).toBe(3); // blank C1 is 0
    expect(calc(b, '="["&C1&"]"')).toBe("[]");
    expect(calc(b, "=-A1*2-1")).toBe(-5); // -(2) * 2 - 1
    expect(calc(b, "=1/0")).toBe("#DIV/0!");
    expect(calc(b, "=B1+1")).toBe("#VALUE!"); // "x" is not a number
  });

  it("reads other sheets by quoted and unquoted name, with $ absolutes, case-insensitively", async () => {
    const b = await book();
    expect(calc(b, "='My data'!$B$2")).toBe(1176);
    expect(calc(b, "='my DATA'!A3")).toBe("Substance misuse");
    expect(calc(b, "=Calc!A1")).toBe(0); // a reference to a blank cell shows 0, as in Excel
    expect(calc(b, "='No such sheet'!A1")).toBe("#REF!");
  });

  it('compares text case-insensitively and treats a blank as equal to "" and to 0', async () => {
    const b = await book([["High", 5]]);
    expect(calc(b, '=A1="high"')).toBe(true);
    expect(calc(b, '=C1=""')).toBe(true);
    expect(calc(b, "=C1=0")).toBe(true);
    expect(calc(b, '=A1=""')).toBe(false);
    expect(calc(b, "=B1>4")).toBe(true);
    expect(calc(b, '=B1<>"5"')).toBe(true); // a number never equals a text
  });
});

describe("the supported functions", () => {
  it("IF chooses a branch and only evaluates that one; a third argument left out gives FALSE", async () => {
    const b = await book([["", "x"]]);
    expect(calc(b, '=IF($A1="","empty",1/0)')).toBe("empty");
    expect(calc(b, '=IF(B1="x",1)')).toBe(1);
    expect(calc(b, '=IF(B1="y",1)')).toBe(false);
    expect(calc(b, "=IF(B1,1,2)")).toBe("#VALUE!"); // "x" is not a condition
  });

  it("ISNUMBER is TRUE for numbers only, not numeric text, blanks or errors", async () => {
    const b = await book([[3, "3", "", "=1/0"]]);
    expect(["A1", "B1", "C1", "D1"].map((a) => calc(b, `=ISNUMBER(${a})`))).toEqual([true, false, false, false]);
  });

  it("COUNTIF counts equal numbers, case-insensitive text, comparisons built with & and blanks", async () => {
    const b = await book([[5], [7], [5], ["abc"], ["ABC"], [""]]);
    expect(calc(b, "=COUNTIF(A1:A6,5)")).toBe(2);
    expect(calc(b, '=COUNTIF(A1:A6,">"&A1)')).toBe(1); // only 7
    expect(calc(b, '=COUNTIF(A1:A6,">=5")')).toBe(3);
    expect(calc(b, '=COUNTIF(A1:A6,"abc")')).toBe(2);
    expect(calc(b, '=COUNTIF(A1:A6,"a*")')).toBe(2);
    expect(calc(b, '=COUNTIF(A1:A6,"")')).toBe(1);
    expect(calc(b, '=COUNTIF(A1:A6,"<>5")')).toBe(4); // 7, abc, ABC and the blank
  });

  it("INDEX picks by position in a column, a row or a block, and is #REF! outside it", async () => {
    const b = await book([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(calc(b, "=INDEX(A1:A2,2)")).toBe("c");
    expect(calc(b, "=INDEX(A1:B1,2)")).toBe("b");
    expect(calc(b, "=INDEX(A1:B2,2,2)")).toBe("d");
    expect(calc(b, "=INDEX(A1:A2,3)")).toBe("#REF!");
  });

  it("MATCH with 0 finds the first exact match (text case-insensitively), else #N/A", async () => {
    const b = await book([["x"], [2], ["Y"], [2]]);
    expect(calc(b, "=MATCH(2,A1:A4,0)")).toBe(2);
    expect(calc(b, '=MATCH("y",A1:A4,0)')).toBe(3);
    expect(calc(b, "=MATCH(9,A1:A4,0)")).toBe("#N/A");
    expect(calc(b, '=MATCH("2",A1:A4,0)')).toBe("#N/A"); // text never matches a number
  });

  it("IFERROR replaces #N/A, #VALUE!, #REF! and #DIV/0!, from formulas and from cells, and passes other values", async () => {
    const b = await book([["=MATCH(9,B1:B2,0)"]]);
    expect(calc(b, '=IFERROR(MATCH(9,B1:B2,0),"none")')).toBe("none");
    expect(calc(b, '=IFERROR(A1,"from cell")')).toBe("from cell");
    expect(calc(b, '=IFERROR("a"+1,0)')).toBe(0);
    expect(calc(b, '=IFERROR(INDEX(B1:B2,5),"")')).toBe("");
    expect(calc(b, "=IFERROR(1/0,-1)")).toBe(-1);
    expect(calc(b, '=IFERROR(4,"x")')).toBe(4);
  });

  it("calls CSP.MORILE through the functions module; an error it throws becomes that error value", async () => {
    const ratings = [
      "Severe",
      "Severe",
      "Moderate",
      "Moderate",
      "Borough",
      "Frequent",
      "Very high",
      "High",
      "Stretched",
      "Partial",
    ];
    const b = await book([ratings, ["Severe", "Nonsense"]]);
    // The Illustrative profile's worked example: harm 14, likelihood 7, risk 98, confidence 3, organisational 4, 98 x 3 x 4.
    expect(calc(b, "=CSP.MORILE(A1:J1)")).toBe(1176);
    expect(calc(b, "=csp.morile.band(1176)")).toBe("High");
    expect(calc(b, "=CSP.MORILE(A2:J2)")).toBe("#VALUE!"); // "Nonsense" is not a level
    expect(calc(b, "=CSP.MORILE(A3:J3)")).toBe("#N/A"); // blank ratings reach the function as 0: missing
  });

  it("gives #NAME? for anything outside the subset, without throwing", async () => {
    const b = await book();
    for (const formula of [
      "=SUM(A1:A3)",
      "=VLOOKUP(1,A1:B2,2,FALSE)",
      "=MATCH(1,A1:A3)",
      "=2^3",
      "={1,2}",
      "=myName",
      '="open',
      "=IF(1)",
      "=A1:",
    ]) {
      expect(calc(b, formula)).toBe("#NAME?");
    }
  });
});

describe("spilling and recalculation in the workbook", () => {
  it("spills CSP.MORILE.DETAIL across the row: harm, likelihood, risk, confidence, organisational, final, band", async () => {
    const ratings = [
      "Severe",
      "Severe",
      "Moderate",
      "Moderate",
      "Borough",
      "Frequent",
      "Very high",
      "High",
      "Stretched",
      "Partial",
    ];
    const b = await book([[...ratings, "=CSP.MORILE.DETAIL(A1:J1)"]]);
    expect(b.valuesOf("Calc", "K1:Q1")).toEqual([[14, 7, 98, 3, 4, 1176, "High"]]);
  });

  it("shows #SPILL! when a constant or a formula is in the way, and spills again once it is cleared", async () => {
    const b = await book([["='My data'!A1:B3"]]);
    const spilled = [
      ["Theme", "Score"],
      ["Domestic abuse", 1176],
      ["Substance misuse", 20],
    ];
    expect(b.valuesOf("Calc", "A1:B3")).toEqual(spilled);
    await b.writeValues("Calc", "B2", [["blocker"]]);
    expect(b.valuesOf("Calc", "A1:B3")).toEqual([
      ["#SPILL!", ""],
      ["", "blocker"],
      ["", ""],
    ]);
    await b.writeFormulas("Calc", "B2", [["=1+1"]]);
    expect(b.valuesOf("Calc", "A1:B2")).toEqual([
      ["#SPILL!", ""],
      ["", 2],
    ]);
    b.setCellValue("Calc", "B2", "");
    expect(b.valuesOf("Calc", "A1:B3")).toEqual(spilled);
  });

  it("recalculates a chain written out of order after an edit, until nothing changes", async () => {
    const b = await book([["=B1*2", "=C1+1", 1]]);
    expect(b.valuesOf("Calc", "A1:B1")).toEqual([[4, 2]]); // (1 + 1) * 2
    b.setCellValue("Calc", "C1", 10);
    expect(b.valuesOf("Calc", "A1:B1")).toEqual([[22, 11]]);
  });

  it("lets the analyst edit only the toolkit's sheets", async () => {
    const b = await book();
    expect(() => b.setCellValue("My data", "A1", "x")).toThrow(/user's own sheets/);
  });

  it("shows a HYPERLINK's friendly name, as Excel shows the link (Check a table's report)", async () => {
    const b = new MemoryWorkbook({ calculate: recalculateWorkbook });
    await b.addSheet("Calc");
    await b.writeFormulas("Calc", "A1", [['=HYPERLINK("#\'Table 2.6\'!$F$7","F7")', '=HYPERLINK("#Calc!A1")']]);
    b.recalculate();
    expect(b.valuesOf("Calc", "A1:B1")).toEqual([["F7", "#Calc!A1"]]);
  });

  it("leaves a workbook without an evaluator uncalculated, showing formulas as written", async () => {
    const b = new MemoryWorkbook();
    await b.addSheet("Calc");
    await b.writeFormulas("Calc", "A1", [["=1+1"]]);
    expect(b.valuesOf("Calc", "A1")).toEqual([[""]]);
    expect(b.displayOf("Calc", "A1")).toEqual([["=1+1"]]);
  });
});

describe("the MoRiLE matrix, calculated", () => {
  const high = [
    "Severe",
    "Severe",
    "Moderate",
    "Moderate",
    "Borough",
    "Frequent",
    "Very high",
    "High",
    "Stretched",
    "Partial",
  ];
  const low = ["Low", "Low", "Low", "Low", "Neighbourhood", "Rare", "Low", "Low", "Sufficient", "Strong"];
  const columns = "BCDEFGHIJK".split("");

  it("scores two rated themes as scoreTheme does and lists the higher final score first", async () => {
    const b = new MemoryWorkbook({ calculate: recalculateWorkbook });
    const { matrixSheet, prioritySheet } = await createMorileMatrix(b);
    low.forEach((level, i) => b.setCellValue(matrixSheet, `${columns[i]}5`, level)); // row 5: the first theme
    high.forEach((level, i) => b.setCellValue(matrixSheet, `${columns[i]}8`, level)); // row 8: Domestic abuse
    for (const [row, ratings] of [
      [5, low],
      [8, high],
    ] as const) {
      const s = scoreTheme(ratings, illustrativeProfile());
      expect(b.valuesOf(matrixSheet, `L${row}:R${row}`)).toEqual([
        [s.harm, s.likelihood, s.risk, s.confidence, s.organisational, s.final, s.band],
      ]);
    }
    // By hand: low = (1+1+1+1+1) x (1+1) x 1 x (1+1) = 20; high = 1176 (the profile's worked example).
    const theme = (row: number) => b.valuesOf(matrixSheet, `A${row}`)[0][0];
    expect(b.valuesOf(prioritySheet, "A5:D7")).toEqual([
      [1, theme(8), 1176, "High"],
      [2, theme(5), 20, "Low"],
      [3, "", "", ""],
    ]);
    expect(b.valuesOf(matrixSheet, "S5:S8")).toEqual([[2], [""], [""], [1]]);
  });

  it("shows no #N/A on a new matrix before any rating, and #N/A naming the missing rating once rating starts (issue 24, item 10)", async () => {
    const b = new MemoryWorkbook({ calculate: recalculateWorkbook });
    const { matrixSheet, prioritySheet } = await createMorileMatrix(b);
    const shown = [...b.displayOf(matrixSheet).flat(), ...b.displayOf(prioritySheet).flat()];
    expect(shown.filter((text) => text.startsWith("#"))).toEqual([]);
    b.setCellValue(matrixSheet, "B5", "Severe");
    expect(b.valuesOf(matrixSheet, "L5")[0][0]).toBe("#N/A");
    expect(b.valuesOf(matrixSheet, "L6")[0][0]).toBe("");
  });

  it("works OR as Excel: TRUE when any is true, the first error otherwise", async () => {
    const b = new MemoryWorkbook({ calculate: recalculateWorkbook });
    const sheet = await b.addSheet("Out");
    await b.writeFormulas(sheet, "A1", [["=OR(1=2,2=2)", "=OR(1=2)", '=OR(1=2,"x")']]);
    b.recalculate();
    expect(b.valuesOf(sheet, "A1:C1")).toEqual([[true, false, "#VALUE!"]]);
  });
});
