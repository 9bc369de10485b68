import { svgToPngRenderer, type SvgToPng } from "./svg-to-png";

/**
 * The chart renderer for the task pane: fetches the resvg WebAssembly and the DejaVu Sans fonts that the
 * add-in build copies next to the page, and makes a renderer with them (see `svgToPngRenderer`). The files
 * are fetched once, on the first chart, so the task pane loads no 2.5 MB module until "Export to Word".
 * The build must copy (webpack.config.js, CopyWebpackPlugin):
 * - node_modules/@resvg/resvg-wasm/index_bg.wasm -> assets/resvg.wasm
 * - node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf and DejaVuSans-Bold.ttf -> assets/fonts/
 *
 * Missing values: none taken.
 *
 * @param base the folder URL holding resvg.wasm and fonts/, relative to the page (default "assets/")
 * @param scale PNG pixels per SVG pixel (default 2)
 * @returns the SVG-to-PNG function to pass to `buildDocx`
 * @throws nothing itself; the returned function rejects with "Could not load ..." when a file is missing
 * @example
 * const bytes = await buildDocx(tables, { svgToPng: browserSvgToPng() });
 */
export function browserSvgToPng(base = "assets/", scale = 2): SvgToPng {
  let render: SvgToPng | undefined;
  return async (svg: string) => {
    if (!render) {
      const [wasm, regular, bold] = await Promise.all([
        fetchBytes(`${base}resvg.wasm`),
        fetchBytes(`${base}fonts/DejaVuSans.ttf`),
        fetchBytes(`${base}fonts/DejaVuSans-Bold.ttf`),
      ]);
      render = svgToPngRenderer({ wasm, fonts: [regular, bold] }, scale);
    }
    return render(svg);
  };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}) to draw the charts.`);
  return new Uint8Array(await response.arrayBuffer());
}
