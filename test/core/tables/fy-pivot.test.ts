import { fyPivot } from "../../../src/core/tables/fy-pivot";
import { formatCell } from "../../../src/core/house-style/format-cell";
import { countsDataset, datasetOf, monthsBetween, policeRows } from "./police-uk-fixture";

// Seed 5.6, needle finds, April to March: 2015/16, 2016/17 and the part year 2017/18 (April - October).
const finds: Record<string, number[]> = {
  "2015": [197, 109, 172, 226, 67, 106, 113, 136, 230, 156, 131, 47],
  "2016": [39, 7, 24, 48, 40, 18, 64, 66, 70, 56, 209, 164],
  "2017": [121, 138, 227, 95, 424, 181, 125],
};
const entries: [string, string, string, number][] = [];
for (const [year, counts] of Object.entries(finds)) {
  const months = monthsBetween(`${year}-04`, `${Number(year) + 1}-03`);
  counts.forEach((n, k) => entries.push([months[k], "Needle finds", "Maidstone", n]));
}

describe("fyPivot on the seed's table 5.6 needle finds", () => {
  const table = fyPivot(countsDataset(entries), { category: "Needle finds" });
  const text = table.rows.map((r) => r.cells.map(formatCell));

  it("gives the seed's yearly totals 1690, 805 and 1311", () => {
    expect(text.map((r) => [r[0], r[13].replace(/\W$/, "")])).toEqual([
      ["2015/16", "1690"],
      ["2016/17", "805"],
      ["2017/18", "1311"],
    ]);
  });

  it("leaves the months after October 2017 blank and marks 2017/18 as a part year", () => {
    expect(text[2].slice(8, 13)).toEqual(["", "", "", "", ""]);
    expect(text[2][13]).toBe("1311*");
    expect(table.notes).toEqual(["* 2017/18 is a part year: Apr 2017 to Oct 2017 only."]);
  });

  it("heads the months April to March and a yearly total", () => {
    expect(table.headerRows[0].map((h) => h.text)).toEqual([
      "",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
      "January",
      "February",
      "March",
      "Yearly Total",
    ]);
  });
});

describe("fyPivot on the real Gwent files", () => {
  const rows = policeRows("gwent");
  it("counts Gwent's burglaries in each month of 2023/24 as the raw lines do", () => {
    const table = fyPivot(datasetOf(rows), { category: "Burglary" });
    const row = table.rows.find((r) => r.cells[0].value === "2023/24");
    const expected = monthsBetween("2023-04", "2024-03").map(
      (m) => rows.filter((r) => r.month === m && r.type === "Burglary").length,
    );
    expect(row?.cells.slice(1, 13).map((c) => c.value)).toEqual(expected);
    expect(row?.cells[13]).toEqual({ kind: "count", value: expected.reduce((a, b) => a + b, 0) });
    expect(table.rows.map((r) => r.cells[0].value)).toEqual(["2022/23", "2023/24", "2024/25"]);
  });
});
