import { detectKind } from "../../../src/core/detect/detect-kind";
import { profileColumns } from "../../../src/core/detect/column-profile";

function kindOf(header: string[], rows: unknown[][], roles: Record<string, number>, measures: number[]) {
  return detectKind(profileColumns(header, rows), roles, rows, measures);
}

describe("detectKind", () => {
  it("takes a table whose only measure has decimals for rates", () => {
    expect(kindOf(["Month", "Value"], [["2023-01", 4.2]], { month: 0 }, [1])).toMatchObject({
      kind: "rates",
      reason: '"Value" holds rates or other measures (values with decimals), not whole counts.',
    });
  });

  it.each([
    [["Month", "ASB incidents"], "asb"],
    [["Month", "searches"], "searches"],
    [["Month", "Outcomes"], "outcomes"],
    [["Month", "Offences"], "crimes"],
  ])("reads the kind from a header %j", (header, kind) => {
    expect(kindOf(header, [["2023-01", 4]], { month: 0, count: 1 }, [1]).kind).toBe(kind);
  });

  it("takes police.uk crime types for crimes, and Anti-social behaviour alone for incidents", () => {
    const rows = [
      ["2023-01", "Burglary", 3],
      ["2023-01", "Drugs", 2],
    ];
    expect(kindOf(["Month", "Category", "n"], rows, { month: 0, category: 1, count: 2 }, [2]).kind).toBe("crimes");
    expect(
      kindOf(
        ["Month", "Category", "n"],
        [["2023-01", "Anti-social behaviour", 3]],
        { month: 0, category: 1, count: 2 },
        [2],
      ).kind,
    ).toBe("asb");
  });

  it("takes anything else for other counts: no crime grouping, no All crime", () => {
    expect(kindOf(["Month", "count"], [["2022-07", 5388]], { month: 0, count: 1 }, [1]).kind).toBe("counts");
  });
});
