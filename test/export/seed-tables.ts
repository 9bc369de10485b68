/**
 * TableModels built by hand from the seed assessment (maidstone-strategic-assessment-2018-19.txt), for the
 * export tests: table 2.6 (volume of crimes by type) and the VATP outcomes table of section 3.1 (13 columns,
 * a landscape table). Every number is copied from the seed's printed tables; rows where the seed's printed
 * change does not equal its printed counts (VATP: 4833 - 3390 is 1443, not the printed 725) are left out.
 */
import type { ChartSeries, TableCell, TableModel, TableRow } from "../../src/core/tables/table-model";

const text = (value: string): TableCell => ({ kind: "text", value });
const count = (value: number): TableCell => ({ kind: "count", value });
const change = (value: number | null): TableCell =>
  value === null ? { kind: "change", value, footnote: "*" } : { kind: "change", value };
const pct = (value: number | null): TableCell =>
  value === null ? { kind: "percentChange", value, footnote: "*" } : { kind: "percentChange", value };
const na = (): TableCell => ({ kind: "count", value: null, footnote: "*" });

function row(level: 0 | 1, kind: TableRow["kind"], label: string, cells: TableCell[]): TableRow {
  return { level, kind, cells: [text(label), ...cells] };
}

/** Seed table 2.6, first page, as a rolling-year recipe would return it. */
export function volumeByType(): TableModel {
  return {
    recipe: "rolling-year",
    title: "Volume of crimes by type, Maidstone, RY ending Oct 2017",
    sheetName: "Volume by type",
    headerRows: [
      [
        { text: "" },
        { text: "Month" },
        { text: "Rolling year", span: 2 },
        { text: "Number change" },
        { text: "% change" },
      ],
      [
        { text: "" },
        { text: "October 2017" },
        { text: "RY ending Oct 2017" },
        { text: "RY ending Oct 2016" },
        { text: "" },
        { text: "" },
      ],
    ],
    rows: [
      row(0, "subtotal", "Victim based crime", [count(1214), count(11890), count(9245), change(2645), pct(28.6)]),
      row(0, "data", "Violent Crime", [count(588), count(5378), count(3743), change(1635), pct(43.7)]),
      row(1, "data", "Sexual Offences", [count(40), count(446), count(284), change(162), pct(57.0)]),
      row(1, "data", "Robbery", [count(9), count(99), count(69), change(30), pct(43.5)]),
      row(0, "data", "Burglary Residential", [count(77), na(), count(286), change(null), pct(null)]),
      row(0, "data", "Vehicle Crime", [count(57), count(755), count(686), change(69), pct(10.1)]),
      row(1, "data", "Theft From Motor Vehicle", [count(37), count(501), count(504), change(-3), pct(-0.6)]),
      row(0, "total", "All crime", [count(1446), count(13594), count(10271), change(3323), pct(32.4)]),
    ],
    notes: [
      "*Please note: Due to Home Office Counting Rule changes Burglary Dwelling and Burglary Other only apply to offences up to 31st March 2017. As such it is not possible to provide a comparison.",
    ],
    source: "Source: Kent Police recorded crime, November 2015 - October 2017",
  };
}

/** The VATP outcomes of section 3.1 (Kent and its most similar group): 13 columns. */
export function vatpOutcomes(): TableModel {
  const measures = [
    "Recorded VATP crimes",
    "Charge/ Summons",
    "Cautions",
    "Comm Res.",
    "No suspect identified",
    "No victim support",
  ];
  const share = (value: number): TableCell => ({ kind: "percent", value });
  const force = (name: string, crimes: number[], shares: number[]) =>
    row(0, "data", name, [...crimes.map(count), ...shares.map(share)]);
  return {
    recipe: "outcomes",
    title: "VATP outcomes, Kent and most similar forces, 2017 and 2016",
    sheetName: "VATP outcomes",
    headerRows: [
      [{ text: "MSG" }, ...measures.map((text) => ({ text, span: 2 }))],
      [{ text: "" }, ...measures.flatMap(() => [{ text: "2017" }, { text: "2016" }])],
    ],
    rows: [
      force("Kent", [51637, 40090], [9.4, 10.8, 2.1, 3.0, 1.5, 1.8, 6.4, 4.8, 36.4, 41.3]),
      force("Nottinghamshire", [22910, 18423], [16.6, 19.9, 2.8, 2.9, 2.9, 5.2, 5.7, 3.5, 28.7, 22.2]),
      force("Essex", [34619, 32578], [11.4, 15.0, 1.6, 3.3, 5.5, 6.4, 12.3, 11.5, 32.2, 27.9]),
    ],
    notes: [],
    source: "Source: Home Office outcomes data",
  };
}

/** A 24-month series (made-up counts) with a rebase at point 13 and three kinds of signal. */
export function violentCrimeSeries(title = "Violent crime, Maidstone, Jan 2022 - Dec 2023"): ChartSeries {
  const values = [
    420, 455, 430, 470, 440, 460, 480, 450, 470, 500, 520, 560, 560, 530, 580, 600, 590, 610, 620, 640, 490, 588, 560,
    600,
  ];
  const centre = values.map((_, i) => (i < 12 ? 470 : 580));
  const months = values.map((_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  const signals = values.map((_, i) =>
    i === 11 ? "Above UCL" : i === 20 ? "Below LCL" : i >= 14 && i <= 19 ? "Trend up" : "",
  );
  const [category, area] = title.split(", ");
  return {
    title,
    category,
    area,
    months,
    values,
    centreLine: centre,
    lowerLimit: centre.map((c) => c - 80),
    upperLimit: centre.map((c) => c + 80),
    signals,
  };
}

/** An SPC table carrying two charts. */
export function spcTable(): TableModel {
  const a = violentCrimeSeries();
  const b = violentCrimeSeries("Robbery, Maidstone, Jan 2022 - Dec 2023");
  return {
    recipe: "spc-series",
    title: "Violent crime, Maidstone, monthly, with process limits",
    sheetName: "SPC violent crime",
    headerRows: [
      [
        { text: "Month" },
        { text: "Crimes" },
        { text: "Centre line" },
        { text: "Lower limit" },
        { text: "Upper limit" },
        { text: "Signal" },
      ],
    ],
    rows: a.months.slice(0, 3).map((month, i) => ({
      level: 0,
      kind: "data",
      cells: [
        text(month),
        count(a.values[i]),
        { kind: "number", value: a.centreLine[i] },
        { kind: "number", value: a.lowerLimit[i] },
        { kind: "number", value: a.upperLimit[i] },
        text(a.signals[i]),
      ],
    })),
    notes: [],
    source: "Source: police.uk street-level crime",
    charts: [a, b],
  };
}

/**
 * The body of seed table 2.6 as the seed prints it, cell by cell, for the writers' tests. The seed prints
 * "+ 2645"; the house style (format-cell.ts) closes the gap: "+2645".
 */
export const TABLE_2_6_BODY_TEXTS: string[][] = [
  ["Victim based crime", "1214", "11890", "9245", "+2645", "+28.6%"],
  ["Violent Crime", "588", "5378", "3743", "+1635", "+43.7%"],
  ["- Sexual Offences", "40", "446", "284", "+162", "+57.0%"],
  ["- Robbery", "9", "99", "69", "+30", "+43.5%"],
  ["Burglary Residential", "77", "N/A*", "286", "N/A*", "N/A*"],
  ["Vehicle Crime", "57", "755", "686", "+69", "+10.1%"],
  ["- Theft From Motor Vehicle", "37", "501", "504", "-3", "-0.6%"],
  ["All crime", "1446", "13594", "10271", "+3323", "+32.4%"],
];
