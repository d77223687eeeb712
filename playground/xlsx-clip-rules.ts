/**
 * Excel often puts a data validation on a whole column (sqref="K1:K1048576"), and ExcelJS, reading
 * it, makes one entry per cell: a million for one dropdown column, seconds and hundreds of megabytes
 * in the page. Before ExcelJS reads a file, each validation range is cut at the last row the
 * playground keeps rules for; a range wholly below it points at one cell the reader then drops.
 */
import JSZip from 'jszip';
import { boxToA1, parseA1 } from '../shared/a1';

export async function clipValidationRanges(bytes: Uint8Array, lastRow: number): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    // Not a zip: ExcelJS says so in its own words.
    return bytes;
  }
  let clipped = false;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const entry = zip.file(path);
    if (!entry) continue;
    const xml = await entry.async('string');
    const next = xml.replace(/(<dataValidation\b[^>]*\bsqref=")([^"]*)(")/g, (whole, open: string, sqref: string, close: string) => {
      const kept = clipSqref(sqref, lastRow);
      if (kept === sqref) return whole;
      clipped = true;
      return `${open}${kept}${close}`;
    });
    if (next !== xml) zip.file(path, next);
  }
  return clipped ? zip.generateAsync({ type: 'uint8array' }) : bytes;
}

function clipSqref(sqref: string, lastRow: number): string {
  const parts = sqref
    .split(/\s+/)
    .filter((part) => part !== '')
    .flatMap((part) => {
      if (!/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(part)) return [part];
      const box = parseA1(part.replace(/\$/g, ''));
      if (box.row + box.height <= lastRow) return [part];
      if (box.row >= lastRow) return [];
      return [boxToA1(box.row, box.column, lastRow - box.row, box.width)];
    });
  return parts.length ? parts.join(' ') : 'XFD1048576';
}
