/**
 * An in-memory SpreadsheetApp for tests: the part of the Apps Script surface DealKit uses, behaving as
 * Apps Script does where a shell could get it wrong.
 *
 * Faithful on purpose:
 * - rows and columns are 1-based; `getRange('B2:C3')`, `getRange("'Sheet 1'!B2")` (on the spreadsheet),
 *   `getRange(row, col)`, `getRange(row, col, numRows)`, `getRange(row, col, numRows, numCols)`;
 * - `setValues` / `setFormulas` / `setNumberFormats` throw Apps Script's message when the data's size
 *   differs from the range's; a value clears a cell's formula and a formula replaces its value;
 * - a string written with `setValue(s)` that starts with "=" becomes a formula, one that starts with "'"
 *   is stored as the text after the apostrophe, and a plain decimal number string becomes a number
 *   (dates are not parsed);
 * - `getSheetByName` returns null when missing (case-insensitive, as Sheets); `insertSheet` throws on a
 *   taken name; `setConditionalFormatRules` replaces the sheet's rules; `setNamedRange` replaces a name.
 * - executions (`app.execute(name, run)`, which `gas-vm` wraps around every server call): Apps Script
 *   batches an execution's cell writes, so another execution does not see them until the writer calls
 *   `SpreadsheetApp.flush()` or ends; the writer reads its own writes. The document lock has one
 *   holder at a time; `waitLock` by another execution while it is held times out (a nested execution
 *   cannot wait for the one it interrupted), and an execution's lock is released when it ends. A test
 *   interleaves two executions by starting the second from a lock hook (`whenReleased`, `whenAcquired`).
 *   https://developers.google.com/apps-script/reference/lock/lock#releaseLock() asks for flush() before
 *   releaseLock() for exactly this reason.
 * Not modelled: formula evaluation (a formula cell's value reads as ""), merged cells, filters, and
 * A1 ranges over whole rows or columns ("A:A") except where noted. Structure changes (sheets, names,
 * protections, charts, conditional formats, frozen rows, widths) take effect at once, unbatched.
 *
 * Every call on a range or sheet that reads or writes cells is recorded in `app.log` so a test can count
 * reads and writes (`app.writes('setValues')`).
 */

import { boxToA1, columnLettersOfNumber, parseA1, parseColumnSpan, type CellBox } from '../shared/a1';

export type FakeValue = string | number | boolean | Date;

export interface CallRecord {
  readonly method: string;
  /** "Sheet!A1:B2" for range calls, the sheet name for sheet calls, "" for spreadsheet calls. */
  readonly target: string;
  readonly kind: 'read' | 'write';
}

interface CellStyleState {
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  background?: string;
  fontColor?: string;
  align?: string;
}

export interface FakeCell {
  value: FakeValue;
  formula: string;
  numberFormat?: string;
  validation?: FakeDataValidation;
  style: CellStyleState;
  note?: string;
}

const MAX_ROWS_DEFAULT = 1000;
const MAX_COLUMNS_DEFAULT = 26;

function a1Of(row: number, col: number, rows: number, cols: number): string {
  return boxToA1(row - 1, col - 1, rows, cols);
}

/** Parses "B2", "B2:C3" or "A:A" (whole column, to the sheet's max rows); 1-based. */
function parseRangeA1(a1: string, maxRows: number): { row: number; col: number; rows: number; cols: number } {
  const span = parseColumnSpan(a1);
  if (span) return { row: 1, col: span.column + 1, rows: maxRows, cols: span.width };
  let box: CellBox;
  try {
    box = parseA1(a1);
  } catch {
    throw new Error('Exception: Range not found');
  }
  return { row: box.row + 1, col: box.column + 1, rows: box.height, cols: box.width };
}

/** "'My sheet'!B2:C3" → sheet name and A1. */
function splitSheetRef(ref: string): { sheet?: string; a1: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { a1: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, a1: ref.slice(bang + 1) };
}

function storedFromValue(v: unknown): { value: FakeValue; formula: string } {
  if (v === null || v === undefined) return { value: '', formula: '' };
  if (typeof v === 'string') {
    if (v.startsWith('=') && v.length > 1) return { value: '', formula: v };
    if (v.startsWith("'")) return { value: v.slice(1), formula: '' };
    if (/^-?\d+(\.\d+)?$/.test(v.trim())) return { value: Number(v), formula: '' };
    return { value: v, formula: '' };
  }
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return { value: v, formula: '' };
  return { value: String(v), formula: '' };
}

// ---------------------------------------------------------------------------------------------
// Builders

export interface FakeDataValidation {
  getCriteriaType(): string;
  getCriteriaValues(): unknown[];
  getAllowInvalid(): boolean;
  getHelpText(): string;
}

export class FakeDataValidationBuilder {
  private criteria = '';
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';
  private set(criteria: string, values: unknown[]): this {
    this.criteria = criteria;
    this.values = values;
    return this;
  }
  requireValueInList(items: string[], showDropdown = true): this {
    return this.set('VALUE_IN_LIST', [items.slice(), showDropdown]);
  }
  requireValueInRange(range: FakeRange, showDropdown = true): this {
    if (!(range instanceof FakeRange)) throw new Error("Exception: The parameters (null) don't match the method signature for DataValidationBuilder.requireValueInRange.");
    return this.set('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this.set('CHECKBOX', checked === undefined ? [] : [checked, unchecked]);
  }
  requireNumberBetween(a: number, b: number): this {
    return this.set('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberGreaterThanOrEqualTo(a: number): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [a]);
  }
  requireNumberLessThanOrEqualTo(a: number): this {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [a]);
  }
  requireNumberEqualTo(a: number): this {
    return this.set('NUMBER_EQUAL_TO', [a]);
  }
  requireDate(): this {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new Error('Exception: Data validation criteria must be set.');
    const { criteria, values, allowInvalid, helpText } = this;
    return {
      getCriteriaType: () => criteria,
      getCriteriaValues: () => values.slice(),
      getAllowInvalid: () => allowInvalid,
      getHelpText: () => helpText,
    };
  }
}

export interface FakeConditionalFormatRule {
  readonly condition: { readonly type: string; readonly values: readonly unknown[] };
  readonly background?: string;
  readonly fontColor?: string;
  getRanges(): FakeRange[];
}

export class FakeConditionalFormatRuleBuilder {
  private condition?: { type: string; values: unknown[] };
  private background?: string;
  private fontColor?: string;
  private ranges: FakeRange[] = [];
  private when(type: string, values: unknown[]): this {
    this.condition = { type, values };
    return this;
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQ', [text]);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('NUMBER_BETWEEN', [a, b]);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  setBackground(color: string | null): this {
    this.background = color ?? undefined;
    return this;
  }
  setFontColor(color: string | null): this {
    this.fontColor = color ?? undefined;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.ranges = ranges.slice();
    return this;
  }
  build(): FakeConditionalFormatRule {
    if (!this.condition) throw new Error('Exception: A conditional format rule needs a condition.');
    if (!this.ranges.length) throw new Error('Exception: A conditional format rule needs at least one range.');
    const ranges = this.ranges.slice();
    return { condition: this.condition, background: this.background, fontColor: this.fontColor, getRanges: () => ranges.slice() };
  }
}

export const FAKE_CHART_TYPES = {
  AREA: 'AREA',
  BAR: 'BAR',
  COLUMN: 'COLUMN',
  LINE: 'LINE',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  TABLE: 'TABLE',
  WATERFALL: 'WATERFALL',
} as const;

export interface FakeChart {
  readonly type: string;
  readonly ranges: readonly FakeRange[];
  readonly position: { row: number; column: number; offsetX: number; offsetY: number };
  readonly options: Readonly<Record<string, unknown>>;
}

export class FakeChartBuilder {
  private type = '';
  private ranges: FakeRange[] = [];
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  private options: Record<string, unknown> = {};
  setChartType(type: string): this {
    if (!type) throw new Error('Exception: Invalid argument: chartType');
    this.type = type;
    return this;
  }
  asBarChart(): this {
    return this.setChartType('BAR');
  }
  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }
  asLineChart(): this {
    return this.setChartType('LINE');
  }
  asPieChart(): this {
    return this.setChartType('PIE');
  }
  addRange(range: FakeRange): this {
    this.ranges.push(range);
    return this;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): this {
    this.position = { row, column, offsetX, offsetY };
    return this;
  }
  setOption(name: string, value: unknown): this {
    this.options[name] = value;
    return this;
  }
  setNumHeaders(n: number): this {
    return this.setOption('headers', n);
  }
  build(): FakeChart {
    if (!this.type) throw new Error('Exception: Chart type not set.');
    return { type: this.type, ranges: this.ranges.slice(), position: { ...this.position }, options: { ...this.options } };
  }
}

// ---------------------------------------------------------------------------------------------
// Protection

export class FakeProtection {
  private warningOnly = false;
  private unprotected: FakeRange[] = [];
  private description = '';
  removed = false;
  constructor(private readonly owner: FakeSheet) {}
  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setUnprotectedRanges(ranges: FakeRange[]): this {
    for (const r of ranges) if (r.getSheet() !== this.owner) throw new Error('Exception: Unprotected ranges must be on the protected sheet.');
    this.unprotected = ranges.slice();
    return this;
  }
  getUnprotectedRanges(): FakeRange[] {
    return this.unprotected.slice();
  }
  setDescription(text: string): this {
    this.description = text;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  remove(): void {
    this.removed = true;
    this.owner.protections = this.owner.protections.filter((p) => p !== this);
  }
}

// ---------------------------------------------------------------------------------------------
// Range

export class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly col: number,
    private readonly numRows: number,
    private readonly numCols: number,
  ) {
    if (row < 1 || col < 1 || numRows < 1 || numCols < 1) throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
  }

  private record(method: string, kind: 'read' | 'write'): void {
    this.sheet.app.log.push({ method, target: `${this.sheet.getName()}!${this.getA1Notation()}`, kind });
  }

  private checkSize(what: unknown, method: string): unknown[][] {
    if (!Array.isArray(what) || what.some((row) => !Array.isArray(row))) {
      throw new Error(`Exception: The parameters (${typeof what}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    const rows = what as unknown[][];
    if (rows.length !== this.numRows) {
      throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.numRows}.`);
    }
    for (const row of rows) {
      if (row.length !== this.numCols) {
        throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numCols}.`);
      }
    }
    return rows;
  }

  private each(fn: (cell: FakeCell, r: number, c: number) => void): void {
    for (let r = 0; r < this.numRows; r += 1) for (let c = 0; c < this.numCols; c += 1) fn(this.sheet.cell(this.row + r, this.col + c), r, c);
  }

  private peek(r: number, c: number): FakeCell | undefined {
    return this.sheet.peekCell(this.row + r, this.col + c);
  }

  private grid<T>(pick: (cell: FakeCell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r += 1) {
      const row: T[] = [];
      for (let c = 0; c < this.numCols; c += 1) row.push(pick(this.peek(r, c)));
      out.push(row);
    }
    return out;
  }

  getSheet(): FakeSheet {
    return this.sheet;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  getA1Notation(): string {
    return a1Of(this.row, this.col, this.numRows, this.numCols);
  }

  getValues(): FakeValue[][] {
    this.record('getValues', 'read');
    return this.grid((cell) => (cell ? cell.value : ''));
  }
  getValue(): FakeValue {
    this.record('getValue', 'read');
    return this.peek(0, 0)?.value ?? '';
  }
  getDisplayValues(): string[][] {
    this.record('getDisplayValues', 'read');
    return this.grid((cell) => (cell ? String(cell.value) : ''));
  }
  getFormulas(): string[][] {
    this.record('getFormulas', 'read');
    return this.grid((cell) => (cell ? cell.formula : ''));
  }
  getFormula(): string {
    this.record('getFormula', 'read');
    return this.peek(0, 0)?.formula ?? '';
  }
  getNumberFormats(): string[][] {
    this.record('getNumberFormats', 'read');
    return this.grid((cell) => cell?.numberFormat ?? '0.###############');
  }
  getNumberFormat(): string {
    this.record('getNumberFormat', 'read');
    return this.peek(0, 0)?.numberFormat ?? '0.###############';
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    this.record('getDataValidations', 'read');
    return this.grid((cell) => cell?.validation ?? null);
  }
  getDataValidation(): FakeDataValidation | null {
    this.record('getDataValidation', 'read');
    return this.peek(0, 0)?.validation ?? null;
  }
  getBackground(): string {
    this.record('getBackground', 'read');
    return this.peek(0, 0)?.style.background ?? '#ffffff';
  }
  getFontWeight(): string {
    this.record('getFontWeight', 'read');
    return this.peek(0, 0)?.style.bold ? 'bold' : 'normal';
  }

  setValues(values: unknown[][]): this {
    const rows = this.checkSize(values, 'setValues');
    this.record('setValues', 'write');
    this.each((cell, r, c) => Object.assign(cell, storedFromValue(rows[r][c])));
    return this;
  }
  setValue(value: unknown): this {
    this.record('setValue', 'write');
    this.each((cell) => Object.assign(cell, storedFromValue(value)));
    return this;
  }
  setFormulas(formulas: unknown[][]): this {
    const rows = this.checkSize(formulas, 'setFormulas');
    for (const row of rows) {
      for (const f of row) {
        if (typeof f !== 'string') throw new Error(`Exception: The parameters (${f === null ? 'null' : typeof f}) don't match the method signature for SpreadsheetApp.Range.setFormulas.`);
      }
    }
    this.record('setFormulas', 'write');
    this.each((cell, r, c) => Object.assign(cell, storedFromValue(rows[r][c] as string)));
    return this;
  }
  setFormula(formula: string): this {
    this.record('setFormula', 'write');
    this.each((cell) => Object.assign(cell, storedFromValue(formula)));
    return this;
  }
  setNumberFormat(format: string): this {
    this.record('setNumberFormat', 'write');
    this.each((cell) => (cell.numberFormat = format));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    const rows = this.checkSize(formats, 'setNumberFormats');
    this.record('setNumberFormats', 'write');
    this.each((cell, r, c) => (cell.numberFormat = String(rows[r][c])));
    return this;
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    this.record('setDataValidation', 'write');
    this.each((cell) => (cell.validation = rule ?? undefined));
    return this;
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }
  private styleAll(method: string, patch: CellStyleState): this {
    this.record(method, 'write');
    this.each((cell) => Object.assign(cell.style, patch));
    return this;
  }
  setFontWeight(weight: string | null): this {
    return this.styleAll('setFontWeight', { bold: weight === 'bold' });
  }
  setFontStyle(style: string | null): this {
    return this.styleAll('setFontStyle', { italic: style === 'italic' });
  }
  setWrap(wrap: boolean): this {
    return this.styleAll('setWrap', { wrap });
  }
  setBackground(color: string | null): this {
    return this.styleAll('setBackground', { background: color ?? undefined });
  }
  setFontColor(color: string | null): this {
    return this.styleAll('setFontColor', { fontColor: color ?? undefined });
  }
  setHorizontalAlignment(align: string | null): this {
    return this.styleAll('setHorizontalAlignment', { align: align ?? undefined });
  }
  setNote(note: string): this {
    this.record('setNote', 'write');
    this.each((cell) => (cell.note = note));
    return this;
  }
  clear(): this {
    this.record('clear', 'write');
    this.each((cell) => Object.assign(cell, { value: '', formula: '', numberFormat: undefined, style: {}, validation: undefined }));
    return this;
  }
  clearContent(): this {
    this.record('clearContent', 'write');
    this.each((cell) => Object.assign(cell, { value: '', formula: '' }));
    return this;
  }
  activate(): this {
    this.sheet.app.spreadsheet.setActiveSheet(this.sheet);
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Sheet

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  protections: FakeProtection[] = [];
  conditionalRules: FakeConditionalFormatRule[] = [];
  charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  private frozenRows = 0;
  private frozenColumns = 0;
  private readonly maxRows = MAX_ROWS_DEFAULT;
  private readonly maxColumns = MAX_COLUMNS_DEFAULT;
  private static nextId = 1;
  readonly sheetId = FakeSheet.nextId++;

  constructor(
    readonly app: FakeSpreadsheetApp,
    private name: string,
  ) {}

  private record(method: string, kind: 'read' | 'write'): void {
    this.app.log.push({ method, target: this.name, kind });
  }

  /** The running execution's unflushed cells of this sheet (created on its first write). */
  private pendingCells(create: boolean): Map<string, FakeCell> | undefined {
    const execution = this.app.currentExecution;
    if (!execution) return undefined;
    let cells = execution.pending.get(this);
    if (!cells && create) {
      cells = new Map();
      execution.pending.set(this, cells);
    }
    return cells;
  }

  /** The cell to write: inside an execution, a pending copy that others see only once flushed. */
  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    const pending = this.pendingCells(true);
    if (pending) {
      let cell = pending.get(key);
      if (!cell) {
        const committed = this.cells.get(key);
        cell = committed ? { ...committed, style: { ...committed.style } } : { value: '', formula: '', style: {} };
        pending.set(key, cell);
      }
      return cell;
    }
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: '', formula: '', style: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The cell as the running execution sees it: its own pending writes over what was flushed. */
  peekCell(row: number, col: number): FakeCell | undefined {
    const key = `${row},${col}`;
    return this.pendingCells(false)?.get(key) ?? this.cells.get(key);
  }

  /** Every cell the running execution sees. */
  visibleCells(): Map<string, FakeCell> {
    const pending = this.pendingCells(false);
    if (!pending) return this.cells;
    const all = new Map(this.cells);
    for (const [key, cell] of pending) all.set(key, cell);
    return all;
  }

  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    if (this.app.spreadsheet.getSheets().some((s) => s !== this && s.getName().toLowerCase() === name.toLowerCase())) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.name = name;
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this.app.spreadsheet.getSheets().indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this.app.spreadsheet;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }

  getRange(a1OrRow: string | number, col?: number, numRows?: number, numCols?: number): FakeRange {
    if (typeof a1OrRow === 'string') {
      const { sheet, a1 } = splitSheetRef(a1OrRow);
      if (sheet !== undefined && sheet.toLowerCase() !== this.name.toLowerCase()) throw new Error('Exception: Range not found');
      const box = parseRangeA1(a1, this.maxRows);
      return new FakeRange(this, box.row, box.col, box.rows, box.cols);
    }
    if (col === undefined) throw new Error("Exception: The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return new FakeRange(this, a1OrRow, col, numRows ?? 1, numCols ?? 1);
  }

  /** Rows and columns holding a value or formula, as Apps Script counts them. */
  getLastRow(): number {
    let last = 0;
    for (const [key, cell] of this.visibleCells()) if (cell.value !== '' || cell.formula !== '') last = Math.max(last, Number(key.split(',')[0]));
    return last;
  }
  getLastColumn(): number {
    let last = 0;
    for (const [key, cell] of this.visibleCells()) if (cell.value !== '' || cell.formula !== '') last = Math.max(last, Number(key.split(',')[1]));
    return last;
  }
  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  clear(): this {
    this.record('clear', 'write');
    const pending = this.pendingCells(true);
    if (pending) for (const key of this.visibleCells().keys()) pending.set(key, { value: '', formula: '', style: {} });
    else this.cells.clear();
    return this;
  }
  clearContents(): this {
    this.record('clearContents', 'write');
    for (const key of [...this.visibleCells().keys()]) {
      const [row, col] = key.split(',').map(Number);
      Object.assign(this.cell(row, col), { value: '', formula: '' });
    }
    return this;
  }

  setFrozenRows(rows: number): void {
    this.record('setFrozenRows', 'write');
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(cols: number): void {
    this.record('setFrozenColumns', 'write');
    this.frozenColumns = cols;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setColumnWidth(column: number, width: number): this {
    this.record('setColumnWidth', 'write');
    this.columnWidths.set(column, width);
    return this;
  }
  getColumnWidth(column: number): number {
    return this.columnWidths.get(column) ?? 100;
  }

  protect(): FakeProtection {
    this.record('protect', 'write');
    const protection = new FakeProtection(this);
    this.protections.push(protection);
    return protection;
  }
  getProtections(type: string): FakeProtection[] {
    return type === 'SHEET' ? this.protections.slice() : [];
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return this.conditionalRules.slice();
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.record('setConditionalFormatRules', 'write');
    for (const rule of rules) for (const r of rule.getRanges()) if (r.getSheet() !== this) throw new Error('Exception: Conditional format rule ranges must be on this sheet.');
    this.conditionalRules = rules.slice();
  }

  newChart(): FakeChartBuilder {
    return new FakeChartBuilder();
  }
  insertChart(chart: FakeChart): void {
    this.record('insertChart', 'write');
    this.charts.push(chart);
  }
  getCharts(): FakeChart[] {
    return this.charts.slice();
  }
  removeChart(chart: FakeChart): void {
    this.record('removeChart', 'write');
    this.charts = this.charts.filter((c) => c !== chart);
  }

  activate(): this {
    this.app.spreadsheet.setActiveSheet(this);
    return this;
  }

  // Test helpers (not Apps Script): plain snapshots for assertions.

  /** Every non-empty cell as "A1" → value or formula, for "nothing changed" checks. */
  snapshot(): Record<string, FakeValue> {
    const out: Record<string, FakeValue> = {};
    for (const [key, cell] of this.visibleCells()) {
      const [r, c] = key.split(',').map(Number);
      if (cell.formula) out[`${columnLettersOfNumber(c)}${r}`] = cell.formula;
      else if (cell.value !== '') out[`${columnLettersOfNumber(c)}${r}`] = cell.value;
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet

export class FakeNamedRange {
  constructor(
    private readonly owner: FakeSpreadsheet,
    private readonly name: string,
    private range: FakeRange,
  ) {}
  getName(): string {
    return this.name;
  }
  getRange(): FakeRange {
    return this.range;
  }
  setRange(range: FakeRange): this {
    this.range = range;
    return this;
  }
  remove(): void {
    this.owner.namedRanges = this.owner.namedRanges.filter((n) => n !== this);
  }
}

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  namedRanges: FakeNamedRange[] = [];
  private active?: FakeSheet;
  locale = 'en_US';
  /** Spreadsheet.getSpreadsheetTimeZone(): an IANA zone name, as File > Settings sets it. */
  timeZone = 'Etc/UTC';

  constructor(
    private readonly app: FakeSpreadsheetApp,
    private readonly name = 'Deals workbook',
  ) {}

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  getName(): string {
    return this.name;
  }
  getId(): string {
    return 'fake-spreadsheet-id';
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  getSheets(): FakeSheet[] {
    return this.sheets.slice();
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.getName().toLowerCase() === name.toLowerCase()) ?? null;
  }
  /** insertSheet(), insertSheet(name), insertSheet(name, index) (0-based index, as Apps Script). */
  insertSheet(name?: string, index?: number): FakeSheet {
    this.app.log.push({ method: 'insertSheet', target: name ?? '', kind: 'write' });
    let final = name;
    if (final === undefined) {
      let n = this.sheets.length + 1;
      while (this.getSheetByName(`Sheet${n}`)) n += 1;
      final = `Sheet${n}`;
    }
    if (this.getSheetByName(final)) throw new Error(`Exception: A sheet with the name "${final}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this.app, final);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active === sheet) this.active = this.sheets[0];
  }
  getActiveSheet(): FakeSheet {
    return this.active ?? this.sheets[0];
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.active = sheet;
    return sheet;
  }
  /** "'Sheet name'!B2:C3" (or an A1 on the active sheet). */
  getRange(ref: string): FakeRange {
    const { sheet, a1 } = splitSheetRef(ref);
    const target = sheet === undefined ? this.getActiveSheet() : this.getSheetByName(sheet);
    if (!target) throw new Error('Exception: Range not found');
    return target.getRange(a1);
  }
  getRangeByName(name: string): FakeRange | null {
    return this.namedRanges.find((n) => n.getName().toLowerCase() === name.toLowerCase())?.getRange() ?? null;
  }
  getNamedRanges(): FakeNamedRange[] {
    return this.namedRanges.slice();
  }
  setNamedRange(name: string, range: FakeRange): void {
    this.app.log.push({ method: 'setNamedRange', target: name, kind: 'write' });
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new Error(`Exception: Invalid range name: ${name}`);
    this.namedRanges = this.namedRanges.filter((n) => n.getName().toLowerCase() !== name.toLowerCase());
    this.namedRanges.push(new FakeNamedRange(this, name, range));
  }
  removeNamedRange(name: string): void {
    this.namedRanges = this.namedRanges.filter((n) => n.getName().toLowerCase() !== name.toLowerCase());
  }
  toast(message: string, title?: string): void {
    this.app.toasts.push({ message, title });
  }
}

// ---------------------------------------------------------------------------------------------
// Ui, HtmlService, LockService, PropertiesService

export interface FakeMenu {
  readonly title: string;
  readonly items: ({ caption: string; functionName: string } | { separator: true } | { subMenu: FakeMenu })[];
  addItem(caption: string, functionName: string): FakeMenu;
  addSeparator(): FakeMenu;
  addSubMenu(menu: FakeMenu): FakeMenu;
  addToUi(): void;
}

export class FakeHtmlOutput {
  private title = '';
  private width?: number;
  private height?: number;
  constructor(
    private content: string,
    readonly fileName?: string,
  ) {}
  append(html: string): this {
    this.content += html;
    return this;
  }
  setContent(html: string): this {
    this.content = html;
    return this;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getContent(): string {
    return this.content;
  }
  size(): { width?: number; height?: number } {
    return { width: this.width, height: this.height };
  }
}

export class FakeUi {
  readonly menus: FakeMenu[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { html: FakeHtmlOutput; title: string }[] = [];
  readonly alerts: string[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  /** What the next `alert` with buttons answers. */
  nextAlertAnswer = 'OK';

  createMenu(title: string): FakeMenu {
    const menu: FakeMenu = {
      title,
      items: [],
      addItem(caption, functionName) {
        menu.items.push({ caption, functionName });
        return menu;
      },
      addSeparator() {
        menu.items.push({ separator: true });
        return menu;
      },
      addSubMenu(sub) {
        menu.items.push({ subMenu: sub });
        return menu;
      },
      addToUi: () => {
        this.menus.push(menu);
      },
    };
    return menu;
  }
  /** An Editor add-on's menu, under Extensions; its title is the add-on's name. */
  createAddonMenu(): FakeMenu {
    return this.createMenu('(add-on)');
  }
  showSidebar(html: FakeHtmlOutput): void {
    this.sidebars.push(html);
  }
  showModalDialog(html: FakeHtmlOutput, title: string): void {
    this.dialogs.push({ html, title });
  }
  showModelessDialog(html: FakeHtmlOutput, title: string): void {
    this.dialogs.push({ html, title });
  }
  alert(message: string, ..._rest: unknown[]): string {
    this.alerts.push(message);
    return this.nextAlertAnswer;
  }
}

/** One Apps Script execution: its cell writes not yet flushed, by sheet. */
export class FakeExecution {
  readonly pending = new Map<FakeSheet, Map<string, FakeCell>>();
  constructor(readonly name: string) {}
  /** Cells written and not yet flushed. */
  pendingWrites(): number {
    let n = 0;
    for (const cells of this.pending.values()) n += cells.size;
    return n;
  }
}

/** Code a test runs outside any execution (seeding, direct calls of a shell module). */
const OUTSIDE = new FakeExecution('(test)');

export class FakeLock {
  private holder: FakeExecution | null = null;
  acquisitions = 0;
  /** For each release: how many cell writes the releasing execution still had unflushed. */
  readonly pendingAtRelease: number[] = [];
  private onAcquired: (() => void)[] = [];
  private onReleased: (() => void)[] = [];

  constructor(private readonly app?: FakeSpreadsheetApp) {}

  private caller(): FakeExecution {
    return this.app?.currentExecution ?? OUTSIDE;
  }
  /** Whether any execution holds the lock. */
  get held(): boolean {
    return this.holder !== null;
  }
  /** Runs `then` once, right after the next acquisition (another execution started then finds it held). */
  whenAcquired(then: () => void): void {
    this.onAcquired.push(then);
  }
  /** Runs `then` once, right after the next release, before the releasing execution goes on. */
  whenReleased(then: () => void): void {
    this.onReleased.push(then);
  }
  private acquire(me: FakeExecution): boolean {
    // Outside an execution every call is a stranger to the holder, as the fake's callers always were.
    if (this.holder !== null && (this.holder !== me || me === OUTSIDE)) return false;
    if (this.holder === me) return true;
    this.holder = me;
    this.acquisitions += 1;
    const hooks = this.onAcquired;
    this.onAcquired = [];
    for (const hook of hooks) hook();
    return true;
  }
  waitLock(_ms: number): void {
    if (!this.acquire(this.caller())) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  tryLock(_ms: number): boolean {
    return this.acquire(this.caller());
  }
  hasLock(): boolean {
    return this.holder !== null && this.holder === this.caller();
  }
  releaseLock(): void {
    const me = this.caller();
    if (this.holder !== me) return;
    this.pendingAtRelease.push(me.pendingWrites());
    this.holder = null;
    const hooks = this.onReleased;
    this.onReleased = [];
    for (const hook of hooks) hook();
  }
  /** An execution's locks are released when it ends. */
  executionEnded(execution: FakeExecution): void {
    if (this.holder === execution) this.holder = null;
  }
}

export class FakeProperties {
  private readonly store = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    this.store.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
}

// ---------------------------------------------------------------------------------------------
// The app

export class FakeSpreadsheetApp {
  readonly log: CallRecord[] = [];
  readonly toasts: { message: string; title?: string }[] = [];
  readonly ui = new FakeUi();
  readonly spreadsheet: FakeSpreadsheet;
  flushes = 0;
  private readonly executions: FakeExecution[] = [];
  /** Locks whose holder is released when an execution ends. */
  readonly locks: FakeLock[] = [];

  readonly ProtectionType = { SHEET: 'SHEET', RANGE: 'RANGE' } as const;
  readonly DataValidationCriteria = {
    VALUE_IN_LIST: 'VALUE_IN_LIST',
    VALUE_IN_RANGE: 'VALUE_IN_RANGE',
    CHECKBOX: 'CHECKBOX',
    NUMBER_BETWEEN: 'NUMBER_BETWEEN',
    DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  } as const;
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;

  constructor(sheetNames: readonly string[] = ['Sheet1']) {
    this.spreadsheet = new FakeSpreadsheet(this);
    for (const name of sheetNames) this.spreadsheet.sheets.push(new FakeSheet(this, name));
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getActiveSheet(): FakeSheet {
    return this.spreadsheet.getActiveSheet();
  }
  getUi(): FakeUi {
    return this.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
  flush(): void {
    this.flushes += 1;
    const execution = this.currentExecution;
    if (execution) this.commit(execution);
  }

  /** The innermost running execution; undefined outside any. */
  get currentExecution(): FakeExecution | undefined {
    return this.executions[this.executions.length - 1];
  }

  /**
   * Runs `run` as one Apps Script execution: its writes stay pending until it flushes or ends, and
   * whatever lock it still holds is released when it ends. Executions may nest (a second user's call
   * started from a lock hook); the inner one sees only what the outer one flushed.
   */
  execute<T>(name: string, run: () => T): T {
    const execution = new FakeExecution(name);
    this.executions.push(execution);
    try {
      return run();
    } finally {
      this.commit(execution);
      this.executions.pop();
      for (const lock of this.locks) lock.executionEnded(execution);
    }
  }

  private commit(execution: FakeExecution): void {
    for (const [sheet, cells] of execution.pending) for (const [key, cell] of cells) sheet.cells.set(key, cell);
    execution.pending.clear();
  }

  /** Calls recorded with this method name (e.g. 'setValues'). */
  calls(method: string): CallRecord[] {
    return this.log.filter((c) => c.method === method);
  }
  reads(): CallRecord[] {
    return this.log.filter((c) => c.kind === 'read');
  }
  writes(method?: string): CallRecord[] {
    return this.log.filter((c) => c.kind === 'write' && (method === undefined || c.method === method));
  }
  /** Forget the calls so far (after seeding a workbook). */
  resetLog(): void {
    this.log.length = 0;
  }
}

/** The Apps Script globals DealKit touches, backed by one fake workbook. */
export interface FakeGasGlobals {
  readonly SpreadsheetApp: FakeSpreadsheetApp;
  readonly Charts: { readonly ChartType: typeof FAKE_CHART_TYPES };
  readonly LockService: { getDocumentLock(): FakeLock; getScriptLock(): FakeLock; getUserLock(): FakeLock };
  readonly HtmlService: {
    createHtmlOutputFromFile(name: string): FakeHtmlOutput;
    createHtmlOutput(html?: string): FakeHtmlOutput;
    createTemplateFromFile(name: string): never;
  };
  readonly PropertiesService: { getDocumentProperties(): FakeProperties; getUserProperties(): FakeProperties; getScriptProperties(): FakeProperties };
  readonly Session: { getActiveUserLocale(): string };
  readonly Logger: { log(...args: unknown[]): void; readonly lines: string[] };
  /** The one document lock, to check the shell took and released it. */
  readonly documentLock: FakeLock;
}

/** Builds the globals; `files` are the HTML files HtmlService can serve by name. */
export function createGasGlobals(options: { sheets?: readonly string[]; files?: Readonly<Record<string, string>>; userLocale?: string } = {}): FakeGasGlobals {
  const app = new FakeSpreadsheetApp(options.sheets ?? ['Sheet1']);
  const documentLock = new FakeLock(app);
  const scriptLock = new FakeLock(app);
  const userLock = new FakeLock(app);
  app.locks.push(documentLock, scriptLock, userLock);
  const documentProperties = new FakeProperties();
  const userProperties = new FakeProperties();
  const scriptProperties = new FakeProperties();
  const lines: string[] = [];
  return {
    SpreadsheetApp: app,
    Charts: { ChartType: FAKE_CHART_TYPES },
    LockService: { getDocumentLock: () => documentLock, getScriptLock: () => scriptLock, getUserLock: () => userLock },
    HtmlService: {
      createHtmlOutputFromFile(name: string) {
        const content = options.files?.[name] ?? options.files?.[`${name}.html`];
        if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
        return new FakeHtmlOutput(content, name);
      },
      createHtmlOutput(html = '') {
        return new FakeHtmlOutput(html);
      },
      createTemplateFromFile(): never {
        throw new Error('DealKit serves its HTML as files, not templates (a "<?" in a bundle would be read as template code).');
      },
    },
    PropertiesService: {
      getDocumentProperties: () => documentProperties,
      getUserProperties: () => userProperties,
      getScriptProperties: () => scriptProperties,
    },
    Session: { getActiveUserLocale: () => options.userLocale ?? 'en' },
    Logger: { log: (...args: unknown[]) => void lines.push(args.map(String).join(' ')), lines },
    documentLock,
  };
}
