import { headerLayout } from "../../src/export/header-layout";

describe("headerLayout", () => {
  it("merges a blank cell into the labelled cell above it, as table 2.6's 'Number change'", () => {
    const placed = headerLayout([
      [{ text: "" }, { text: "Month" }, { text: "Rolling year", span: 2 }, { text: "Number change" }],
      [
        { text: "" },
        { text: "October 2017" },
        { text: "RY ending Oct 2017" },
        { text: "RY ending Oct 2016" },
        { text: "" },
      ],
    ]);
    expect(placed).toEqual([
      [
        { text: "", column: 0, span: 1, rowSpan: 1 },
        { text: "Month", column: 1, span: 1, rowSpan: 1 },
        { text: "Rolling year", column: 2, span: 2, rowSpan: 1 },
        { text: "Number change", column: 4, span: 1, rowSpan: 2 },
      ],
      [
        { text: "", column: 0, span: 1, rowSpan: 1 },
        { text: "October 2017", column: 1, span: 1, rowSpan: 1 },
        { text: "RY ending Oct 2017", column: 2, span: 1, rowSpan: 1 },
        { text: "RY ending Oct 2016", column: 3, span: 1, rowSpan: 1 },
      ],
    ]);
  });

  it("does not merge a blank cell of a different width", () => {
    const placed = headerLayout([[{ text: "Rolling year", span: 2 }], [{ text: "" }, { text: "2016" }]]);
    expect(placed[1]).toHaveLength(2);
    expect(placed[0][0].rowSpan).toBe(1);
  });

  it("does not merge through a cell that covered the column in between", () => {
    const placed = headerLayout([
      [{ text: "A" }, { text: "B" }, { text: "C" }],
      [{ text: "A2" }, { text: "Wide", span: 2 }],
      [{ text: "x" }, { text: "y" }, { text: "" }],
    ]);
    expect(placed[0][2].rowSpan).toBe(1);
    expect(placed[2]).toHaveLength(3);
  });

  it("merges down over several rows", () => {
    const placed = headerLayout([[{ text: "Area" }], [{ text: "" }], [{ text: "" }]]);
    expect(placed).toEqual([[{ text: "Area", column: 0, span: 1, rowSpan: 3 }], [], []]);
  });
});
