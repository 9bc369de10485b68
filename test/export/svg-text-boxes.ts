/**
 * Test helper: the box of every <text> in an SVG, estimated from its font size and number of characters
 * (issue 22 item 3). Widths are characters x size x 0.68 (0.74 bold): DejaVu Sans, the PNG's font,
 * averages about 0.6 em a character (digits 0.64 em), so the estimate is on the wide side. Heights run
 * from 0.95 em above the baseline to 0.25 em below it (DejaVu's ascent and descent are 0.93 and 0.24).
 * Every text must carry its own x, y and font-size, so nothing is inherited from a group.
 */
export interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function svgTextBoxes(svg: string): TextBox[] {
  const boxes: TextBox[] = [];
  for (const match of svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)) {
    const attrs = Object.fromEntries([...match[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (attrs.x === undefined || attrs.y === undefined || attrs["font-size"] === undefined)
      throw new Error(`A text without its own x, y and font-size: ${match[0]}`);
    const text = match[2].replace(/&(lt|gt|amp|quot|#39);/g, "_");
    const size = Number(attrs["font-size"]);
    const width = [...text].length * size * (attrs["font-weight"] === "bold" ? 0.74 : 0.68);
    const x = Number(attrs.x);
    const y = Number(attrs.y);
    const anchor = attrs["text-anchor"] ?? "start";
    const left = anchor === "middle" ? x - width / 2 : anchor === "end" ? x - width : x;
    boxes.push({ text, left, right: left + width, top: y - 0.95 * size, bottom: y + 0.25 * size });
  }
  return boxes;
}

/** The pairs of texts whose boxes overlap, and the texts that reach outside the drawing. */
export function textProblems(svg: string): string[] {
  const size = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  const [width, height] = [Number(size?.[1]), Number(size?.[2])];
  const boxes = svgTextBoxes(svg);
  const problems: string[] = [];
  for (const b of boxes) {
    if (b.left < 0 || b.top < 0 || b.right > width || b.bottom > height)
      problems.push(`"${b.text}" reaches outside the ${width} x ${height} drawing`);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  return problems;
}
