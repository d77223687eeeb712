/**
 * The playground applier: a write plan into a HyperFormula instance. HyperFormula holds values,
 * formulas and names; what it has no notion of (dropdowns, number formats, styles, protection, charts)
 * goes into a side table the playground grid draws from. The playground does not print: a plan's
 * print setup is for Excel and .xlsx files.
 */
import type { HyperFormula, CellValue, RawCellContent } from 'hyperformula';
import { presentCellRuns, resolvePlan, type ResolvedChart, type ResolvedConditionalFormat, type ResolvedPlan, type ResolvedStyle, type WorkbookState } from '../shared/plan-resolve';
import { boxToA1, type CellBox } from '../shared/a1';
import type { HostKind, SuggestedList, WritePlan } from '../shared/plan';

export type PlaygroundDropdown =
  | ({ readonly kind: 'list'; readonly items: readonly string[] } & SuggestedList)
  /** Items come from a range or name; `items` is what it held when the plan was applied (see dropdownItems). */
  | ({ readonly kind: 'listFromRange'; readonly source: string; readonly items: readonly string[] } & SuggestedList)
  | { readonly kind: 'checkbox' }
  | { readonly kind: 'number'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'date' };

/** What the grid shows beyond cell contents, per sheet name. */
export interface PlaygroundSheetExtras {
  /** "B4" → its dropdown / input rule. */
  readonly inputs: Record<string, PlaygroundDropdown>;
  /** "B4" → Excel-style number format. */
  readonly numberFormats: Record<string, string>;
  readonly styles: ResolvedStyle[];
  readonly conditionalFormats: ResolvedConditionalFormat[];
  /** Column letter → width in pixels. */
  readonly columnWidths: Record<string, number>;
  frozenRows: number;
  /** Editable ranges of a protected sheet (everything else is locked); undefined when unprotected. */
  editable?: string[];
  readonly charts: ResolvedChart[];
}

export type PlaygroundExtras = Record<string, PlaygroundSheetExtras>;

export interface HyperFormulaApplyOptions {
  /** The side table to add to (the playground keeps one for the whole workbook); a new one when omitted. */
  readonly extras?: PlaygroundExtras;
  /** Resolve as this host; default 'playground' (no function prefix, text kept literal). */
  readonly host?: Extract<HostKind, 'playground' | 'excel'>;
  /** Called once the plan is resolved, before anything is written: the playground keeps what is about to change, for undo. */
  readonly beforeWrite?: (resolved: ResolvedPlan) => void;
}

export interface HyperFormulaApplyResult {
  readonly resolved: ResolvedPlan;
  /** Plan key → final sheet name. */
  readonly sheetNames: Readonly<Record<string, string>>;
  readonly activeSheet?: string;
  readonly extras: PlaygroundExtras;
}

/** Sheet names, A1 of every sheet and the workbook-level names: what resolvePlan needs. */
export function readHyperFormulaState(hf: HyperFormula): WorkbookState {
  const sheets = hf.getSheetNames().map((name) => {
    const id = hf.getSheetId(name) as number;
    return { name, a1: cellScalar(hf.getCellValue({ sheet: id, row: 0, col: 0 })) };
  });
  return { sheets, namedRanges: hf.listNamedExpressions() };
}

function cellScalar(value: CellValue): unknown {
  return typeof value === 'object' && value !== null ? undefined : value;
}

function emptyExtras(): PlaygroundSheetExtras {
  return { inputs: {}, numberFormats: {}, styles: [], conditionalFormats: [], columnWidths: {}, frozenRows: 0, charts: [] };
}

function eachA1(box: CellBox, fn: (a1: string) => void): void {
  for (let r = 0; r < box.height; r += 1) for (let c = 0; c < box.width; c += 1) fn(boxToA1(box.row + r, box.column + c, 1, 1));
}

/** Applies a plan to HyperFormula in one batch and records the rest in the side table. */
export function applyPlanToHyperFormula(hf: HyperFormula, plan: WritePlan, options: HyperFormulaApplyOptions = {}): HyperFormulaApplyResult {
  const resolved = resolvePlan(plan, readHyperFormulaState(hf), options.host ?? 'playground');
  const extras = options.extras ?? {};
  options.beforeWrite?.(resolved);

  hf.batch(() => {
    for (const planned of resolved.sheets) {
      if (planned.action === 'create') hf.addSheet(planned.name);
      const sheet = hf.getSheetId(planned.name) as number;
      if (planned.action === 'rewrite') {
        hf.clearSheet(sheet);
        extras[planned.name] = emptyExtras();
      }
      const write = (row: number, col: number, rows: RawCellContent[][]): void => void hf.setCellContents({ sheet, row, col }, rows);
      for (const block of planned.values) {
        writeSkippingNulls(block, block.rows, write);
      }
      for (const block of planned.formulas) writeSkippingNulls(block, block.rows, write);
      let next = planned.appends.length ? Math.max(hf.getSheetDimensions(sheet).height, ...[...planned.values, ...planned.formulas].map((b) => b.row + b.height)) : 0;
      for (const block of planned.appends) {
        if (!block.rows.length) continue;
        writeSkippingNulls({ row: next, column: block.column }, block.rows, write);
        next += block.rows.length;
      }
    }
    for (const named of resolved.namedRanges) hf.addNamedExpression(named.name, `=${named.reference}`);
  });

  for (const planned of resolved.sheets) {
    const side = (extras[planned.name] ??= emptyExtras());
    for (const v of planned.validations) {
      const rule: PlaygroundDropdown =
        v.kind === 'list'
          ? { kind: 'list', items: v.items.slice(), ...(v.allowOther ? { allowOther: true } : {}) }
          : v.kind === 'listFromRange'
            ? { kind: 'listFromRange', source: v.source, items: dropdownItems(hf, v.source, planned.name), ...(v.allowOther ? { allowOther: true } : {}) }
            : v.kind === 'number'
              ? { kind: 'number', min: v.min, max: v.max }
              : { kind: v.kind };
      eachA1(v, (a1) => (side.inputs[a1] = rule));
    }
    for (const f of planned.numberFormats) eachA1(f, (a1) => (side.numberFormats[a1] = f.format));
    side.styles.push(...planned.styles);
    side.conditionalFormats.push(...planned.conditionalFormats);
    for (const w of planned.columnWidths) side.columnWidths[w.column] = w.width;
    if (planned.frozenRows !== undefined) side.frozenRows = planned.frozenRows;
    if (planned.protection) side.editable = planned.protection.editable.map((box) => box.a1);
    side.charts.push(...planned.charts);
  }

  return { resolved, sheetNames: resolved.sheetNames, activeSheet: resolved.activeSheet, extras };
}

/** HyperFormula would clear a cell given null: write each run of non-null cells instead. */
function writeSkippingNulls<T>(at: { row: number; column: number }, rows: readonly (readonly (T | null)[])[], write: (row: number, col: number, rows: RawCellContent[][]) => void): void {
  const { whole, runs } = presentCellRuns(rows);
  if (whole) {
    write(
      at.row,
      at.column,
      rows.map((row) => row.slice() as RawCellContent[]),
    );
    return;
  }
  for (const run of runs) write(at.row + run.row, at.column + run.column, [run.cells as RawCellContent[]]);
}

/** The current items of a dropdown fed by a name or a range (re-read it after the source cells change). */
export function dropdownItems(hf: HyperFormula, source: string, contextSheet: string): string[] {
  const contextId = hf.getSheetId(contextSheet) ?? 0;
  let reference = source;
  const named = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(source) ? hf.getNamedExpression(source) : undefined;
  if (named) reference = String(named.expression ?? '').replace(/^=/, '');
  const range = hf.simpleCellRangeFromString(reference.replace(/\$/g, ''), contextId);
  if (!range) return [];
  return hf
    .getRangeValues(range)
    .flat()
    .filter((v) => v !== null && v !== '' && typeof v !== 'object')
    .map((v) => String(v));
}
