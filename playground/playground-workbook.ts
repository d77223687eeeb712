/**
 * The playground's workbook: a HyperFormula instance with the DealKit functions, the side table of
 * dropdowns and formats the plan applier keeps, and which sheet is active — everything the grid
 * draws and the wizards' backend reads and writes.
 *
 * Every write goes through here (applyPlan, setCellInput, setCellInputs, replaceWith) and is one
 * change: before writing, the parts about to change are captured (see workbook-captures.ts), so
 * undo puts them back. HyperFormula's own undo is off: it knows nothing of the side table or of
 * sheets a plan adds, and its stack would hold a second copy of every change.
 */
import { DetailedCellError, HyperFormula, type CellValue, type RawCellContent } from 'hyperformula';
import type { WritePlan } from '../shared/plan';
import type { ResolvedPlan, ResolvedSheet } from '../shared/plan-resolve';
import { firstCellOfReference, parseA1, parseSheetReference } from '../shared/a1';
import { todayIso } from '../shared/pipeline/dates';
import type { SheetValues } from '../shared/sheet-values';
import type { NamedRangeRead, ReadRequest, WorkbookReading } from '../shared/workbook/reading';
import type { SynchronousWorkbook } from '../shared/workbook/run-operation';
import { applyPlanToHyperFormula, dropdownItems, type PlaygroundExtras } from './apply-plan-hyperformula';
import { ChangeHistory } from './change-history';
import { registerDealKitFunctions } from './dealkit-plugin';
import { respillBlockedFormulas } from './respill';
import { capturesFor, SERIALIZED_WORKBOOK_FORMAT, SERIALIZED_WORKBOOK_VERSION, type SerializedWorkbook } from './serialized-workbook';
import { captureCells, captureExtras, captureSheet, captureWorkbook, recapture, restoreCaptures, typedCells, workbookNames, type Capture, type CaptureTarget } from './workbook-captures';

/** Changes undo can go back through; each holds only what its change touched. */
export const UNDO_LIMIT = 100;

interface ChangeInProgress {
  readonly captures: Capture[];
  /** Sheets captured whole in this change (lower case): a later write to them needs no capture of its own. */
  readonly sheets: Set<string>;
}

export class PlaygroundWorkbook {
  readonly hf: HyperFormula;
  readonly extras: PlaygroundExtras = {};
  private active = '';
  private readonly history = new ChangeHistory<Capture[]>(UNDO_LIMIT);
  private inProgress: ChangeInProgress | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly target: CaptureTarget;

  constructor() {
    registerDealKitFunctions();
    // GPL v3 licence key: the playground only; the add-in bundles never load HyperFormula.
    this.hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', dateFormats: ['YYYY-MM-DD', 'DD/MM/YYYY'], undoLimit: 0 });
    this.target = {
      hf: this.hf,
      extras: this.extras,
      activeSheet: () => this.activeSheet(),
      setActiveSheet: (name) => (this.active = name),
    };
  }

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  activeSheet(): string {
    const names = this.sheetNames();
    return names.includes(this.active) ? this.active : (names[0] ?? '');
  }

  /** Switching sheets is no change to undo, but listeners hear of it (autosave keeps the sheet open). */
  activate(name: string): void {
    if (!this.sheetNames().includes(name) || name === this.active) return;
    this.active = name;
    this.notify();
  }

  sheetId(name: string): number | undefined {
    return this.hf.getSheetId(name);
  }

  applyPlan(plan: WritePlan): ResolvedPlan {
    return this.change(() => {
      const beforeWrite = (resolved: ResolvedPlan): void => {
        this.keepWorkbook();
        for (const sheet of resolved.sheets) {
          if (sheet.action === 'existing' && this.sheetId(sheet.name) !== undefined) this.keepCellsPlanned(sheet);
          else this.keepSheet(sheet.name);
        }
      };
      const result = applyPlanToHyperFormula(this.hf, plan, { extras: this.extras, beforeWrite });
      if (result.activeSheet) this.active = result.activeSheet;
      return result.resolved;
    });
  }

  /** What a user typed into the grid, parsed by HyperFormula as a spreadsheet would (numbers, TRUE, =formulas, text). */
  setCellInput(sheet: string, a1: string, input: string): void {
    this.setCellInputs(sheet, a1, [[input]]);
  }

  /** A block typed or pasted from `a1` down and right, as one change; '' empties a cell. */
  setCellInputs(sheet: string, a1: string, inputs: readonly (readonly string[])[]): void {
    const id = this.sheetId(sheet);
    const width = Math.max(0, ...inputs.map((row) => row.length));
    if (id === undefined || inputs.length === 0 || width === 0) return;
    const box = parseA1(a1);
    const contents: RawCellContent[][] = inputs.map((row) => Array.from({ length: width }, (_, c) => (row[c] === undefined || row[c] === '' ? null : row[c])));
    this.change(() => {
      this.keepCells(sheet, box.row, box.column, contents.length, width);
      this.hf.setCellContents({ sheet: id, row: box.row, col: box.column }, contents);
      if (contents.some((row) => row.includes(null))) respillBlockedFormulas(this.hf, id);
    });
  }

  /**
   * Runs `write` as one change: however many writes it makes, one undo step takes them all back and
   * listeners hear of it once, at the end. Nested calls join the outer change.
   */
  change<T>(write: () => T): T {
    if (this.inProgress) return write();
    const change: ChangeInProgress = { captures: [], sheets: new Set() };
    this.inProgress = change;
    try {
      return write();
    } finally {
      this.inProgress = null;
      // Kept even when the write threw part-way: what it did write can then be undone.
      if (change.captures.length) {
        this.history.record(change.captures);
        this.notify();
      }
    }
  }

  undo(): boolean {
    return this.travel(
      () => this.history.takeUndo(),
      (entry) => this.history.pushRedo(entry),
    );
  }

  redo(): boolean {
    return this.travel(
      () => this.history.takeRedo(),
      (entry) => this.history.pushUndo(entry),
    );
  }

  canUndo(): boolean {
    return this.history.canUndo();
  }

  canRedo(): boolean {
    return this.history.canRedo();
  }

  /** Called after every change, undo, redo and sheet switch; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The whole workbook as data (a copy: later changes do not reach it). */
  serialize(): SerializedWorkbook {
    const names = this.sheetNames();
    const extras: PlaygroundExtras = {};
    for (const name of names) if (this.extras[name]) extras[name] = structuredClone(this.extras[name]);
    return {
      format: SERIALIZED_WORKBOOK_FORMAT,
      version: SERIALIZED_WORKBOOK_VERSION,
      sheets: names.map((name) => ({ name, cells: typedCells(this.hf, this.sheetId(name) as number) })),
      names: workbookNames(this.hf),
      extras,
      activeSheet: this.activeSheet(),
    };
  }

  /** Loads a workbook in place of this one as one change the user can undo (Open .xlsx, Reset to sample). */
  replaceWith(state: SerializedWorkbook): void {
    this.change(() => {
      this.keepWorkbook();
      for (const name of [...this.sheetNames(), ...state.sheets.map((sheet) => sheet.name)]) this.keepSheet(name);
      this.load(state);
    });
  }

  /** Loads a workbook in place of this one with no undo back to what was there (a page opening a saved copy). */
  loadFresh(state: SerializedWorkbook): void {
    this.load(state);
    this.clearHistory();
    this.notify();
  }

  /** What was written so far is where undo stops (the sample a page opens with is not the user's change). */
  clearHistory(): void {
    this.history.clear();
  }

  private load(state: SerializedWorkbook): void {
    restoreCaptures(this.target, capturesFor(state, this.sheetNames()));
    this.refreshDropdownItems();
  }

  /** Dropdowns fed by a range list what that range holds now (a loaded copy may carry none or old ones). */
  private refreshDropdownItems(): void {
    for (const [sheet, side] of Object.entries(this.extras)) {
      const bySource = new Map<string, string[]>();
      for (const [a1, rule] of Object.entries(side.inputs)) {
        if (rule.kind !== 'listFromRange') continue;
        let items = bySource.get(rule.source);
        if (!items) bySource.set(rule.source, (items = dropdownItems(this.hf, rule.source, sheet)));
        side.inputs[a1] = { ...rule, items };
      }
    }
  }

  private travel(take: () => Capture[] | undefined, keepReverse: (entry: Capture[]) => void): boolean {
    if (this.inProgress) return false;
    const captures = take();
    if (!captures) return false;
    const reverse = captures.map((capture) => recapture(this.target, capture));
    restoreCaptures(this.target, captures);
    keepReverse(reverse);
    this.notify();
    return true;
  }

  /** Names, sheet order and active sheet, once per change, before anything else is captured. */
  private keepWorkbook(): void {
    const change = this.inProgress;
    if (change && change.captures.length === 0) change.captures.push(captureWorkbook(this.target));
  }

  private keepSheet(name: string): void {
    const change = this.inProgress;
    if (!change || change.sheets.has(name.toLowerCase())) return;
    this.keepWorkbook();
    change.captures.push(captureSheet(this.target, name));
    change.sheets.add(name.toLowerCase());
  }

  private keepCells(sheet: string, row: number, col: number, height: number, width: number): void {
    const change = this.inProgress;
    if (!change || change.sheets.has(sheet.toLowerCase())) return;
    this.keepWorkbook();
    change.captures.push(captureCells(this.target, sheet, row, col, height, width));
  }

  /** A plan's writes into a sheet already there: only the blocks it writes (and its side table) are kept. */
  private keepCellsPlanned(sheet: ResolvedSheet): void {
    const change = this.inProgress;
    if (!change || change.sheets.has(sheet.name.toLowerCase())) return;
    this.keepWorkbook();
    // The applier gives a sheet without a side-table entry an empty one: kept too, so undo takes it away.
    if (writesSideTable(sheet) || !this.extras[sheet.name]) change.captures.push(captureExtras(this.target, sheet.name));
    const blocks = [...sheet.values, ...sheet.formulas];
    for (const block of blocks) this.keepCells(sheet.name, block.row, block.column, block.height, block.width);
    if (!sheet.appends.length) return;
    // Appends go below everything, as the applier places them.
    const height = this.hf.getSheetDimensions(this.sheetId(sheet.name) as number).height;
    const below = Math.max(height, ...blocks.map((block) => block.row + block.height));
    const left = Math.min(...sheet.appends.map((block) => block.column));
    const right = Math.max(...sheet.appends.map((block) => block.column + Math.max(block.width, ...block.rows.map((row) => row.length))));
    const rows = sheet.appends.reduce((sum, block) => sum + block.rows.length, 0);
    this.keepCells(sheet.name, below, left, rows, right - left);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** What the formula bar shows: the formula, or the value as typed. */
  cellInput(sheet: string, row: number, col: number): string {
    const id = this.sheetId(sheet);
    if (id === undefined) return '';
    const address = { sheet: id, row, col };
    const formula = this.hf.getCellFormula(address);
    if (formula !== undefined) return formula;
    const raw = this.hf.getCellSerialized(address);
    if (raw === null || raw === undefined) return '';
    return String(raw);
  }

  cellValue(sheet: string, row: number, col: number): CellValue {
    const id = this.sheetId(sheet);
    if (id === undefined) return null;
    return this.hf.getCellValue({ sheet: id, row, col });
  }

  snapshot(name: string, withFormulas: boolean): SheetValues | null {
    const id = this.sheetId(name);
    if (id === undefined) return null;
    const values = this.hf.getSheetValues(id).map((row) => row.map(plainValue));
    if (!withFormulas) return { name, values };
    const formulas = this.hf.getSheetFormulas(id).map((row) => row.map((formula) => formula ?? ''));
    return { name, values, formulas };
  }

  namedCell(name: string): { sheet: string; a1: string } | null {
    const named = this.hf.getNamedExpression(name);
    if (!named) return null;
    return firstCellOfReference(String(named.expression ?? ''));
  }

  namedValue(name: string): unknown {
    const cell = this.namedCell(name);
    if (!cell) return undefined;
    const id = this.sheetId(cell.sheet);
    if (id === undefined) return undefined;
    const box = parseA1(cell.a1);
    return plainValue(this.hf.getCellValue({ sheet: id, row: box.row, col: box.column }));
  }

  /** A named range's cells as HyperFormula computes them; undefined when the name is not defined or points nowhere. */
  namedRange(name: string): NamedRangeRead | undefined {
    const expression = this.hf.getNamedExpression(name)?.expression;
    const reference = typeof expression === 'string' ? parseSheetReference(expression) : undefined;
    const id = reference ? this.sheetId(reference.sheet) : undefined;
    if (!reference || id === undefined) return undefined;
    const values: unknown[][] = [];
    for (let row = reference.row; row <= reference.lastRow; row += 1) {
      const cells: unknown[] = [];
      for (let col = reference.column; col <= reference.lastColumn; col += 1) cells.push(plainValue(this.hf.getCellValue({ sheet: id, row, col })));
      values.push(cells);
    }
    return { sheet: reference.sheet, row: reference.row, column: reference.column, values };
  }

  read(request: ReadRequest): WorkbookReading {
    const wanted = request.sheets;
    const names = wanted === 'all' ? this.sheetNames() : wanted === 'active' ? [this.activeSheet()] : wanted === 'none' ? [] : [wanted.name];
    const ranges: Record<string, NamedRangeRead> = {};
    for (const name of request.names ?? []) {
      const range = this.namedRange(name);
      if (range) ranges[name] = range;
    }
    return {
      ...(wanted === 'active' || request.activeSheet === true ? { activeSheet: this.activeSheet() } : {}),
      sheets: names.flatMap((name) => this.snapshot(name, request.formulas === true) ?? []),
      names: ranges,
      today: todayIso(),
      now: new Date().toISOString(),
    };
  }

  /** The workbook as the shared operation runner reads and writes it. */
  host(): SynchronousWorkbook {
    return { read: (request) => this.read(request), apply: (plan) => this.applyPlan(plan) };
  }
}

/** Whether applying the sheet's plan changes its side-table entry (most writes into a sheet already there do not). */
function writesSideTable(sheet: ResolvedSheet): boolean {
  return (
    sheet.validations.length > 0 ||
    sheet.numberFormats.length > 0 ||
    sheet.styles.length > 0 ||
    sheet.conditionalFormats.length > 0 ||
    sheet.columnWidths.length > 0 ||
    sheet.frozenRows !== undefined ||
    sheet.protection !== undefined ||
    sheet.charts.length > 0
  );
}

/** A computed value as plain data: errors become their code, as a host shows them in a cell. */
export function plainValue(value: CellValue): unknown {
  if (value instanceof DetailedCellError) return value.value;
  return value;
}
