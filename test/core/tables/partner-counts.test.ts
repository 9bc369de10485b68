import { partnerCounts } from "../../../src/core/tables/partner-counts";
import { formatCell } from "../../../src/core/house-style/format-cell";
import { InputError, OptionError } from "../../../src/core/errors";
import type { TableModel } from "../../../src/core/tables/table-model";

const texts = (t: TableModel) => t.rows.map((r) => r.cells.map(formatCell));
// Seed 3.5's Ashford, Maidstone and Tonbridge with populations that give the printed visitors per 10,000.
const SHOPS = [
  ["Location", "2014/15", "2015/16", "Population"],
  ["Ashford", 317, 362, 128369],
  ["Maidstone", 156, 222, 165672],
  ["Tonbridge", 55, 70, 127273],
];

describe("partnerCounts", () => {
  it("gives rates per 10,000 (seed 3.5: Ashford 362 of 128,369 = 28.2) and a total rate from the rows' populations", () => {
    const t = partnerCounts({ table: SHOPS, per: 10000 });
    expect(t.headerRows[0].map((h) => h.text)).toEqual([
      "Location",
      "2014/15",
      "2015/16",
      "Number difference",
      "% difference",
      "Rate per 10,000 population, 2015/16",
    ]);
    expect(texts(t)).toEqual([
      ["Ashford", "317", "362", "+45", "+14.2%", "28.2"],
      ["Maidstone", "156", "222", "+66", "+42.3%", "13.4"],
      ["Tonbridge", "55", "70", "+15", "+27.3%", "5.5"],
      ["Total", "528", "654", "+126", "+23.9%", "15.5"],
    ]);
  });

  it("ranks by the rate, 1 = lowest, and says so", () => {
    const t = partnerCounts({ table: SHOPS, per: 10000, rank: "lowest" });
    expect(t.rows.map((r) => formatCell(r.cells[6]))).toEqual(["3", "2", "1", ""]);
    expect(t.notes).toContain("Ranking: 1 = lowest rate.");
  });

  it("ranks by the % change without a rate, 1 = highest when asked", () => {
    const t = partnerCounts({ table: SHOPS, rank: "highest" });
    expect(t.rows.map((r) => formatCell(r.cells[5]))).toEqual(["3", "1", "2", ""]);
  });

  it("holds back a total when a row is held back, and adds the rows with a figure past n/a", () => {
    const t = partnerCounts({
      table: [
        ["Area", "2016", "2017"],
        ["A", "*", 5],
        ["B", 3, "n/a"],
        ["C", 4, 6],
      ],
    });
    expect(texts(t).at(-1)).toEqual(["Total", "*", "11", "n/a", "n/a"]);
    expect(texts(t)[1]).toEqual(["B", "3", "n/a", "n/a", "n/a"]);
  });

  it("refuses a cell that is neither a count nor a marker, naming its row and column", () => {
    expect(() =>
      partnerCounts({
        table: [
          ["Area", "2016", "2017"],
          ["A", "closed", 5],
        ],
      }),
    ).toThrow(InputError);
    expect(() =>
      partnerCounts({
        table: [
          ["Area", "2016", "2017"],
          ["A", "closed", 5],
        ],
      }),
    ).toThrow(/row 2, column "2016": "closed" is not a count/);
  });

  it("refuses a table without a period column, and a rate without a population", () => {
    expect(() =>
      partnerCounts({
        table: [
          ["Area", "Count"],
          ["A", 1],
        ],
      }),
    ).toThrow(/no column headed by a period/);
    expect(() =>
      partnerCounts({
        table: [
          ["Area", "2016", "2017"],
          ["A", 1, 2],
        ],
        per: 1000,
      }),
    ).toThrow(OptionError);
  });

  it("refuses a change from a period the table does not hold", () => {
    expect(() =>
      partnerCounts({
        table: [
          ["Area", "August 2017", "September 2017"],
          ["A", 1, 2],
        ],
        changes: ["year"],
      }),
    ).toThrow(/no period a year before September 2017/);
  });
});
