import fc from "fast-check";
import { MAX_PACKED_LENGTH, packTables, unpackTables } from "../../src/export/table-transfer";
import type { TableModel } from "../../src/core/tables/table-model";
import { spcTable, volumeByType } from "./seed-tables";

describe("packTables and unpackTables", () => {
  it("carry the seed's tables, charts included, through a URL-safe text unchanged", () => {
    const tables = [volumeByType(), spcTable()];
    const packed = packTables({ title: "Maidstone Strategic Assessment 2018-19", tables });
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(unpackTables(packed)).toEqual({ title: "Maidstone Strategic Assessment 2018-19", tables });
  });

  it("keep NaN and infinite chart limits, null cells, markup and non-ASCII text exactly", () => {
    const table: TableModel = {
      ...volumeByType(),
      title: "<img src=x onerror=alert(1)> £ é ✓",
      charts: [
        {
          title: "t",
          months: ["2024-01"],
          values: [3],
          centreLine: [NaN],
          lowerLimit: [-Infinity],
          upperLimit: [Infinity],
          signals: [""],
        },
      ],
    };
    table.rows[0].cells[1] = { kind: "count", value: null, footnote: "*" };
    const back = unpackTables(packTables({ title: "£", tables: [table] }));
    expect(back.tables[0]).toEqual(table);
    expect(Object.is(back.tables[0].charts![0].centreLine[0], NaN)).toBe(true);
    expect(back.tables[0].charts![0].lowerLimit[0]).toBe(-Infinity);
  });

  it("make a full assessment's tables short enough for a browser address", () => {
    const tables = Array.from({ length: 30 }, () => spcTable());
    expect(packTables({ title: "All", tables }).length).toBeLessThan(MAX_PACKED_LENGTH);
  });

  it("refuse a damaged or cut-short text with a plain message", () => {
    const packed = packTables({ title: "T", tables: [volumeByType()] });
    for (const bad of [packed.slice(0, packed.length - 7), "not packed!", "", packTables({ title: "T", tables: [] })]) {
      expect(() => unpackTables(bad)).toThrow(
        "The tables in this address are damaged or cut short. Go back to Excel and choose Export to Word again.",
      );
    }
  });

  it("round-trip any text and numbers (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.array(fc.double()), (title, values) => {
        const table: TableModel = {
          ...volumeByType(),
          title,
          charts: [
            {
              title,
              months: values.map(() => "2024-01"),
              values,
              centreLine: values,
              lowerLimit: values,
              upperLimit: values,
              signals: values.map(() => ""),
            },
          ],
        };
        const back = unpackTables(packTables({ title, tables: [table] }));
        expect(back.title).toBe(title);
        back.tables[0].charts![0].values.forEach((v, i) =>
          expect(Object.is(v, values[i]) || (v === 0 && values[i] === 0)).toBe(true),
        );
      }),
    );
  });
});
