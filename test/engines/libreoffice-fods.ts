/**
 * The charts LibreOffice read from a workbook, as it lists them when it saves the workbook as a flat
 * OpenDocument spreadsheet (.fods): each chart is a frame inside the cell it is anchored to, holding
 * the chart document (its class, e.g. chart:bar, and the cells it plots). Sheets are walked as grids,
 * counting repeated rows and columns; the chart document's own little data table is not a sheet.
 */
import { readFileSync } from 'node:fs';
import { cellA1 } from '../../shared/a1';

export interface ListedChart {
  readonly sheet: string;
  /** The anchor cell; undefined for a chart anchored to the page rather than a cell. */
  readonly cell?: string;
  /** Pixels at 96 per inch. */
  readonly width: number;
  readonly height: number;
  /** chart:bar, chart:line, chart:circle… */
  readonly chartClass: string;
  /** The cells the chart plots, as LibreOffice names them ("Pipeline.AE2:Pipeline.AF10"). */
  readonly plotted: string;
  readonly title: string;
}

interface Open {
  readonly name: string;
  readonly attrs: string;
  sheet?: { name: string; nextRow: number };
  row?: { index: number; repeat: number; nextColumn: number };
  cell?: { row: number; column: number; repeat: number };
  chart?: { sheet: string; cell?: string; width: number; height: number; chartClass: string; plotted: string; title: string };
}

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

function decode(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function pixels(length: string | undefined): number {
  const m = /^([\d.]+)(in|cm|mm|pt)$/.exec(length ?? '');
  if (!m) return NaN;
  const perInch: Record<string, number> = { in: 1, cm: 2.54, mm: 25.4, pt: 72 };
  return Math.round((Number(m[1]) / perInch[m[2]]) * 96);
}

export function chartsInLibreOfficeDocument(fodsFile: string): ListedChart[] {
  const xml = readFileSync(fodsFile, 'utf8');
  const stack: Open[] = [];
  const charts: ListedChart[] = [];
  const nearest = (name: string): Open | undefined => [...stack].reverse().find((o) => o.name === name);
  const close = (element: Open): void => {
    const parent = stack[stack.length - 1];
    if (element.cell && parent?.row) parent.row.nextColumn += element.cell.repeat;
    if (element.row) {
      const table = nearest('table:table');
      if (table?.sheet) table.sheet.nextRow += element.row.repeat;
    }
    if (element.chart) charts.push(element.chart);
  };
  let title: string[] | undefined;
  for (const match of xml.matchAll(/<(\/?)([\w:.-]+)((?:[^>"]|"[^"]*")*?)(\/?)>|([^<]+)/g)) {
    const [, closing, name, attrs = '', selfClosing, text] = match;
    if (text !== undefined) {
      if (title) title.push(decode(text));
      continue;
    }
    if (name.startsWith('!') || name.startsWith('?')) continue;
    if (closing) {
      const element = stack.pop();
      if (element) close(element);
      if (name === 'chart:title') {
        const frame = nearest('draw:frame');
        if (frame?.chart && title) frame.chart.title = title.join('').trim();
        title = undefined;
      }
      continue;
    }
    const parent = stack[stack.length - 1];
    const element: Open = { name, attrs };
    const table = nearest('table:table');
    if (name === 'table:table' && parent?.name === 'office:spreadsheet') element.sheet = { name: decode(attr(attrs, 'table:name') ?? ''), nextRow: 0 };
    if (name === 'table:table-row' && table?.sheet) {
      element.row = { index: table.sheet.nextRow, repeat: Number(attr(attrs, 'table:number-rows-repeated') ?? 1), nextColumn: 0 };
    }
    if ((name === 'table:table-cell' || name === 'table:covered-table-cell') && parent?.row) {
      element.cell = { row: parent.row.index, column: parent.row.nextColumn, repeat: Number(attr(attrs, 'table:number-columns-repeated') ?? 1) };
    }
    if (name === 'draw:frame' && table?.sheet) {
      const cell = nearest('table:table-cell');
      const inSheetCell = cell?.cell && nearest('table:table') === table ? cell.cell : undefined;
      element.chart = {
        sheet: table.sheet.name,
        cell: inSheetCell ? cellA1(inSheetCell.row, inSheetCell.column) : undefined,
        width: pixels(attr(attrs, 'svg:width')),
        height: pixels(attr(attrs, 'svg:height')),
        chartClass: '',
        plotted: '',
        title: '',
      };
    }
    const frame = nearest('draw:frame');
    if (name === 'chart:chart' && frame?.chart && !frame.chart.chartClass) frame.chart.chartClass = attr(attrs, 'chart:class') ?? '';
    if (name === 'chart:plot-area' && frame?.chart && !frame.chart.plotted) frame.chart.plotted = decode(attr(attrs, 'table:cell-range-address') ?? '');
    if (name === 'chart:title' && frame?.chart && !frame.chart.title) title = [];
    if (selfClosing) close(element);
    else stack.push(element);
  }
  // Frames that hold no chart document (pictures, shapes) are not charts.
  return charts.filter((chart) => chart.chartClass !== '');
}
