/**
 * The charts an .xlsx file carries, found the way a spreadsheet program finds them: workbook → sheet
 * → its drawing relationship → anchors → chart relationship → chart part. Nothing is taken from the
 * part names, so a chart part nothing points at is not counted.
 */
import JSZip from 'jszip';
import { cellA1 } from '../../shared/a1';

export interface ChartInFile {
  readonly sheet: string;
  /** The anchor's top-left cell. */
  readonly from: string;
  /** Width and height in pixels, for an anchor sized by its extent (a one-cell anchor). */
  readonly size?: { readonly width: number; readonly height: number };
  readonly chartPath: string;
  /** barChart, lineChart, pieChart… */
  readonly plot: string;
  /** col or bar, for a barChart. */
  readonly barDirection?: string;
  readonly title: string;
  /** Series names, categories and values as the file references them. */
  readonly series: readonly { name: string; categories: string; values: string }[];
  readonly xml: string;
}

function decode(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

async function read(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string');
}

/** Relationship id → target path inside the package, for the part at `partPath`. */
async function relationships(zip: JSZip, partPath: string): Promise<Map<string, { type: string; path: string }>> {
  const folder = partPath.slice(0, partPath.lastIndexOf('/'));
  const rels = await read(zip, `${folder}/_rels/${partPath.slice(folder.length + 1)}.rels`);
  const out = new Map<string, { type: string; path: string }>();
  for (const [, attrs] of (rels ?? '').matchAll(/<Relationship ([^>]*?)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(attrs)?.[1];
    const type = /\bType="([^"]*)"/.exec(attrs)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attrs)?.[1];
    if (!id || !type || !target) continue;
    const parts = target.startsWith('/') ? target.slice(1).split('/') : [...folder.split('/'), ...target.split('/')];
    const resolved: string[] = [];
    for (const part of parts) {
      if (part === '..') resolved.pop();
      else if (part !== '.') resolved.push(part);
    }
    out.set(id, { type, path: resolved.join('/') });
  }
  return out;
}

function cellOf(marker: string): string {
  const col = Number(/<xdr:col>(\d+)<\/xdr:col>/.exec(marker)?.[1]);
  const row = Number(/<xdr:row>(\d+)<\/xdr:row>/.exec(marker)?.[1]);
  return cellA1(row, col);
}

const EMU_PER_PIXEL = 9525;

function sizeOf(anchor: string): { width: number; height: number } | undefined {
  const ext = /<xdr:ext cx="(\d+)" cy="(\d+)"\/>/.exec(anchor);
  return ext ? { width: Number(ext[1]) / EMU_PER_PIXEL, height: Number(ext[2]) / EMU_PER_PIXEL } : undefined;
}

export async function chartsInXlsx(bytes: Uint8Array | ArrayBuffer): Promise<ChartInFile[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await read(zip, 'xl/workbook.xml')) ?? '';
  const workbookRels = await relationships(zip, 'xl/workbook.xml');
  const found: ChartInFile[] = [];
  for (const [, attrs] of workbook.matchAll(/<sheet ([^>]*?)\/?>/g)) {
    const sheet = decode(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? '');
    const sheetPath = workbookRels.get(/\br:id="([^"]*)"/.exec(attrs)?.[1] ?? '')?.path;
    if (!sheetPath) continue;
    const sheetXml = (await read(zip, sheetPath)) ?? '';
    const drawingId = /<drawing r:id="([^"]*)"/.exec(sheetXml)?.[1];
    if (!drawingId) continue;
    const sheetRels = await relationships(zip, sheetPath);
    const drawingPath = sheetRels.get(drawingId)?.path;
    const drawing = drawingPath ? await read(zip, drawingPath) : undefined;
    if (!drawingPath || !drawing) continue;
    const drawingRels = await relationships(zip, drawingPath);
    for (const [anchor] of drawing.matchAll(/<xdr:(oneCellAnchor|twoCellAnchor|absoluteAnchor)[\s\S]*?<\/xdr:\1>/g)) {
      const chartId = /<c:chart [^>]*r:id="([^"]*)"/.exec(anchor)?.[1];
      const target = chartId ? drawingRels.get(chartId) : undefined;
      const xml = target ? await read(zip, target.path) : undefined;
      if (!target || !xml || !target.type.endsWith('/chart')) continue;
      const plot = /<c:(\w+Chart)>/.exec(xml)?.[1] ?? '';
      found.push({
        sheet,
        from: cellOf(/<xdr:from>[\s\S]*?<\/xdr:from>/.exec(anchor)?.[0] ?? ''),
        size: sizeOf(anchor),
        chartPath: target.path,
        plot,
        barDirection: /<c:barDir val="(\w+)"\/>/.exec(xml)?.[1],
        title: decode([...(/<c:title>[\s\S]*?<\/c:title>/.exec(xml)?.[0] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')),
        series: [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => ({
          name: decode(/<c:tx><c:strRef><c:f>([^<]*)<\/c:f>/.exec(ser)?.[1] ?? ''),
          // A scatter's x values stand where other charts' categories do, its y values where their values do.
          categories: decode(/<c:(?:cat|xVal)>[\s\S]*?<c:f>([^<]*)<\/c:f>/.exec(ser)?.[1] ?? ''),
          values: decode(/<c:(?:val|yVal)>[\s\S]*?<c:f>([^<]*)<\/c:f>/.exec(ser)?.[1] ?? ''),
        })),
        xml,
      });
    }
  }
  return found;
}
