import { chartSheetPlan } from "../../src/taskpane/chart-sheet-plan";
import { signalColour } from "../../src/export/signal-colour";
import { violentCrimeSeries } from "../export/seed-tables";

describe("chartSheetPlan markers (issue 22 item 3: one colour scheme everywhere)", () => {
  const series = violentCrimeSeries();

  it("splits the special-cause points into concern and improvement series in Making Data Count's colours", () => {
    const [chart] = chartSheetPlan("SPC charts", "Title", [series]).charts;
    const markers = chart.series.filter((s) => s.markersOnly);
    expect(markers.map((s) => [s.name, s.color])).toEqual([
      ["Special cause concern", "#E46C0A"],
      ["Special cause improvement", "#00B0F0"],
    ]);
    // the same colours the Word and playground charts use
    expect(markers.map((s) => s.color?.toLowerCase())).toEqual([signalColour("Above UCL"), signalColour("Below LCL")]);
  });

  it("writes the above-UCL month as concern and the below-LCL month as improvement", () => {
    const plan = chartSheetPlan("SPC charts", "Title", [series]);
    const header = plan.data[0];
    const concern = header.indexOf("Special cause concern");
    const improvement = header.indexOf("Special cause improvement");
    expect(plan.data[1 + 11][concern]).toBe(series.values[11]); // Above UCL
    expect(plan.data[1 + 20][improvement]).toBe(series.values[20]); // Below LCL
    expect(plan.data[1 + 20][concern]).toBe("");
  });

  it("gives a series with no better direction one purple series, and keeps each chart's columns its own", () => {
    const plan = chartSheetPlan("SPC charts", "Title", [{ ...series, improvement: "NEITHER" }, series]);
    expect(plan.charts[0].series.filter((s) => s.markersOnly).map((s) => [s.name, s.color])).toEqual([
      ["Special cause neither", "#490092"],
    ]);
    expect(plan.charts[1].series[0].values).toBe("'SPC charts'!$G$22:$G$45");
  });
});
