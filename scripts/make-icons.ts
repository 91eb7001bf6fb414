/**
 * Draws the Tactful icon (a speech bubble with a calm wave inside, on a teal rounded square) into
 * public/icon/<size>.png. Run with `npx tsx scripts/make-icons.ts` after changing the drawing.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

function png(size: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Signed distance to a rounded box centred at (cx, cy). */
function roundedBox(x: number, y: number, cx: number, cy: number, hw: number, hh: number, r: number): number {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Shape coverage in unit coordinates (0..1), 1 inside. */
function shapes(u: number, v: number, px: number): { bg: number; bubble: number; wave: number } {
  const aa = (d: number) => Math.min(1, Math.max(0, 0.5 - d / px));
  const bg = aa(roundedBox(u, v, 0.5, 0.5, 0.5, 0.5, 0.22));
  const body = roundedBox(u, v, 0.5, 0.45, 0.3, 0.22, 0.12);
  // The bubble's tail: a small triangle below-left.
  const inTail = v > 0.6 && v < 0.82 && u > 0.3 && u < 0.46 && u - 0.3 < (0.82 - v) * 0.9;
  const bubble = Math.max(aa(body), inTail ? 1 : 0);
  const waveY = 0.45 + 0.05 * Math.sin((u - 0.28) * Math.PI * 4.2);
  const onWave = u > 0.3 && u < 0.7 ? aa(Math.abs(v - waveY) - 0.035) : 0;
  return { bg, bubble, wave: onWave };
}

function mix(a: RGBA, b: RGBA, t: number): RGBA {
  return [0, 1, 2, 3].map((i) => Math.round((a[i] as number) * (1 - t) + (b[i] as number) * t)) as RGBA;
}

const teal: RGBA = [15, 118, 110, 255];
const white: RGBA = [255, 255, 255, 255];
const transparent: RGBA = [15, 118, 110, 0];

for (const size of [16, 32, 48, 128]) {
  const samples = 4;
  const file = png(size, (x, y) => {
    let acc: RGBA = [0, 0, 0, 0];
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const u = (x + (sx + 0.5) / samples) / size;
        const v = (y + (sy + 0.5) / samples) / size;
        const s = shapes(u, v, 1 / size);
        let c = mix(transparent, teal, s.bg);
        c = mix(c, white, s.bubble * s.bg);
        c = mix(c, teal, s.wave * s.bubble * s.bg);
        acc = acc.map((value, i) => value + (c[i] as number)) as RGBA;
      }
    }
    return acc.map((value) => Math.round(value / (samples * samples))) as RGBA;
  });
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), file);
}
console.log('icons written to public/icon/');
