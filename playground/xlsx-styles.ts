/**
 * The playground's cell styles (bold, italic, colours, wrap, alignment) in an .xlsx file and back.
 * The side table lists styles as boxes applied in order, later ones winning property by property, as
 * the grid draws them; a file holds each cell's own style. Read back, a row's run of cells styled
 * alike is one box again.
 */
import type ExcelJS from 'exceljs';
import { boxToA1 } from '../shared/a1';
import type { ResolvedStyle } from '../shared/plan-resolve';

type StyleProperties = Omit<ResolvedStyle, 'row' | 'column' | 'height' | 'width' | 'a1'>;

/** Past this many cells a box is a whole-sheet style the grid does not draw either. */
const MAX_BOX_CELLS = 20_000;

/** A plan colour (#RRGGBB) as ExcelJS writes it (opaque ARGB). */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** One cell given a plan style's properties, over what it had: the build's template files use it too. */
export function applyStyle(cell: ExcelJS.Cell, style: StyleProperties): void {
  if (style.bold !== undefined || style.italic !== undefined || style.fontColor) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.wrap !== undefined || style.align) {
    cell.alignment = { ...cell.alignment, ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}), ...(style.align ? { horizontal: style.align } : {}) };
  }
}

function hexOf(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const value = color?.argb;
  return typeof value === 'string' && /^[0-9A-Fa-f]{8}$/.test(value) ? `#${value.slice(2).toUpperCase()}` : undefined;
}

export function writeStyles(ws: ExcelJS.Worksheet, styles: readonly ResolvedStyle[]): void {
  for (const style of styles) {
    if (style.height * style.width > MAX_BOX_CELLS) continue;
    for (let r = 0; r < style.height; r += 1) for (let c = 0; c < style.width; c += 1) applyStyle(ws.getCell(style.row + r + 1, style.column + c + 1), style);
  }
}

/** One cell's style as the playground draws it; undefined when it has none the playground shows. */
export function styleOfCell(cell: ExcelJS.Cell): StyleProperties | undefined {
  const font = cell.font;
  const fill = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? hexOf(cell.fill.fgColor) : undefined;
  const horizontal = cell.alignment?.horizontal;
  const style: StyleProperties = {
    ...(font?.bold ? { bold: true } : {}),
    ...(font?.italic ? { italic: true } : {}),
    ...(hexOf(font?.color) ? { fontColor: hexOf(font?.color) } : {}),
    ...(fill ? { fill } : {}),
    ...(cell.alignment?.wrapText ? { wrap: true } : {}),
    ...(horizontal === 'left' || horizontal === 'center' || horizontal === 'right' ? { align: horizontal } : {}),
  };
  return Object.keys(style).length ? style : undefined;
}

/** Collects cells' styles row by row, joining a run of alike neighbours into one box. */
export class StyleRuns {
  readonly boxes: ResolvedStyle[] = [];
  private open: { row: number; column: number; width: number; key: string; style: StyleProperties } | undefined;

  add(row: number, column: number, style: StyleProperties | undefined): void {
    const key = style ? JSON.stringify(style) : '';
    const run = this.open;
    if (run && style && run.row === row && run.column + run.width === column && run.key === key) {
      run.width += 1;
      return;
    }
    this.close();
    if (style) this.open = { row, column, width: 1, key, style };
  }

  close(): void {
    const run = this.open;
    if (!run) return;
    this.boxes.push({ row: run.row, column: run.column, height: 1, width: run.width, a1: boxToA1(run.row, run.column, 1, run.width), ...run.style });
    this.open = undefined;
  }
}
