#!/usr/bin/env node
// Draws the add-in's icons (a white podium of three bars on a blue rounded square) and writes
// them as PNG files in assets/. Pure Node: shapes are rasterised with 4x4 supersampling for
// smooth edges and encoded with zlib, so the icons can be rebuilt on any machine.
// Usage: node scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x1f, 0x5f, 0xa8];
const WHITE = [0xff, 0xff, 0xff];
const GOLD = [0xf5, 0xb7, 0x00];

/** Shapes in unit coordinates (0..1): the later shape wins where they overlap. */
function colourAt(x, y) {
  const r = 0.18;
  const inSquare = roundedRect(x, y, 0, 0, 1, 1, r);
  if (!inSquare) return null;
  // Podium: 2nd place left, 1st centre (tallest), 3rd right, on a common base.
  const base = 0.82;
  const bars = [
    [0.2, 0.4, 0.52],
    [0.42, 0.62, 0.3],
    [0.64, 0.84, 0.62],
  ];
  for (const [x0, x1, top] of bars) {
    if (x >= x0 && x < x1 && y >= top && y < base) return WHITE;
  }
  // A gold dot above the winner's bar.
  if ((x - 0.52) ** 2 + (y - 0.19) ** 2 < 0.075 ** 2) return GOLD;
  return BLUE;
}

function roundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function render(size) {
  const ss = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      // Colour is averaged over covered samples only (straight, not premultiplied, alpha).
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
for (const size of SIZES) {
  const file = path.join(root, 'assets', `icon-${size}.png`);
  fs.writeFileSync(file, render(size));
  console.log(`Đã vẽ ${path.relative(root, file)} (${size}×${size})`);
}
