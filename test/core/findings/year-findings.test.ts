import { yearFindings } from "../../../src/core/findings/year-findings";
import { keyFindings } from "../../../src/core/findings/key-findings";
import { fyPivot } from "../../../src/core/tables/fy-pivot";
import type { TableCell, TableModel } from "../../../src/core/tables/table-model";
import { countsDataset } from "../tables/police-uk-fixture";

// Seed 5.6, needle finds by month, April to March, 2007/08 to 2017/18 (April to October only).
const NEEDLES: number[][] = [
  [599, 507, 290, 220, 143, 550, 260, 233, 63, 778, 957, 239],
  [185, 182, 178, 328, 171, 181, 36, 100, 125, 84, 78, 117],
  [68, 56, 93, 216, 189, 163, 111, 46, 21, 90, 1082, 162],
  [248, 622, 166, 253, 149, 252, 290, 57, 108, 55, 193, 290],
  [114, 76, 113, 285, 246, 201, 444, 243, 140, 204, 245, 202],
  [55, 214, 149, 223, 94, 161, 157, 95, 146, 84, 279, 308],
  [269, 291, 41, 107, 204, 266, 198, 134, 266, 110, 54, 233],
  [233, 119, 214, 226, 143, 243, 206, 162, 78, 138, 255, 81],
  [197, 109, 172, 226, 67, 106, 113, 136, 230, 156, 131, 47],
  [39, 7, 24, 48, 40, 18, 64, 66, 70, 56, 209, 164],
  [121, 138, 227, 95, 424, 181, 125],
];
const needleRows = NEEDLES.flatMap((months, y) =>
  months.map((n, k): [string, string, string, number] => {
    const index = (2007 + y) * 12 + 3 + k; // April of 2007 + y, then on
    return [`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`, "Needle finds", "Maidstone", n];
  }),
);

describe("yearFindings on seed table 5.6 (needle finds by financial year)", () => {
  const table = fyPivot(countsDataset(needleRows), { category: "Needle finds" });

  it("compares the latest two whole years, 2016/17 against 2015/16 (the seed's yearly totals 805 and 1690), not the part year 2017/18", () => {
    const findings = yearFindings(table, "the borough", 0.05);
    expect(findings[0]).toBe(
      "Needle finds in the borough fell by 52.4% in 2016/17 compared with 2015/16, from 1,690 to 805.",
    );
    // SciPy: binomtest(805, 2495, 0.5).pvalue = 1.4e-71.
    expect(findings[1]).toBe("This is a statistically significant fall at the 5% level (p < 0.001).");
  });

  it("names the highest and lowest whole years: 2007/08 (4,839) and 2016/17 (805)", () => {
    expect(yearFindings(table, "the borough", 0.05)[2]).toBe(
      "Of the 10 whole years, the highest was 2007/08 (4,839) and the lowest 2016/17 (805).",
    );
  });

  it("calls a table of every area the force area, or the force by name, when keyFindings is not told the area", () => {
    expect(keyFindings([table])[0].findings[0]).toMatch(/^Needle finds in the force area fell by 52\.4%/);
    expect(keyFindings([table], { forceName: "Kent" })[0].findings[0]).toMatch(/^Needle finds in Kent fell by 52\.4%/);
  });
});

const text = (value: string): TableCell => ({ kind: "text", value });
const count = (value: number): TableCell => ({ kind: "count", value });

/**
 * Seed table 4.2 (statutory nuisance, 2016 and 2017) by hand, without its ASB row, as the seed's sentence
 * reads it ("an overall decrease of 4.5% in cases (allowing for the removal of ASB cases)"). The seed's rows
 * do not add up to its printed totals (they make 2,406 and 2,244, not 4,422 and 4,261); its 4.5% is the
 * printed totals less the 40 ASB cases of 2017, 4,422 to 4,221, which is the total row here.
 */
function nuisance(): TableModel {
  const rows: [string, string, number, number][] = [
    ["CARA", "Caravan Licensing enquiries/complaints", 11, 7],
    ["DOG", "Dangerous and Nuisance dogs (Not strays)", 73, 45],
    ["DRAIN", "Drainage enquiries/complaints", 33, 47],
    ["ENV", "Environmental Enquiries", 350, 191],
    ["FOUL", "Dog Fouling", 78, 47],
    ["FPN", "FPN enquiries/complaints", 0, 3],
    ["GEN", "General enquires", 103, 80],
    ["NOISE", "All noise nuisance", 713, 732],
    ["NUIS", "Other Nuisance (Odour, dust etc)", 314, 361],
    ["PEST", "Pest Control enquiries/complaints", 202, 194],
    ["STRAD", "Street trading enquiries/complaints", 7, 9],
    ["STRAY", "Straying and lost dogs enquiries", 522, 488],
  ];
  return {
    recipe: "category-by-year",
    title: "Cases by type and year, Maidstone",
    sheetName: "By year Maidstone",
    headerRows: [[{ text: "Code" }, { text: "Description" }, { text: "2016" }, { text: "2017" }]],
    rows: [
      ...rows.map(([code, description, a, b]) => ({
        level: 0 as const,
        kind: "data" as const,
        cells: [text(code), text(description), count(a), count(b)],
      })),
      { level: 0, kind: "total", cells: [text("Total"), text(""), count(4422), count(4221)] },
    ],
    notes: [],
    source: "",
    subject: { area: "Maidstone", category: "Cases" },
  };
}

describe("yearFindings on seed table 4.2 (statutory nuisance by type and year)", () => {
  const findings = yearFindings(nuisance(), "Maidstone", 0.05);

  it("gives the seed's overall decrease of 4.5% in cases", () => {
    expect(findings[0]).toBe("Cases in Maidstone fell by 4.5% in 2017 compared with 2016, from 4,422 to 4,221.");
    // SciPy: binomtest(4221, 8643, 0.5).pvalue = 0.03145.
    expect(findings[1]).toBe("This is a statistically significant fall at the 5% level (p = 0.031).");
  });

  it("names the largest rises and falls by type, by their descriptions (SciPy p: 361 v 314 0.077, 732 v 713 0.636, 47 v 33 0.146)", () => {
    expect(findings).toContain(
      "The largest rises by number were in Other Nuisance (Odour, dust etc) (+47, from 314 to 361, within normal variation), All noise nuisance (+19, from 713 to 732, within normal variation) and Drainage enquiries/complaints (+14, from 33 to 47, within normal variation).",
    );
    expect(
      findings.some((f) =>
        f.startsWith("The largest falls by number were in Environmental Enquiries (-159, from 350 to 191)"),
      ),
    ).toBe(true);
  });

  it("compares no part year: a marked header is not a whole year", () => {
    const part = nuisance();
    part.headerRows[0][3] = { text: "2017*" };
    expect(yearFindings(part, "Maidstone", 0.05)).toEqual([]);
  });
});

describe("yearFindings on a change too small to show at one decimal", () => {
  it("says it changed by less than 0.1%, never that it rose by 0.0%: 10,013 to 10,017 finds is +0.04%", () => {
    const rows: [string, string, string, number][] = [];
    for (let k = 0; k < 12; k++) {
      const month = (y: number) => `${y + Math.floor((3 + k) / 12)}-${String(((3 + k) % 12) + 1).padStart(2, "0")}`;
      rows.push(
        [month(2015), "Needle finds", "Maidstone", k === 0 ? 1004 : 819],
        [month(2016), "Needle finds", "Maidstone", k === 0 ? 1008 : 819],
      );
    }
    // 2015/16: 1004 + 11 x 819 = 10,013; 2016/17: 1008 + 11 x 819 = 10,017: +4, +0.04%.
    const findings = yearFindings(fyPivot(countsDataset(rows), { category: "Needle finds" }), "the borough", 0.05);
    expect(findings[0]).toBe(
      "Needle finds in the borough changed by less than 0.1% in 2016/17 compared with 2015/16, from 10,013 to 10,017.",
    );
  });
});
