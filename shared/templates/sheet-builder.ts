import { DealKitError } from '../errors';
import { text } from '../i18n';
import type { A1, CellStyle, ChartPlan, ConditionalFormat, FormulaBlock, PlanValue, PrintSetup, SheetPlan, SheetTarget, Validation, ValueBlock } from '../plan';
import { cellAt, parseCellNumbers, parseRangeNumbers } from '../a1';

/**
 * An input of a template: a range the user edits. Choice inputs carry their validation; free-text
 * inputs (names, notes, evidence) have none because no validation kind can describe prose.
 */
export interface TemplateInput {
  readonly range: A1;
  readonly validation?: Validation;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A validation without its range: the builder attaches the input's range. */
export type ValidationRule = DistributiveOmit<Validation, 'range'>;

type Cell = { readonly kind: 'value'; readonly value: PlanValue } | { readonly kind: 'formula'; readonly formula: string };

/**
 * Collects a sheet cell by cell and emits it as few rectangular blocks as it can, so appliers make
 * one host call per block rather than per cell. Writing a cell twice is a layout bug and throws.
 */
export class SheetBuilder {
  private readonly cells = new Map<string, Cell>();
  private readonly inputList: TemplateInput[] = [];
  private readonly validations: Validation[] = [];
  private readonly styles: CellStyle[] = [];
  private readonly formats: { range: A1; format: string }[] = [];
  private readonly conditionals: ConditionalFormat[] = [];
  private readonly widths: { column: string; width: number }[] = [];
  private readonly charts: ChartPlan[] = [];
  private frozen?: number;
  private protect = false;
  /** Every template prints one page wide: a sheet cut into columns on separate pages cannot be read. */
  private printSetup: PrintSetup = { fitToWidth: true };

  constructor(
    readonly key: string,
    private readonly target: SheetTarget,
    private readonly extra: Pick<SheetPlan, 'activate' | 'onlyIfNamedRangeMissing'> = {},
  ) {}

  private put(at: A1, cell: Cell): void {
    const { column, row } = parseCellNumbers(at);
    const id = cellAt(column, row);
    if (this.cells.has(id)) throw new DealKitError(text(`Cell ${id} written twice`, `单元格 ${id} 被写入两次`), id);
    this.cells.set(id, cell);
  }

  value(at: A1, value: PlanValue): this {
    if (value !== null && value !== '') this.put(at, { kind: 'value', value });
    return this;
  }

  /** Values across a row from `at`. */
  row(at: A1, values: readonly PlanValue[]): this {
    const { column, row } = parseCellNumbers(at);
    values.forEach((value, i) => this.value(cellAt(column + i, row), value));
    return this;
  }

  /** Values down a column from `at`. */
  column(at: A1, values: readonly PlanValue[]): this {
    const { column, row } = parseCellNumbers(at);
    values.forEach((value, i) => this.value(cellAt(column, row + i), value));
    return this;
  }

  /** A rectangle of values from `at`. */
  grid(at: A1, rows: readonly (readonly PlanValue[])[]): this {
    const { column, row } = parseCellNumbers(at);
    rows.forEach((values, i) => this.row(cellAt(column, row + i), values));
    return this;
  }

  formula(at: A1, formula: string): this {
    if (!formula.startsWith('=')) throw new DealKitError(text(`Formula at ${at} must start with =`, `${at} 的公式必须以 = 开头`), at);
    this.put(at, { kind: 'formula', formula });
    return this;
  }

  /** An input range; without a validation it is free text. */
  input(range: A1, validation?: ValidationRule): this {
    parseRangeNumbers(range);
    if (validation) {
      const full = { ...validation, range } as Validation;
      this.validations.push(full);
      this.inputList.push({ range, validation: full });
    } else {
      this.inputList.push({ range });
    }
    this.protect = true;
    return this;
  }

  style(style: CellStyle): this {
    this.styles.push(style);
    return this;
  }

  numberFormat(range: A1, format: string): this {
    this.formats.push({ range, format });
    return this;
  }

  conditional(format: ConditionalFormat): this {
    this.conditionals.push(format);
    return this;
  }

  width(column: string, width: number): this {
    this.widths.push({ column, width });
    return this;
  }

  /** Prints across the page, for sheets much wider than tall. */
  landscape(): this {
    this.printSetup = { ...this.printSetup, orientation: 'landscape' };
    return this;
  }

  freeze(rows: number): this {
    this.frozen = rows;
    return this;
  }

  chart(chart: ChartPlan): this {
    this.charts.push(chart);
    return this;
  }

  inputs(): readonly TemplateInput[] {
    return this.inputList;
  }

  build(): SheetPlan {
    const values: ValueBlock[] = [];
    const formulas: FormulaBlock[] = [];
    for (const rect of rectangles(this.cells, 'value')) {
      values.push({ at: cellAt(rect.column, rect.row), rows: rect.cells.map((r) => r.map((c) => (c.kind === 'value' ? c.value : null))) });
    }
    for (const rect of rectangles(this.cells, 'formula')) {
      formulas.push({ at: cellAt(rect.column, rect.row), rows: rect.cells.map((r) => r.map((c) => (c.kind === 'formula' ? c.formula : null))) });
    }
    return {
      key: this.key,
      target: this.target,
      values,
      formulas,
      validations: this.validations,
      numberFormats: this.formats,
      styles: this.styles,
      conditionalFormats: this.conditionals,
      columnWidths: this.widths,
      ...(this.frozen !== undefined ? { frozenRows: this.frozen } : {}),
      ...(this.protect ? { protection: { editable: this.inputList.map((i) => i.range) } } : {}),
      ...(this.charts.length > 0 ? { charts: this.charts } : {}),
      print: this.printSetup,
      ...this.extra,
    };
  }
}

interface Rect {
  column: number;
  row: number;
  width: number;
  cells: Cell[][];
}

/** Runs of same-kind cells along each row, then runs with the same span on consecutive rows merged. */
function rectangles(cells: ReadonlyMap<string, Cell>, kind: Cell['kind']): Rect[] {
  const byRow = new Map<number, { column: number; cell: Cell }[]>();
  for (const [id, cell] of cells) {
    if (cell.kind !== kind) continue;
    const { column, row } = parseCellNumbers(id);
    const list = byRow.get(row) ?? [];
    list.push({ column, cell });
    byRow.set(row, list);
  }
  const runs: Rect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const list = byRow.get(row)!.sort((a, b) => a.column - b.column);
    let current: Rect | undefined;
    for (const { column, cell } of list) {
      if (current && current.column + current.width === column) {
        current.cells[0].push(cell);
        current.width += 1;
      } else {
        current = { column, row, width: 1, cells: [[cell]] };
        runs.push(current);
      }
    }
  }
  const merged: Rect[] = [];
  const open = new Map<string, Rect>();
  for (const run of runs) {
    const key = `${run.column}:${run.width}`;
    const prev = open.get(key);
    if (prev && prev.row + prev.cells.length === run.row) {
      prev.cells.push(run.cells[0]);
    } else {
      open.set(key, run);
      merged.push(run);
    }
  }
  return merged;
}
