/* Draws the add-in's icons (a small control chart: centre line, limits and a rising series with one
 * special-cause point) at every size the manifest names, into assets/. Run once: node scripts/make-icons.js */
const fs = require("fs");
const path = require("path");
const { PNG } = require("pngjs");

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x1f, 0x4e, 0x79];
const WHITE = [0xff, 0xff, 0xff];
const PALE = [0x9d, 0xc3, 0xe6];
const RED = [0xe0, 0x40, 0x30];

function draw(size) {
  const png = new PNG({ width: size, height: size });
  const radius = size * 0.18;
  const set = (x, y, [r, g, b], a = 255) => {
    if (x < 0 || y < 0 || x >= size || y >= size) return;
    const i = (Math.round(y) * size + Math.round(x)) * 4;
    png.data.set([r, g, b, a], i);
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x, 0, x - (size - 1 - radius));
      const dy = Math.max(radius - y, 0, y - (size - 1 - radius));
      set(x, y, BLUE, dx * dx + dy * dy <= radius * radius ? 255 : 0);
    }
  }
  const pad = size * 0.16;
  const span = size - 2 * pad;
  const line = (y, colour) => {
    for (let x = pad; x <= size - pad; x += 0.5) thick(x, y, colour, size / 64);
  };
  const thick = (x, y, colour, w) => {
    for (let oy = -w; oy <= w; oy += 0.5) for (let ox = -w; ox <= w; ox += 0.5) set(x + ox, y + oy, colour);
  };
  line(pad + span * 0.15, PALE);
  line(pad + span * 0.5, PALE);
  line(pad + span * 0.85, PALE);
  const points = [0.7, 0.55, 0.62, 0.45, 0.52, 0.35, 0.05];
  for (let i = 0; i < points.length - 1; i++) {
    const [x0, y0, x1, y1] = [i, points[i], i + 1, points[i + 1]].map((v, k) =>
      k % 2 ? pad + span * v : pad + (span * v) / (points.length - 1),
    );
    for (let t = 0; t <= 1; t += 0.02) thick(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, WHITE, Math.max(0.5, size / 40));
  }
  const last = points.length - 1;
  thick(pad + span, pad + span * points[last], RED, Math.max(1, size / 14));
  return PNG.sync.write(png);
}

for (const size of SIZES) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), draw(size));
}
console.log(`Wrote icons ${SIZES.join(", ")} px to assets/.`);
