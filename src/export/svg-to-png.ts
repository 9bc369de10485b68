import { initWasm, Resvg, type InitInput } from "@resvg/resvg-wasm";

/** A rendered chart: PNG bytes and their size in pixels. */
export interface ChartPng {
  png: Uint8Array;
  width: number;
  height: number;
}

/** Turns an SVG document into a PNG. Made by `svgToPngRenderer` (or, in tests, by hand). */
export type SvgToPng = (svg: string) => Promise<ChartPng>;

/** What the renderer needs, fetched or read by the caller: the resvg WebAssembly and the fonts. */
export interface RendererResources {
  /** The bytes of `@resvg/resvg-wasm/index_bg.wasm`, a compiled module, or a fetch Response / URL of it. */
  wasm: InitInput | Promise<InitInput>;
  /** TrueType fonts to draw text with (DejaVu Sans and DejaVu Sans Bold from `dejavu-fonts-ttf`). */
  fonts: Uint8Array[];
  /** The font used when the SVG's family is not among `fonts` (default "DejaVu Sans"). */
  defaultFontFamily?: string;
}

/** resvg's WebAssembly can be started only once per page or process; every renderer shares this start. */
let started: Promise<void> | undefined;

/**
 * Makes the SVG-to-PNG step of the chart export. The choice: resvg compiled to WebAssembly
 * (`@resvg/resvg-wasm`, from npm), because the one renderer then runs unchanged in Node (the command
 * line's .docx) and in the task pane's browser, with no native binary and no DOM canvas (which Node lacks
 * and which would draw with whatever fonts the PC has). It is deterministic: the fonts are passed in as
 * bytes (DejaVu Sans, shipped by the `dejavu-fonts-ttf` npm package), and system fonts are never read, so
 * CI, a developer's machine and the task pane draw the same pixels. The PNG is drawn at `scale` times the
 * SVG's size, so the picture stays sharp when Word shows it at the SVG's size.
 *
 * Missing values: an SVG with no text needs no fonts; an empty `fonts` list draws no text at all.
 *
 * @param resources the resvg WebAssembly and the font bytes (see `nodeSvgToPng` and `browserSvgToPng`)
 * @param scale how many PNG pixels per SVG pixel (default 2)
 * @returns a function turning an SVG string into PNG bytes and their pixel size
 * @throws nothing itself; the returned function rejects with resvg's message when the SVG is malformed
 *   or the WebAssembly cannot be started
 * @example
 * const toPng = svgToPngRenderer({ wasm: wasmBytes, fonts: [dejaVuSans] });
 * const { png, width } = await toPng(spcChartSvg(series)); // width 1440 for a 720-pixel chart
 */
export function svgToPngRenderer(resources: RendererResources, scale = 2): SvgToPng {
  return async (svg: string) => {
    started ??= initWasm(resources.wasm);
    await started;
    const renderer = new Resvg(svg, {
      font: {
        fontBuffers: resources.fonts,
        defaultFontFamily: resources.defaultFontFamily ?? "DejaVu Sans",
        sansSerifFamily: "DejaVu Sans",
      },
      fitTo: { mode: "zoom", value: scale },
      background: "#ffffff",
    });
    try {
      const image = renderer.render();
      const result = { png: image.asPng(), width: image.width, height: image.height };
      image.free();
      return result;
    } finally {
      renderer.free();
    }
  };
}
