import { groupingFor } from "../../../src/core/tables/grouping-for";
import { defaultGrouping } from "../../../src/core/tables/default-grouping";

describe("groupingFor", () => {
  it("gives crimes the police.uk grouping and every other kind none", () => {
    expect(groupingFor({ kind: "crimes" }, null)).toEqual(defaultGrouping());
    for (const kind of ["searches", "outcomes", "asb", "counts"] as const) expect(groupingFor({ kind }, null)).toEqual({ lines: [], categories: [] });
  });

  it("uses the grouping supplied, whatever the kind", () => {
    const given = { lines: [], categories: ["Burglary"] };
    expect(groupingFor({ kind: "searches" }, given)).toBe(given);
  });
});
