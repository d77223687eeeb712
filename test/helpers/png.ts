/**
 * Just enough of PNG to read back the images LibreOffice and Chromium write: 8-bit greyscale, RGB,
 * palette and RGBA, not interlaced. Pixels come out as RGBA.
 */
import { inflateSync } from 'node:zlib';

export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row. */
  readonly pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(file: Uint8Array): DecodedImage {
  const bytes = Buffer.from(file);
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let width = 0;
  let height = 0;
  let colourType = 0;
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      colourType = body[9];
      if (body[8] !== 8) throw new Error(`PNG bit depth ${body[8]} is not read here`);
      if (body[12] !== 0) throw new Error('interlaced PNG is not read here');
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const channels = CHANNELS[colourType];
  if (!channels) throw new Error(`PNG colour type ${colourType} is not read here`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    if (filter > 4) throw new Error(`PNG filter ${filter} is unknown`);
    const from = y * (stride + 1) + 1;
    const at = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? rows[at + x - channels] : 0;
      const up = y > 0 ? rows[at - stride + x] : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) predicted = paeth(left, up, y > 0 && x >= channels ? rows[at - stride + x - channels] : 0);
      rows[at + x] = (raw[from + x] + predicted) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    const s = i * channels;
    const o = i * 4;
    if (colourType === 3) {
      const p = rows[s] * 3;
      pixels[o] = palette?.[p] ?? 0;
      pixels[o + 1] = palette?.[p + 1] ?? 0;
      pixels[o + 2] = palette?.[p + 2] ?? 0;
      pixels[o + 3] = transparency?.[rows[s]] ?? 255;
    } else if (colourType === 0 || colourType === 4) {
      pixels[o] = pixels[o + 1] = pixels[o + 2] = rows[s];
      pixels[o + 3] = colourType === 4 ? rows[s + 1] : 255;
    } else {
      pixels[o] = rows[s];
      pixels[o + 1] = rows[s + 1];
      pixels[o + 2] = rows[s + 2];
      pixels[o + 3] = colourType === 6 ? rows[s + 3] : 255;
    }
  }
  return { width, height, pixels };
}

/** How many pixels are (within `tolerance` per channel) the colour "#RRGGBB", opaque. */
export function pixelsOfColour(image: DecodedImage, hex: string, tolerance = 8): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < image.pixels.length; i += 4) {
    const p = image.pixels;
    if (p[i + 3] > 200 && Math.abs(p[i] - r) <= tolerance && Math.abs(p[i + 1] - g) <= tolerance && Math.abs(p[i + 2] - b) <= tolerance) count += 1;
  }
  return count;
}

/** The share of pixels that differ from the background colour (opaque white unless given). */
export function inkShare(image: DecodedImage, background = '#FFFFFF'): number {
  const total = image.width * image.height;
  return total === 0 ? 0 : 1 - (pixelsOfColour(image, background, 8) + transparentPixels(image)) / total;
}

function transparentPixels(image: DecodedImage): number {
  let count = 0;
  for (let i = 3; i < image.pixels.length; i += 4) if (image.pixels[i] <= 200) count += 1;
  return count;
}
