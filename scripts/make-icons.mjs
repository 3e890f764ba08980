#!/usr/bin/env node
/**
 * node scripts/make-icons.mjs [--out <dir>]
 *
 * Draws the two Teams app icons (a white speech bubble with a person: "support for a pupil, talked through in Teams")
 * so they can be regenerated instead of being opaque binaries. Shapes are signed distance functions sampled 8x8 per
 * pixel, which gives anti-aliased edges and byte-identical output on every run.
 *  - color.png   192x192, fully opaque (Teams shows it on its own tile; transparency would show as black or white).
 *  - outline.png 32x32, only white with varying alpha on a transparent background (Teams tints it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const SUPERSAMPLE = 8;

// ---- signed distance functions: negative inside, positive outside (units: pixels) ----

function sdRoundRect(x, y, cx, cy, halfW, halfH, radius) {
  const qx = Math.abs(x - cx) - (halfW - radius);
  const qy = Math.abs(y - cy) - (halfH - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function sdCircle(x, y, cx, cy, r) {
  return Math.hypot(x - cx, y - cy) - r;
}

function sdEllipse(x, y, cx, cy, rx, ry) {
  // Not exact, but the sign is, and only the sign matters when supersampling.
  return (Math.hypot((x - cx) / rx, (y - cy) / ry) - 1) * Math.min(rx, ry);
}

function sdPolygon(x, y, points) {
  let best = Infinity;
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
    const [ax, ay] = points[j];
    const [bx, by] = points[i];
    const ex = bx - ax;
    const ey = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey)));
    best = Math.min(best, Math.hypot(x - ax - ex * t, y - ay - ey * t));
    if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside ? -best : best;
}

/** Renders `shade(x, y) -> [r, g, b, a]` (colour 0..255, alpha 0..1, straight alpha) with box-filter supersampling. */
function render(size, shade) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const [cr, cg, cb, ca] = shade(px + (sx + 0.5) / SUPERSAMPLE, py + (sy + 0.5) / SUPERSAMPLE);
          // Premultiplied accumulation, so transparent samples do not darken the edge colour.
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a === 0 ? 0 : Math.round(r / a);
      png.data[i + 1] = a === 0 ? 0 : Math.round(g / a);
      png.data[i + 2] = a === 0 ? 0 : Math.round(b / a);
      png.data[i + 3] = Math.round((255 * a) / n);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

const WHITE = [255, 255, 255];
const mix = (c1, c2, t) => c1.map((v, k) => v + (c2[k] - v) * t);

/** The symbol in a 0..1 unit square: bubble (with tail) and the person inside it. */
function symbol(scale, personSize = 1) {
  const s = (v) => v * scale;
  const bubble = (x, y) =>
    Math.min(
      sdRoundRect(x, y, s(0.5), s(0.45), s(0.31), s(0.235), s(0.11)),
      sdPolygon(x, y, [
        [s(0.3), s(0.6)],
        [s(0.47), s(0.6)],
        [s(0.27), s(0.82)],
      ]),
    );
  // personSize < 1 shrinks the person around the bubble's centre, to keep it clear of a stroked outline.
  const person = (px, py) => {
    const x = s(0.5) + (px - s(0.5)) / personSize;
    const y = s(0.47) + (py - s(0.47)) / personSize;
    return personSize * personDistance(x, y);
  };
  const personDistance = (x, y) =>
    Math.min(
      sdCircle(x, y, s(0.5), s(0.345), s(0.072)),
      // Shoulders: the top of an ellipse, cut off where the bubble's inner edge would otherwise crowd it.
      Math.max(sdEllipse(x, y, s(0.5), s(0.61), s(0.155), s(0.15)), y - s(0.6)),
    );
  return { bubble, person };
}

export function colorIcon() {
  const size = 192;
  const top = [0x23, 0x93, 0xa6];
  const bottom = [0x15, 0x64, 0x75];
  const { bubble, person } = symbol(size);
  return render(size, (x, y) => {
    const background = mix(top, bottom, y / size);
    if (person(x, y) < 0) return [...background, 1];
    if (bubble(x, y) < 0) return [...WHITE, 1];
    return [...background, 1];
  });
}

export function outlineIcon() {
  const size = 32;
  const stroke = 2;
  const { bubble, person } = symbol(size, 0.8);
  return render(size, (x, y) => {
    const d = bubble(x, y);
    const onStroke = d <= 0 && d > -stroke;
    return onStroke || person(x, y) < 0 ? [...WHITE, 1] : [...WHITE, 0];
  });
}

function main(argv) {
  const outIndex = argv.indexOf('--out');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const outDir = outIndex >= 0 && argv[outIndex + 1] ? path.resolve(argv[outIndex + 1]) : path.join(here, '..', 'appPackage');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'color.png'), colorIcon());
  fs.writeFileSync(path.join(outDir, 'outline.png'), outlineIcon());
  console.log(`Iconen geschreven in / icons written to ${outDir}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
