import { PNG } from "pngjs";
import { nodeSvgToPng } from "../../src/export/node-svg-to-png";
import { spcChartSvg } from "../../src/export/spc-chart-svg";
import { violentCrimeSeries } from "./seed-tables";

describe("nodeSvgToPng", () => {
  it("renders an SPC chart from node_modules' resvg and DejaVu fonts, without system fonts", async () => {
    const { png, width, height } = await nodeSvgToPng()(spcChartSvg(violentCrimeSeries()));
    const image = PNG.sync.read(Buffer.from(png));
    expect([width, height, image.width, image.height]).toEqual([1440, 760, 1440, 760]);
  });

  it("takes another scale", async () => {
    const { width } = await nodeSvgToPng(1)(spcChartSvg(violentCrimeSeries()));
    expect(width).toBe(720);
  });
});
