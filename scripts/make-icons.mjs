#!/usr/bin/env node
// Draws the Teams app icons (appPackage/color.png 192×192, appPackage/outline.png 32×32) without
// any image library: a small rasteriser plus a PNG writer (node:zlib deflate + CRC-32).
// The output is deterministic, so re-running it on unchanged code gives byte-identical files.
// Usage: node scripts/make-icons.mjs
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Glyph: a house (roof + body) with a compass needle cut into the body – "the pilot home".
// All coordinates are in the unit square, y pointing down.
const ROOF = [
  [0.5, 0.1],
  [0.93, 0.5],
  [0.07, 0.5],
];
const BODY = { x0: 0.19, x1: 0.81, y0: 0.44, y1: 0.9 };
const NEEDLE = { cx: 0.5, cy: 0.665, halfLength: 0.2, halfWidth: 0.075, angleDeg: 35 };
// At 32 px the needle needs to be wider to read as a diamond rather than a slit.
const OUTLINE_NEEDLE = { ...NEEDLE, halfLength: 0.21, halfWidth: 0.105 };

const BLUE = [11, 79, 140]; // #0B4F8C, also the manifest's accentColor
const AMBER = [242, 169, 0]; // north half of the needle
const WHITE = [255, 255, 255];

function insideTriangle(x, y, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function insideHouse(x, y) {
  return insideTriangle(x, y, ROOF) || (x >= BODY.x0 && x <= BODY.x1 && y >= BODY.y0 && y <= BODY.y1);
}

/** 0 outside the needle, 1 in its north (tip) half, 2 in its south half. */
function needlePart(x, y, needle = NEEDLE) {
  const angle = (needle.angleDeg * Math.PI) / 180;
  const ux = Math.sin(angle);
  const uy = -Math.cos(angle); // "north", tilted towards north-east
  const dx = x - needle.cx;
  const dy = y - needle.cy;
  const along = dx * ux + dy * uy;
  const across = -dx * uy + dy * ux;
  if (Math.abs(along) / needle.halfLength + Math.abs(across) / needle.halfWidth > 1) return 0;
  return along >= 0 ? 1 : 2;
}

/** Colour (RGBA) of one point of the full-colour icon. */
function colorSample(x, y) {
  const part = needlePart(x, y);
  if (part === 1) return [...AMBER, 255];
  if (part === 2) return [...BLUE, 255];
  if (insideHouse(x, y)) return [...WHITE, 255];
  return [...BLUE, 255];
}

/** Coverage (0/1) of one point of the outline glyph: the house with the needle cut out. */
function outlineSample(x, y) {
  return insideHouse(x, y) && needlePart(x, y, OUTLINE_NEEDLE) === 0 ? 1 : 0;
}

const SUPERSAMPLING = 4;

function samplePositions(px, py, size) {
  const points = [];
  for (let sy = 0; sy < SUPERSAMPLING; sy++) {
    for (let sx = 0; sx < SUPERSAMPLING; sx++) {
      points.push([(px + (sx + 0.5) / SUPERSAMPLING) / size, (py + (sy + 0.5) / SUPERSAMPLING) / size]);
    }
  }
  return points;
}

export function renderColorIcon(size = 192) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      const points = samplePositions(px, py, size);
      for (const [x, y] of points) colorSample(x, y).forEach((v, i) => (sum[i] += v));
      sum.forEach((v, i) => (rgba[(py * size + px) * 4 + i] = Math.round(v / points.length)));
    }
  }
  return rgba;
}

/**
 * Teams requires the outline icon to be white on a transparent background. The glyph is
 * thresholded (no partial alpha) so every pixel is either opaque white or fully transparent.
 */
export function renderOutlineIcon(size = 32) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const points = samplePositions(px, py, size);
      const coverage = points.reduce((n, [x, y]) => n + outlineSample(x, y), 0) / points.length;
      if (coverage >= 0.5) rgba.set([...WHITE, 255], (py * size + px) * 4);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** 8-bit RGBA, non-interlaced, filter type 0 (None) on every scanline. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth, colour type RGBA, compression, filter method, interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.join(root, 'appPackage');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'color.png'), encodePng(192, 192, renderColorIcon(192)));
  fs.writeFileSync(path.join(outDir, 'outline.png'), encodePng(32, 32, renderOutlineIcon(32)));
  console.log('Skrev appPackage/color.png (192×192) och appPackage/outline.png (32×32).');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
