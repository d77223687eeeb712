import { boxToA1 } from '../a1';
import type { CellStyle, ChartPlan, FormulaBlock, NumberFormat, PlanValue, SheetPlan, SheetTarget, ValueBlock } from '../plan';

/**
 * Writes report sections one under another on a plan sheet. The roll-up's outputs are lists whose
 * length is known only at run time; this keeps the row arithmetic in one place.
 */

export const REPORT_COLOURS = {
  marker: '#7F7F7F',
  title: '#1F3864',
  headerFill: '#DCE6F1',
  totalFill: '#F2F2F2',
} as const;

export type ColumnFormat = string | undefined;

export class ReportSheet {
  private readonly values: ValueBlock[] = [];
  private readonly formulas: FormulaBlock[] = [];
  private readonly formats: NumberFormat[] = [];
  private readonly styles: CellStyle[] = [];
  private readonly charts: ChartPlan[] = [];
  private readonly widths = new Map<number, number>();
  /** 0-based row the next section starts on. */
  row = 0;

  constructor(
    private readonly key: string,
    private readonly target: SheetTarget,
  ) {}

  /** One row of values at the cursor, starting in column A (or `column`, 0-based). */
  line(cells: readonly PlanValue[], style?: Omit<CellStyle, 'range'>, column = 0): number {
    const at = this.row;
    this.values.push({ at: boxToA1(at, column, 1, 1), rows: [cells] });
    if (style) this.styles.push({ range: boxToA1(at, column, 1, Math.max(1, cells.length)), ...style });
    this.row += 1;
    return at;
  }

  blank(rows = 1): void {
    this.row += rows;
  }

  /**
   * A table: a bold header row and the rows under it, one number format per column (undefined for
   * none). Returns the 0-based row of the header and the number of data rows.
   */
  table(headers: readonly string[], rows: readonly (readonly PlanValue[])[], formats: readonly ColumnFormat[] = [], column = 0): { header: number; rows: number } {
    const header = this.row;
    this.values.push({ at: boxToA1(header, column, 1, 1), rows: [headers, ...rows] });
    this.styles.push({ range: boxToA1(header, column, 1, headers.length), bold: true, fill: REPORT_COLOURS.headerFill, wrap: true });
    if (rows.length > 0) {
      formats.forEach((format, i) => {
        if (format) this.formats.push({ range: boxToA1(header + 1, column + i, rows.length, 1), format });
      });
    }
    this.row = header + 1 + rows.length;
    return { header, rows: rows.length };
  }

  /** Formulas over cells already placed (0-based row and first column); null leaves a cell alone. */
  formulaRow(row: number, column: number, cells: readonly (string | null)[]): void {
    this.formulas.push({ at: boxToA1(row, column, 1, 1), rows: [cells] });
  }

  /** A rectangle of formulas as one block (one write on every host). */
  formulaBlock(row: number, column: number, rows: readonly (readonly (string | null)[])[]): void {
    if (rows.length > 0) this.formulas.push({ at: boxToA1(row, column, 1, 1), rows });
  }

  /** A column of formulas, one per row, starting at a 0-based row and column. */
  formulaColumn(row: number, column: number, cells: readonly string[]): void {
    if (cells.length > 0) this.formulas.push({ at: boxToA1(row, column, 1, 1), rows: cells.map((f) => [f]) });
  }

  style(row: number, column: number, height: number, width: number, style: Omit<CellStyle, 'range'>): void {
    this.styles.push({ range: boxToA1(row, column, height, width), ...style });
  }

  chart(chart: Omit<ChartPlan, 'source' | 'anchor'>, source: { row: number; column: number; height: number; width: number }, anchor: { row: number; column: number }): void {
    this.charts.push({
      ...chart,
      source: boxToA1(source.row, source.column, source.height, source.width),
      anchor: boxToA1(anchor.row, anchor.column, 1, 1),
    });
  }

  width(column: number, pixels: number): void {
    this.widths.set(column, Math.max(this.widths.get(column) ?? 0, pixels));
  }

  build(extra: Partial<Pick<SheetPlan, 'frozenRows' | 'activate' | 'protection' | 'appends'>> = {}): SheetPlan {
    return {
      key: this.key,
      target: this.target,
      values: this.values,
      ...(this.formulas.length > 0 ? { formulas: this.formulas } : {}),
      numberFormats: this.formats,
      styles: this.styles,
      charts: this.charts,
      columnWidths: [...this.widths.entries()].map(([column, width]) => ({ column: boxToA1(0, column, 1, 1).replace(/\d+$/, ''), width })),
      ...extra,
    };
  }
}
