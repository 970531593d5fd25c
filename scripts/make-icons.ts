/**
 * Draws the add-in's icons — a white bar chart on a blue rounded square — as PNG files in
 * assets/ (16, 32, 64 and 80 px, the sizes the manifest asks for), with nothing but node's
 * zlib. Run `npm run icons` after changing the drawing; the PNGs are committed.
 *
 * Example:
 *   npx tsx scripts/make-icons.ts   // → assets/icon-16.png … assets/icon-80.png
 */

import { deflateSync } from 'zlib';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';

const SIZES = [16, 32, 64, 80];
const BLUE = [0x1f, 0x5f, 0xa8];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels → PNG bytes. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The glyph: rounded blue square, three white bars rising left to right on a baseline. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const r = Math.max(2, Math.round(size * 0.16));
  const inside = (x: number, y: number) => {
    const cx = Math.min(Math.max(x, r), size - 1 - r);
    const cy = Math.min(Math.max(y, r), size - 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const m = Math.round(size * 0.2);
  const base = size - m;
  const barW = Math.max(2, Math.round((size - 2 * m) / 5));
  const gap = Math.round((size - 2 * m - 3 * barW) / 2);
  const heights = [0.35, 0.6, 0.85].map((h) => Math.round((size - 2 * m) * h));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      if (!inside(x, y)) continue;
      let color = BLUE;
      heights.forEach((h, b) => {
        const x0 = m + b * (barW + gap);
        if (x >= x0 && x < x0 + barW && y >= base - h && y < base) color = WHITE;
      });
      if (size >= 32 && y === base && x >= m - 1 && x <= size - m) color = WHITE;
      px.set([...color, 0xff], i);
    }
  }
  return px;
}

if (require.main === module) {
  const dir = join(__dirname, '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(file);
  }
}
