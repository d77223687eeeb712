import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from './png';

/** The sizes Office asks for: ribbon 16/32/80 px, store and manifest 64/128 px. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const BRAND = [0x0b, 0x5c, 0xad];
const FUNNEL = [0xff, 0xff, 0xff];
const ACCENT = [0x2e, 0xc4, 0x8a];

/**
 * DealKit's mark: a white sales funnel on a rounded blue square, its last band green (a won deal).
 * Drawn with 4×4 supersampling so small sizes stay smooth.
 */
export function drawIcon(size: number): Buffer {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const colour = [0, 0, 0];
      let coverage = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const u = (x + (sx + 0.5) / samples) / size;
          const v = (y + (sy + 0.5) / samples) / size;
          const paint = shade(u, v);
          if (!paint) continue;
          coverage += 1;
          for (let c = 0; c < 3; c += 1) colour[c] += paint[c];
        }
      }
      const offset = (y * size + x) * 4;
      if (coverage === 0) continue;
      for (let c = 0; c < 3; c += 1) pixels[offset + c] = Math.round(colour[c] / coverage);
      pixels[offset + 3] = Math.round((255 * coverage) / (samples * samples));
    }
  }
  return encodePng(size, size, pixels);
}

function shade(u: number, v: number): number[] | null {
  if (!insideRoundedSquare(u, v, 0.18)) return null;
  const bands = [
    { top: 0.2, bottom: 0.36, halfTop: 0.34, halfBottom: 0.27, colour: FUNNEL },
    { top: 0.42, bottom: 0.58, halfTop: 0.24, halfBottom: 0.17, colour: FUNNEL },
    { top: 0.64, bottom: 0.8, halfTop: 0.14, halfBottom: 0.08, colour: ACCENT },
  ];
  for (const band of bands) {
    if (v < band.top || v > band.bottom) continue;
    const t = (v - band.top) / (band.bottom - band.top);
    const half = band.halfTop + (band.halfBottom - band.halfTop) * t;
    if (Math.abs(u - 0.5) <= half) return band.colour;
  }
  return BRAND;
}

function insideRoundedSquare(u: number, v: number, radius: number): boolean {
  const dx = Math.max(radius - u, u - (1 - radius), 0);
  const dy = Math.max(radius - v, v - (1 - radius), 0);
  return dx * dx + dy * dy <= radius * radius;
}

export function writeIcons(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    return file;
  });
}
