/** Test helper: a small TableModel in the shape of seed table 2.6, with every kind of cell the writers meet. */
import type { TableModel } from "../../src/core/tables/table-model";

export function sampleTable(): TableModel {
  return {
    recipe: "rolling-year",
    title: "Volume of crimes by type, Maidstone, RY ending Oct 2017",
    sheetName: "Volume by type",
    headerRows: [
      [{ text: "Crime type" }, { text: "Month" }, { text: "Rolling year", span: 2 }, { text: "Change", span: 2 }],
      [
        { text: "" },
        { text: "October 2017" },
        { text: "RY ending Oct 2017" },
        { text: "RY ending Oct 2016" },
        { text: "Number change" },
        { text: "% change" },
      ],
    ],
    rows: [
      {
        level: 0,
        kind: "subtotal",
        cells: [
          { kind: "text", value: "Victim based crime" },
          { kind: "count", value: 1234 },
          { kind: "count", value: 11895 },
          { kind: "count", value: 9250 },
          { kind: "change", value: 2645 },
          { kind: "percentChange", value: 28.6 },
        ],
      },
      {
        level: 1,
        kind: "data",
        cells: [
          { kind: "text", value: "Robbery, personal" },
          { kind: "count", value: 10 },
          { kind: "count", value: 80 },
          { kind: "count", value: 83 },
          { kind: "change", value: -3 },
          { kind: "percentChange", value: -3.6144 },
        ],
      },
      {
        level: 0,
        kind: "data",
        cells: [
          { kind: "text", value: "Rate" },
          { kind: "rate", value: 12.345, decimals: 2 },
          { kind: "count", value: 0 },
          { kind: "count", value: 0 },
          { kind: "change", value: 0 },
          { kind: "percentChange", value: null, footnote: "*" },
        ],
      },
      {
        level: 0,
        kind: "total",
        cells: [
          { kind: "text", value: "All crime" },
          { kind: "count", value: 1500 },
          { kind: "count", value: 13594 },
          { kind: "count", value: 10949 },
          { kind: "change", value: 2645 },
          { kind: "percentChange", value: 24.2 },
        ],
      },
    ],
    notes: ["* No crimes in the year before, so no % change."],
    source: "Source: police.uk street-level crime data.",
    dropped: { total: 2, reasons: [{ reason: "no month", count: 2, firstRows: [7, 9] }] },
  };
}
