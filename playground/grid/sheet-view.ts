/**
 * One sheet as the grid draws it, as the workbook stands: how many rows and columns, where each starts,
 * and per cell its shown text, style and input rule. Built anew after each change and shared by every
 * pane, so moving the selection or typing in the editor redraws no cell.
 */
import { conditionalLooks, type CellLook } from './conditional-looks';
import type { ResolvedStyle } from '../../shared/plan-resolve';
import { cellA1, columnLetters } from '../../shared/a1';
import type { PlaygroundDropdown, PlaygroundSheetExtras } from '../apply-plan-hyperformula';
import type { PlaygroundWorkbook } from '../playground-workbook';
import { axisOf, sizeAt, type Axis } from './axis';
import { showCell, type ShownCell } from './cell-format';

export const ROW_HEAD_WIDTH = 44;
export const HEADER_HEIGHT = 22;
export const ROW_HEIGHT = 22;
const DEFAULT_WIDTH = 96;
/** Empty rows and columns past the data, as a spreadsheet always has room to type. */
const SPARE_ROWS = 50;
const SPARE_COLS = 4;
const MIN_ROWS = 200;
const MIN_COLS = 26;
/** A wrapped header grows to at most this many lines. */
const MAX_WRAPPED_LINES = 5;
const LINE_HEIGHT = 15;

export interface ViewCell {
  readonly a1: string;
  readonly shown: ShownCell;
  readonly style?: ResolvedStyle;
  readonly rule?: PlaygroundDropdown;
  /** What a conditional format of the plan gives the cell now (a duplicate Deal ID in red). */
  readonly look?: CellLook;
  /** Text runs on over the empty cell to its right, as in a spreadsheet. */
  readonly spills: boolean;
}

interface StyleIndex {
  readonly length: number;
  /** Styles of up to BIG_STYLE cells, merged per cell (key: row * 16384 + col). */
  readonly perCell: Map<number, ResolvedStyle>;
  /** Larger boxes, looked up per cell. */
  readonly big: readonly ResolvedStyle[];
}

const BIG_STYLE = 20000;
const styleIndexes = new WeakMap<PlaygroundSheetExtras, StyleIndex>();

function styleIndexOf(extras: PlaygroundSheetExtras): StyleIndex {
  const known = styleIndexes.get(extras);
  // Plans only ever add styles (a rewrite makes a new side table), so the count tells whether it changed.
  if (known && known.length === extras.styles.length) return known;
  const perCell = new Map<number, ResolvedStyle>();
  const big: ResolvedStyle[] = [];
  for (const style of extras.styles) {
    if (style.height * style.width > BIG_STYLE) {
      big.push(style);
      continue;
    }
    for (let r = 0; r < style.height; r += 1)
      for (let c = 0; c < style.width; c += 1) {
        const key = (style.row + r) * 16384 + style.column + c;
        const before = perCell.get(key);
        perCell.set(key, before ? { ...before, ...style } : style);
      }
  }
  const index = { length: extras.styles.length, perCell, big };
  styleIndexes.set(extras, index);
  return index;
}

/** Roughly how wide a text is at the grid's 12px font: CJK characters are about twice a Latin one. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0x2e80 ? 12 : 6.6;
  return width;
}

export class SheetView {
  readonly rows: number;
  readonly cols: number;
  readonly frozenRows: number;
  readonly columnAxis: Axis;
  readonly rowAxis: Axis;
  private readonly sheetId: number | undefined;
  private readonly extras: PlaygroundSheetExtras | undefined;
  private readonly styles: StyleIndex | undefined;
  /** Worked out once per change of the workbook (the view is built anew then), not per cell drawn. */
  private readonly looks: ReadonlyMap<string, CellLook>;

  constructor(
    readonly workbook: PlaygroundWorkbook,
    readonly sheet: string,
  ) {
    this.sheetId = workbook.sheetId(sheet);
    const size = this.sheetId === undefined ? { width: 0, height: 0 } : workbook.hf.getSheetDimensions(this.sheetId);
    this.rows = Math.max(MIN_ROWS, size.height + SPARE_ROWS);
    this.cols = Math.max(MIN_COLS, size.width + SPARE_COLS);
    this.extras = workbook.extras[sheet];
    this.styles = this.extras ? styleIndexOf(this.extras) : undefined;
    this.frozenRows = Math.min(this.extras?.frozenRows ?? 0, this.rows - 1);
    const widths = this.extras?.columnWidths ?? {};
    this.columnAxis = axisOf(Array.from({ length: this.cols }, (_, c) => Math.max(24, Math.min(480, widths[columnLetters(c)] ?? DEFAULT_WIDTH))));
    this.rowAxis = axisOf(this.rowHeights());
    const rules = this.extras?.conditionalFormats ?? [];
    this.looks = this.sheetId === undefined || rules.length === 0 ? new Map() : conditionalLooks(workbook.hf, this.sheetId, rules, workbook.hf.getSheetValues(this.sheetId));
  }

  /** Rows are one line high, but for wrapped cells (the table headers), which grow to show their text. */
  private rowHeights(): number[] {
    const heights = new Array<number>(this.rows).fill(ROW_HEIGHT);
    for (const style of this.extras?.styles ?? []) {
      if (!style.wrap || style.height > 20) continue;
      for (let r = style.row; r < style.row + style.height && r < this.rows; r += 1)
        for (let c = style.column; c < style.column + style.width && c < this.cols; c += 1) {
          const text = showCell(this.value(r, c), undefined).text;
          const lines = Math.min(MAX_WRAPPED_LINES, Math.ceil(textWidth(text) / Math.max(8, sizeAt(this.columnAxis, c) - 10)));
          heights[r] = Math.max(heights[r], lines * LINE_HEIGHT + 6);
        }
    }
    return heights;
  }

  private value(row: number, col: number) {
    return this.sheetId === undefined ? null : this.workbook.hf.getCellValue({ sheet: this.sheetId, row, col });
  }

  styleAt(row: number, col: number): ResolvedStyle | undefined {
    if (!this.styles) return undefined;
    let style = this.styles.perCell.get(row * 16384 + col);
    for (const box of this.styles.big) if (row >= box.row && row < box.row + box.height && col >= box.column && col < box.column + box.width) style = style ? { ...box, ...style } : box;
    return style;
  }

  ruleAt(row: number, col: number): PlaygroundDropdown | undefined {
    return this.extras?.inputs[cellA1(row, col)];
  }

  shownAt(row: number, col: number): ShownCell {
    return showCell(this.value(row, col), this.extras?.numberFormats[cellA1(row, col)]);
  }

  cell(row: number, col: number): ViewCell {
    const a1 = cellA1(row, col);
    const shown = showCell(this.value(row, col), this.extras?.numberFormats[a1]);
    const style = this.styleAt(row, col);
    const spills = shown.kind === 'text' && !style?.wrap && col + 1 < this.cols && showCell(this.value(row, col + 1), undefined).kind === 'empty';
    const look = this.looks.get(`${row},${col}`);
    return { a1, shown, style, rule: this.extras?.inputs[a1], ...(look ? { look } : {}), spills };
  }

  /** What the formula bar shows for a cell: its formula, or its value as typed. */
  input(row: number, col: number): string {
    return this.workbook.cellInput(this.sheet, row, col);
  }

  /** Whether a cell holds anything: Ctrl+arrow stops at the edges of the filled cells. */
  isFilled(row: number, col: number): boolean {
    return this.shownAt(row, col).kind !== 'empty';
  }
}
