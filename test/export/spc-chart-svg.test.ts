import { spcChartSvg } from "../../src/export/spc-chart-svg";
import { spcSeries } from "../../src/core/tables/spc-series";
import { datasetOf, policeRows } from "../core/tables/police-uk-fixture";
import { violentCrimeSeries } from "./seed-tables";
import { textProblems } from "./svg-text-boxes";

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

describe("spcChartSvg", () => {
  const series = violentCrimeSeries();
  const svg = spcChartSvg(series);

  it("draws one point per month", () => {
    expect(count(svg, /<circle /g)).toBe(24);
  });

  it("marks the special-cause points larger and in Making Data Count's colours (more crime is concern, orange)", () => {
    // The fixture has 1 point above the UCL, 6 in a trend and 1 below the LCL.
    expect(count(svg, /<circle [^>]*r="5"/g)).toBe(8);
    expect(count(svg, /data-signal="Trend up"/g)).toBe(6);
    expect(svg).toMatch(/<circle [^>]*fill="#e46c0a"[^>]*data-signal="Above UCL"/);
    expect(svg).toMatch(/<circle [^>]*fill="#00b0f0"[^>]*data-signal="Below LCL"/);
  });

  it("draws the values, the centre line and both limits, the limits dashed", () => {
    expect(count(svg, /<path class="values"/g)).toBe(1);
    expect(count(svg, /<path class="centre"[^>]*\/>/g)).toBe(1);
    const limits = svg.match(/<path class="limit"[^>]*\/>/g) ?? [];
    expect(limits).toHaveLength(2);
    expect(limits.every((path) => path.includes('stroke-dasharray="6 4"'))).toBe(true);
  });

  it("breaks the centre line and the limits at the rebase, one segment per group", () => {
    const centre = /<path class="centre" d="([^"]*)"/.exec(svg)![1];
    expect(count(centre, /M/g)).toBe(2);
  });

  it("joins the values with 23 line segments for 24 months", () => {
    const d = /<path class="values" d="([^"]*)"/.exec(svg)![1];
    expect([count(d, /M/g), count(d, /L/g)]).toEqual([1, 23]);
  });

  it("labels the months in the short form, every second one when 24 do not fit", () => {
    expect(svg).toContain(">Jan 22</text>");
    expect(svg).toContain(">Mar 22</text>");
    expect(svg).not.toContain(">Feb 22</text>");
  });

  it("keeps a category called <script> as text", () => {
    const hostile = spcChartSvg({
      ...series,
      title: "<script>alert('x')</script> & \"Co\"",
      signals: series.signals.map((s) => (s ? "<b>" : "")),
    });
    expect(hostile).not.toContain("<script>");
    expect(hostile).not.toContain("<b>");
    expect(hostile).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;");
  });

  it("leaves out missing values and breaks the line there", () => {
    const gappy = spcChartSvg({ ...series, values: series.values.map((v, i) => (i === 5 ? NaN : v)) });
    expect(count(gappy, /<circle /g)).toBe(23);
    const d = /<path class="values" d="([^"]*)"/.exec(gappy)![1];
    expect(count(d, /M/g)).toBe(2);
  });

  it("draws axes and 'No data' for an empty series", () => {
    const empty = spcChartSvg({
      title: "Nothing",
      months: [],
      values: [],
      centreLine: [],
      lowerLimit: [],
      upperLimit: [],
      signals: [],
    });
    expect(empty).toContain(">No data</text>");
    expect(count(empty, /<circle /g)).toBe(0);
  });

  it("has the size it was asked for", () => {
    expect(spcChartSvg(series, { width: 500, height: 300 })).toMatch(
      /^<svg [^>]*width="500" height="300" viewBox="0 0 500 300"/,
    );
  });
});

describe("spcChartSvg layout (issue 22 item 3)", () => {
  const gwent = datasetOf(policeRows("gwent"));
  const kent = datasetOf(policeRows("kent"));
  const realCharts = [
    ...[null, "Newport", "Blaenau Gwent", "Monmouthshire"].flatMap((area) => spcSeries(gwent, { area }).charts ?? []),
    ...[null, "Maidstone", "Tunbridge Wells"].flatMap((area) => spcSeries(kent, { area }).charts ?? []),
  ];

  it("keeps every text inside the drawing and off every other text, on every chart of the Gwent and Kent files", () => {
    expect(realCharts.length).toBeGreaterThanOrEqual(50);
    const problems = realCharts.flatMap((chart) => textProblems(spcChartSvg(chart)).map((p) => `${chart.title}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("still does at a smaller size, with a long title, big numbers and every kind of signal", () => {
    const base = violentCrimeSeries(
      "Violence against the person with injury and without injury, Tunbridge Wells, Jan 2022 - Dec 2023",
    );
    const big = {
      ...base,
      values: base.values.map((v) => v * 1000),
      centreLine: base.centreLine.map((v) => v * 1000),
      lowerLimit: base.lowerLimit.map((v) => v * 1000),
      upperLimit: base.upperLimit.map((v) => v * 1000),
    };
    const mixed = {
      ...base,
      signals: base.signals.map((s, i) => (i === 3 ? "Run below" : i === 4 ? "2 of 3 above" : s)),
      improvement: "NEITHER" as const,
    };
    for (const [series, options] of [
      [big, {}],
      [big, { width: 500, height: 300 }],
      [mixed, { width: 420, height: 260 }],
    ] as const) {
      expect(textProblems(spcChartSvg(series, options))).toEqual([]);
    }
  });

  it("finds overlaps when there are some (the measure works)", () => {
    expect(
      textProblems(
        '<svg width="100" height="50"><text x="10" y="20" font-size="11">Oct 22</text><text x="20" y="22" font-size="11">Nov 22</text></svg>',
      ),
    ).toHaveLength(1);
    expect(
      textProblems('<svg width="100" height="50"><text x="90" y="20" font-size="11">Oct 22</text></svg>'),
    ).toHaveLength(1);
  });

  it("draws value ticks only within the plotted range, with thousands separators", () => {
    for (const chart of realCharts.slice(0, 8)) {
      const svg = spcChartSvg(chart);
      const box = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="none"/
        .exec(svg)!
        .map(Number);
      const ticks = [
        ...svg.matchAll(
          /<text x="[\d.]+" y="([\d.-]+)" text-anchor="end" font-size="11" fill="#404040">([^<]*)<\/text>/g,
        ),
      ];
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      for (const [, y] of ticks) {
        expect(Number(y) - 4).toBeGreaterThanOrEqual(box[2] - 0.01);
        expect(Number(y) - 4).toBeLessThanOrEqual(box[2] + box[4] + 0.01);
      }
      const values = ticks.map((t) => Number(t[2].replace(/,/g, "")));
      const all = [...chart.values, ...chart.upperLimit, ...chart.lowerLimit];
      expect(values[0]).toBeLessThanOrEqual(Math.min(...all));
      expect(values[values.length - 1]).toBeGreaterThanOrEqual(Math.max(...all));
    }
    expect(spcChartSvg(realCharts[0])).toMatch(/>\d{1,3},\d{3}<\/text>/);
  });

  it("never draws a count's lower limit or axis below zero", () => {
    for (const chart of realCharts) expect(spcChartSvg(chart)).not.toMatch(/>-[\d,]+<\/text>/);
  });
});
