import { createRecordSink } from "../../../src/core/data/record-sink";

describe("createRecordSink", () => {
  it("grows its columns past the first guess and keeps every record", () => {
    const sink = createRecordSink({}, 16);
    const burglary = sink.categoryId("Burglary");
    for (let i = 0; i < 100; i++) sink.add(24000 + (i % 12), burglary, sink.areaId("Maidstone"), 1);
    const ds = sink.finish("test");
    expect(ds.length).toBe(100);
    expect(ds.month[99]).toBe(24000 + 3);
    expect(ds.count).toBeUndefined();
  });

  it("makes a count column only when some record counts other than 1, filling earlier ones with 1", () => {
    const sink = createRecordSink({});
    const c = sink.categoryId("Drugs");
    const a = sink.areaId("Dover");
    sink.add(1, c, a, 1);
    sink.add(2, c, a, 7);
    expect(Array.from(sink.finish("").count ?? [])).toEqual([1, 7]);
  });

  it("renames districts, trims names and puts blank areas in Unknown area", () => {
    const sink = createRecordSink({ Shepway: "Folkestone and Hythe" });
    expect(sink.areaId(" Shepway ")).toBe(sink.areaId("Folkestone and Hythe"));
    expect(sink.finish("").areas[sink.areaId("")]).toBe("Unknown area");
  });

  it("counts dropped rows by reason, keeping the first five row numbers", () => {
    const sink = createRecordSink({});
    for (const row of [3, 4, 8, 9, 10, 12]) sink.drop("no month", row);
    sink.drop("blank row", 2);
    expect(sink.finish("").dropped).toEqual({
      total: 7,
      reasons: [
        { reason: "no month", count: 6, firstRows: [3, 4, 8, 9, 10] },
        { reason: "blank row", count: 1, firstRows: [2] },
      ],
    });
  });

  it("adds whole columns of records after those added one by one, growing past the first guess, each counting 1", () => {
    const sink = createRecordSink({}, 2);
    sink.add(5, 0, 0, 3);
    sink.addAll(Int32Array.of(6, 7, 8, 9), Int32Array.of(1, 1, 0, 9), Int32Array.of(0, 1, 1, 9), 3);
    const ds = sink.finish("");
    expect([
      ds.length,
      Array.from(ds.month),
      Array.from(ds.category),
      Array.from(ds.area),
      Array.from(ds.count ?? []),
    ]).toEqual([4, [5, 6, 7, 8], [0, 1, 1, 0], [0, 0, 1, 1], [3, 1, 1, 1]]);
  });
});
