import { spcChartSvg } from "../../src/export/spc-chart-svg";
import { violentCrimeSeries } from "./seed-tables";

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

describe("spcChartSvg", () => {
  const series = violentCrimeSeries();
  const svg = spcChartSvg(series);

  it("draws one point per month", () => {
    expect(count(svg, /<circle /g)).toBe(24);
  });

  it("marks the special-cause points larger and in their signal's colour", () => {
    // The fixture has 1 point above the UCL, 6 in a trend and 1 below the LCL.
    expect(count(svg, /<circle [^>]*r="5"/g)).toBe(8);
    expect(count(svg, /data-signal="Trend up"/g)).toBe(6);
    expect(svg).toMatch(/<circle [^>]*fill="#c00000"[^>]*data-signal="Above UCL"/);
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
    const hostile = spcChartSvg({ ...series, title: "<script>alert('x')</script> & \"Co\"", signals: series.signals.map((s) => (s ? "<b>" : "")) });
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
    const empty = spcChartSvg({ title: "Nothing", months: [], values: [], centreLine: [], lowerLimit: [], upperLimit: [], signals: [] });
    expect(empty).toContain(">No data</text>");
    expect(count(empty, /<circle /g)).toBe(0);
  });

  it("has the size it was asked for", () => {
    expect(spcChartSvg(series, { width: 500, height: 300 })).toMatch(/^<svg [^>]*width="500" height="300" viewBox="0 0 500 300"/);
  });
});
