import { sharesTable } from "../../../src/core/tables/shares-table";
import { formatCell } from "../../../src/core/house-style/format-cell";
import { InputError } from "../../../src/core/errors";
import type { TableModel } from "../../../src/core/tables/table-model";

const texts = (t: TableModel) => t.rows.map((r) => r.cells.map(formatCell));

describe("sharesTable", () => {
  it("gives seed 3.6's repeat MARAC cases as a share of all cases: 58 of 177 = 33%, 29 of 161 = 18%", () => {
    const t = sharesTable({
      table: [
        ["MARAC cases", "2016/17", "2015/16"],
        ["Repeat cases", 58, 29],
        ["All cases", 177, 161],
      ],
      ofRow: "All cases",
      decimals: 0,
    });
    expect(texts(t)).toEqual([
      ["Repeat cases", "58", "33%", "29", "18%"],
      ["All cases", "177", "100%", "161", "100%"],
    ]);
    expect(t.rows[1].kind).toBe("total");
  });

  it("takes each column's sum as the base when no row is named, and holds it back when a part is", () => {
    const t = sharesTable({
      table: [
        ["Outcome", "Kent"],
        ["Charged", 1],
        ["Not charged", 3],
      ],
    });
    expect(texts(t)).toEqual([
      ["Charged", "1", "25.0%"],
      ["Not charged", "3", "75.0%"],
      ["Total", "4", "100.0%"],
    ]);
    const held = sharesTable({
      table: [
        ["Outcome", "Kent"],
        ["Charged", "*"],
        ["Not charged", 3],
      ],
    });
    expect(texts(held)).toEqual([
      ["Charged", "*", "-"],
      ["Not charged", "3", "-"],
      ["Total", "*", "-"],
    ]);
  });

  it("refuses a base row the table does not have, and a cell that is not a count", () => {
    expect(() =>
      sharesTable({
        table: [
          ["A", "x"],
          ["B", 1],
        ],
        ofRow: "Total",
      }),
    ).toThrow(/no such row; its rows are "B"/);
    expect(() =>
      sharesTable({
        table: [
          ["A", "x"],
          ["B", "lots"],
        ],
      }),
    ).toThrow(InputError);
  });
});
