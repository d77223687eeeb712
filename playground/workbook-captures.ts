/**
 * A part of the playground workbook as it stood at one moment, as plain data, and putting it back:
 * what undo, redo, autosave and "Open .xlsx" are made of. Cells are kept as typed (formulas as
 * formulas, text with its quote prefix), so putting them back lets HyperFormula compute as before.
 *
 * Parts of several sizes, so a typed cell or a deal update does not cost a copy of its whole sheet
 * (nor, on undo, HyperFormula recomputing all of it):
 *   workbook  the names, the sheet order and the active sheet (always small)
 *   sheet     one sheet's cells and side-table entry, or that the sheet did not exist
 *   cells     a block of one sheet's cells
 *   extras    one sheet's side-table entry (dropdowns, formats) alone
 */
import type { HyperFormula, RawCellContent } from 'hyperformula';
import type { PlaygroundExtras, PlaygroundSheetExtras } from './apply-plan-hyperformula';
import { respillBlockedFormulas } from './respill';

export interface WorkbookName {
  readonly name: string;
  /** As HyperFormula serialises it: "=Settings!$B$3". */
  readonly expression: string;
}

export type Capture =
  | { readonly kind: 'workbook'; readonly names: readonly WorkbookName[]; readonly order: readonly string[]; readonly active: string }
  | { readonly kind: 'sheet'; readonly name: string; readonly cells: RawCellContent[][] | null; readonly extras?: PlaygroundSheetExtras }
  | { readonly kind: 'cells'; readonly sheet: string; readonly row: number; readonly col: number; readonly cells: RawCellContent[][] }
  | { readonly kind: 'extras'; readonly sheet: string; readonly extras?: PlaygroundSheetExtras };

/** What a capture is taken from and put back into. */
export interface CaptureTarget {
  readonly hf: HyperFormula;
  readonly extras: PlaygroundExtras;
  activeSheet(): string;
  setActiveSheet(name: string): void;
}

export function workbookNames(hf: HyperFormula): WorkbookName[] {
  return hf
    .getAllNamedExpressionsSerialized()
    .filter((named) => named.scope === undefined)
    .map((named) => ({ name: named.name, expression: String(named.expression ?? '') }));
}

/**
 * A sheet's cells as typed. HyperFormula's own serialisation also lists the values a formula spilled
 * into the cells below and beside it; typed back, those would block the spill (#SPILL!), so they are
 * left empty here.
 */
export function typedCells(hf: HyperFormula, sheet: number, range?: { row: number; col: number; height: number; width: number }): RawCellContent[][] {
  const cells = range
    ? hf.getRangeSerialized({ start: { sheet, row: range.row, col: range.col }, end: { sheet, row: range.row + range.height - 1, col: range.col + range.width - 1 } })
    : hf.getSheetSerialized(sheet);
  const top = range?.row ?? 0;
  const left = range?.col ?? 0;
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null || cell === undefined || (typeof cell === 'string' && cell.startsWith('='))) return;
      if (hf.getCellType({ sheet, row: top + r, col: left + c }) === 'ARRAY') row[c] = null;
    }),
  );
  return cells;
}

export function captureWorkbook(target: CaptureTarget): Capture {
  return { kind: 'workbook', names: workbookNames(target.hf), order: target.hf.getSheetNames(), active: target.activeSheet() };
}

export function captureSheet(target: CaptureTarget, name: string): Capture {
  const id = target.hf.getSheetId(name);
  if (id === undefined) return { kind: 'sheet', name, cells: null };
  const extras = target.extras[name];
  return { kind: 'sheet', name, cells: typedCells(target.hf, id), ...(extras ? { extras: structuredClone(extras) } : {}) };
}

export function captureCells(target: CaptureTarget, sheet: string, row: number, col: number, height: number, width: number): Capture {
  const id = target.hf.getSheetId(sheet);
  const cells = id === undefined || height < 1 || width < 1 ? [] : typedCells(target.hf, id, { row, col, height, width });
  return { kind: 'cells', sheet, row, col, cells };
}

export function captureExtras(target: CaptureTarget, sheet: string): Capture {
  const extras = target.extras[sheet];
  return { kind: 'extras', sheet, ...(extras ? { extras: structuredClone(extras) } : {}) };
}

/** The same part of the workbook as it stands now: what redo needs after an undo, and undo after a redo. */
export function recapture(target: CaptureTarget, capture: Capture): Capture {
  switch (capture.kind) {
    case 'workbook':
      return captureWorkbook(target);
    case 'sheet':
      return captureSheet(target, capture.name);
    case 'cells':
      return captureCells(target, capture.sheet, capture.row, capture.col, capture.cells.length, capture.cells[0]?.length ?? 0);
    case 'extras':
      return captureExtras(target, capture.sheet);
  }
}

/**
 * Puts captures back, last one first, in one HyperFormula batch (one recalculation). Taken in the
 * order a change touched things, the last-first order leaves each part as it was before the change.
 * Sheets that come back are added first, in the order the workbook had them.
 */
export function restoreCaptures(target: CaptureTarget, captures: readonly Capture[]): void {
  const { hf } = target;
  const workbook = captures.find((capture) => capture.kind === 'workbook');
  const order = workbook?.order ?? [];
  const position = (name: string): number => (order.includes(name) ? order.indexOf(name) : order.length);
  const adding = captures
    .flatMap((capture) => (capture.kind === 'sheet' && capture.cells !== null && hf.getSheetId(capture.name) === undefined ? [capture.name] : []))
    .sort((a, b) => position(a) - position(b));
  hf.batch(() => {
    for (const name of adding) hf.addSheet(name);
    // Names before cells: HyperFormula sizes a spilling formula when it reads it, from the names it has then.
    if (workbook) restoreNames(hf, workbook.names);
    for (let i = captures.length - 1; i >= 0; i -= 1) {
      const capture = captures[i];
      if (capture.kind === 'sheet') restoreSheet(target, capture.name, capture.cells, capture.extras);
      else if (capture.kind === 'cells') restoreCells(hf, capture.sheet, capture.row, capture.col, capture.cells);
      else if (capture.kind === 'extras') restoreExtras(target, capture.sheet, capture.extras);
    }
  });
  for (const sheet of new Set(captures.flatMap((capture) => (capture.kind === 'cells' ? [capture.sheet] : [])))) {
    const id = hf.getSheetId(sheet);
    if (id !== undefined) respillBlockedFormulas(hf, id);
  }
  if (!workbook) return;
  restoreOrder(hf, workbook.order);
  target.setActiveSheet(workbook.active);
}

function restoreSheet(target: CaptureTarget, name: string, cells: RawCellContent[][] | null, extras: PlaygroundSheetExtras | undefined): void {
  const { hf } = target;
  const id = hf.getSheetId(name);
  if (cells === null) {
    if (id !== undefined) hf.removeSheet(id);
    delete target.extras[name];
    return;
  }
  const sheet = id ?? (hf.getSheetId(hf.addSheet(name)) as number);
  hf.setSheetContent(sheet, cells);
  restoreExtras(target, name, extras);
}

function restoreExtras(target: CaptureTarget, sheet: string, extras: PlaygroundSheetExtras | undefined): void {
  if (extras) target.extras[sheet] = structuredClone(extras);
  else delete target.extras[sheet];
}

function restoreCells(hf: HyperFormula, sheet: string, row: number, col: number, cells: RawCellContent[][]): void {
  const id = hf.getSheetId(sheet);
  if (id === undefined || !cells.length) return;
  hf.setCellContents({ sheet: id, row, col }, cells);
}

/**
 * HyperFormula cannot move a sheet: from the first one out of place on, the sheets are taken out and
 * added back in order (a batch of its own, as their contents must be read first). Formulas that point
 * at them keep their text and find them again by name. Only a whole-workbook replacement gets here.
 */
function restoreOrder(hf: HyperFormula, order: readonly string[]): void {
  const current = hf.getSheetNames();
  const wanted = order.filter((name) => current.includes(name));
  const firstMisplaced = wanted.findIndex((name, i) => current[i] !== name);
  if (firstMisplaced < 0) return;
  const moving = current.slice(firstMisplaced);
  const contents = new Map(moving.map((name) => [name, typedCells(hf, hf.getSheetId(name) as number)]));
  const reordered = [...wanted.slice(firstMisplaced), ...moving.filter((name) => !wanted.includes(name))];
  hf.batch(() => {
    for (const name of moving) hf.removeSheet(hf.getSheetId(name) as number);
    for (const name of reordered) {
      const id = hf.getSheetId(hf.addSheet(name)) as number;
      hf.setSheetContent(id, contents.get(name) ?? []);
    }
  });
}

function restoreNames(hf: HyperFormula, names: readonly WorkbookName[]): void {
  const wanted = new Map(names.map((named) => [named.name.toLowerCase(), named]));
  for (const current of workbookNames(hf)) {
    const keep = wanted.get(current.name.toLowerCase());
    if (keep && keep.name === current.name && keep.expression === current.expression) wanted.delete(current.name.toLowerCase());
    else hf.removeNamedExpression(current.name);
  }
  // A name HyperFormula refuses (a copy from elsewhere) is left out rather than stopping the rest.
  for (const named of wanted.values()) if (hf.isItPossibleToAddNamedExpression(named.name, named.expression)) hf.addNamedExpression(named.name, named.expression);
}
