import { readFileSync } from "fs";
import { browserSvgToPng } from "../../src/export/browser-svg-to-png";

/** The files the add-in build copies into assets/, served from node_modules. */
const SERVED: Record<string, string> = {
  "assets/resvg.wasm": "@resvg/resvg-wasm/index_bg.wasm",
  "assets/fonts/DejaVuSans.ttf": "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  "assets/fonts/DejaVuSans-Bold.ttf": "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
};

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});

function serve(missing?: string): jest.Mock {
  const fetch = jest.fn(async (url: string) => {
    if (url === missing || !SERVED[url]) return new Response(null, { status: 404 });
    return new Response(readFileSync(require.resolve(SERVED[url])));
  });
  global.fetch = fetch as unknown as typeof global.fetch;
  return fetch;
}

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="10"><text x="0" y="9" font-size="9">Oct</text></svg>';

describe("browserSvgToPng", () => {
  it("fetches the WebAssembly and both fonts from assets/ once, on the first chart", async () => {
    const fetch = serve();
    const render = browserSvgToPng();
    expect(fetch).not.toHaveBeenCalled();
    await expect(render(SVG)).resolves.toMatchObject({ width: 60, height: 20 });
    await render(SVG);
    expect(fetch.mock.calls.map(([url]) => url).sort()).toEqual(Object.keys(SERVED).sort());
  });

  it("names the file it could not load", async () => {
    serve("assets/fonts/DejaVuSans.ttf");
    await expect(browserSvgToPng()(SVG)).rejects.toThrow(
      "Could not load assets/fonts/DejaVuSans.ttf (HTTP 404) to draw the charts.",
    );
  });
});
