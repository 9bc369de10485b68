import { readFileSync } from "fs";
import { PNG } from "pngjs";
import { svgToPngRenderer } from "../../src/export/svg-to-png";

const read = (request: string) => new Uint8Array(readFileSync(require.resolve(request)));
const render = svgToPngRenderer({
  wasm: read("@resvg/resvg-wasm/index_bg.wasm"),
  fonts: [read("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")],
});

const SQUARE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect x="0" y="0" width="20" height="20" fill="#ff0000"/></svg>';

describe("svgToPngRenderer", () => {
  it("draws the SVG at twice its size by default", async () => {
    const { png, width, height } = await render(SQUARE);
    const image = PNG.sync.read(Buffer.from(png));
    expect([width, height, image.width, image.height]).toEqual([80, 40, 80, 40]);
    // The red square covers the left half; the right half is the white background.
    const pixel = (x: number, y: number) => [...image.data.subarray((y * 80 + x) * 4, (y * 80 + x) * 4 + 4)];
    expect(pixel(10, 10)).toEqual([255, 0, 0, 255]);
    expect(pixel(70, 10)).toEqual([255, 255, 255, 255]);
  });

  it("draws text with the font it was given, and the same bytes every time", async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="5" y="20" font-family="DejaVu Sans" font-size="16">Oct 22</text></svg>';
    const first = await render(svg);
    const second = await render(svg);
    expect(Buffer.from(first.png).equals(Buffer.from(second.png))).toBe(true);
    const image = PNG.sync.read(Buffer.from(first.png));
    let dark = 0;
    for (let i = 0; i < image.data.length; i += 4) if (image.data[i] < 128) dark++;
    expect(dark).toBeGreaterThan(50);
  });

  it("shares one start of the WebAssembly between renderers", async () => {
    const other = svgToPngRenderer({ wasm: new Uint8Array(0), fonts: [] }, 1);
    await expect(other(SQUARE)).resolves.toMatchObject({ width: 40, height: 20 });
  });

  it("rejects a malformed SVG", async () => {
    await expect(render("<svg")).rejects.toBeDefined();
  });
});
