/**
 * The playground's workbook: a HyperFormula instance with the DealKit functions, the side table of
 * dropdowns and formats the plan applier keeps, and which sheet is active — everything the grid
 * draws and the wizards' backend reads and writes.
 */
import { DetailedCellError, HyperFormula, type CellValue, type RawCellContent } from 'hyperformula';
import type { WritePlan } from '../shared/plan';
import type { ResolvedPlan } from '../shared/plan-resolve';
import { firstCellOfReference, parseA1, parseSheetReference } from '../shared/a1';
import { todayIso } from '../shared/pipeline/dates';
import type { SheetValues } from '../shared/sheet-values';
import type { NamedRangeRead, ReadRequest, WorkbookReading } from '../shared/workbook/reading';
import type { SynchronousWorkbook } from '../shared/workbook/run-operation';
import { applyPlanToHyperFormula, type PlaygroundExtras } from './apply-plan-hyperformula';
import { registerDealKitFunctions } from './dealkit-plugin';

export class PlaygroundWorkbook {
  readonly hf: HyperFormula;
  readonly extras: PlaygroundExtras = {};
  private active = '';

  constructor() {
    registerDealKitFunctions();
    // GPL v3 licence key: the playground only; the add-in bundles never load HyperFormula.
    this.hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', dateFormats: ['YYYY-MM-DD', 'DD/MM/YYYY'] });
  }

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  activeSheet(): string {
    const names = this.sheetNames();
    return names.includes(this.active) ? this.active : (names[0] ?? '');
  }

  activate(name: string): void {
    if (this.sheetNames().includes(name)) this.active = name;
  }

  sheetId(name: string): number | undefined {
    return this.hf.getSheetId(name);
  }

  applyPlan(plan: WritePlan): ResolvedPlan {
    const result = applyPlanToHyperFormula(this.hf, plan, { extras: this.extras });
    if (result.activeSheet) this.active = result.activeSheet;
    return result.resolved;
  }

  /** What a user typed into the grid, parsed by HyperFormula as a spreadsheet would (numbers, TRUE, =formulas, text). */
  setCellInput(sheet: string, a1: string, input: string): void {
    const id = this.sheetId(sheet);
    if (id === undefined) return;
    const box = parseA1(a1);
    const content: RawCellContent = input === '' ? null : input;
    this.hf.setCellContents({ sheet: id, row: box.row, col: box.column }, [[content]]);
  }

  /** Takes back the last change HyperFormula recorded (a typed cell, a paste, a whole plan); nothing when there is none. */
  undo(): void {
    if (this.hf.isThereSomethingToUndo()) this.hf.undo();
  }

  redo(): void {
    if (this.hf.isThereSomethingToRedo()) this.hf.redo();
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

/** A computed value as plain data: errors become their code, as a host shows them in a cell. */
export function plainValue(value: CellValue): unknown {
  if (value instanceof DetailedCellError) return value.value;
  return value;
}
