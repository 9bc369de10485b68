import { readFileSync } from "fs";
import { svgToPngRenderer, type SvgToPng } from "./svg-to-png";

/**
 * The chart renderer for Node (the command-line tool and the tests): reads the resvg WebAssembly and the
 * DejaVu Sans fonts from node_modules, where npm put them, and makes a renderer with them. Node-only
 * (it reads files); the task pane uses `browserSvgToPng`.
 *
 * Missing values: none taken.
 *
 * @param scale PNG pixels per SVG pixel (default 2)
 * @returns the SVG-to-PNG function to pass to `buildDocx` as `svgToPng`
 * @throws Error when `@resvg/resvg-wasm` or `dejavu-fonts-ttf` is not installed
 * @example
 * const bytes = await buildDocx(tables, { svgToPng: nodeSvgToPng() });
 */
export function nodeSvgToPng(scale = 2): SvgToPng {
  const read = (request: string) => new Uint8Array(readFileSync(require.resolve(request)));
  return svgToPngRenderer(
    {
      wasm: read("@resvg/resvg-wasm/index_bg.wasm"),
      fonts: [read("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"), read("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")],
    },
    scale,
  );
}
