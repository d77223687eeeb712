/**
 * What LibreOffice drew, read from its HTML export of a workbook: it renders every chart it could
 * read to a PNG beside the page and places the image in the table cell the chart is anchored at.
 * The cell is found by walking each sheet's table as a grid (a cell an image covers is merged into
 * the anchor cell with colspan and rowspan).
 */
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { cellA1 } from '../../shared/a1';

export interface DrawnImage {
  readonly sheet: string;
  /**
   * The cell the image sits in: the chart's anchor. Undefined when LibreOffice wrote the image after
   * the sheet's table, which it does for a chart reaching past the last used column.
   */
  readonly cell?: string;
  readonly file: string;
  readonly width: number;
  readonly height: number;
}

function decodeHtml(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function span(attrs: string, name: string): number {
  return Number(new RegExp(`\\b${name}=["']?(\\d+)`, 'i').exec(attrs)?.[1] ?? 1);
}

export function imagesInLibreOfficeHtml(htmlFile: string): DrawnImage[] {
  const html = readFileSync(htmlFile, 'utf8');
  const images: DrawnImage[] = [];
  const headed = [...html.matchAll(/<a name="table\d+"><h1>[^<]*<em>([\s\S]*?)<\/em><\/h1><\/a>/gi)].map((m) => ({ at: m.index, sheet: decodeHtml(m[1]) }));
  // A workbook of one sheet is written without a heading naming it.
  const sections = headed.length > 0 ? headed : [{ at: 0, sheet: '' }];
  sections.forEach(({ at, sheet }, i) => {
    const body = html.slice(at, i + 1 < sections.length ? sections[i + 1].at : html.length);
    const occupied = new Set<string>();
    const image = (img: string, cell?: string): DrawnImage => ({
      sheet,
      ...(cell ? { cell } : {}),
      file: join(dirname(htmlFile), decodeHtml(/\bsrc=["']?([^"'\s>]+)/i.exec(img)?.[1] ?? '')),
      width: span(img, 'width'),
      height: span(img, 'height'),
    });
    [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].forEach(([, row], r) => {
      let column = 0;
      for (const [, attrs, content] of row.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/gi)) {
        while (occupied.has(`${r},${column}`)) column += 1;
        const columns = span(attrs, 'colspan');
        const rows = span(attrs, 'rowspan');
        for (let dr = 0; dr < rows; dr += 1) for (let dc = 0; dc < columns; dc += 1) occupied.add(`${r + dr},${column + dc}`);
        for (const [img] of content.matchAll(/<img[^>]*>/gi)) images.push(image(img, cellA1(r, column)));
        column += columns;
      }
    });
    const afterTable = body.slice(body.search(/<\/table>/i));
    for (const [img] of afterTable.matchAll(/<img[^>]*>/gi)) images.push(image(img));
  });
  return images;
}
