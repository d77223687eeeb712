/**
 * The whole playground workbook as plain data: what autosave keeps in the browser, what "Open .xlsx"
 * produces and what "Reset to sample" puts back. Cells are as typed (formulas and values), so loading
 * it lets HyperFormula compute everything again. Anything read back from storage is checked before
 * use: an older or damaged copy is refused with a reason rather than half-loaded.
 */
import type { RawCellContent } from 'hyperformula';
import type { PlaygroundExtras } from './apply-plan-hyperformula';
import type { Capture, WorkbookName } from './workbook-captures';

export const SERIALIZED_WORKBOOK_FORMAT = 'dealkit-playground-workbook';
export const SERIALIZED_WORKBOOK_VERSION = 1;

export interface SerializedSheet {
  readonly name: string;
  readonly cells: RawCellContent[][];
}

export interface SerializedWorkbook {
  readonly format: typeof SERIALIZED_WORKBOOK_FORMAT;
  readonly version: typeof SERIALIZED_WORKBOOK_VERSION;
  readonly sheets: readonly SerializedSheet[];
  readonly names: readonly WorkbookName[];
  readonly extras: PlaygroundExtras;
  readonly activeSheet: string;
}

/**
 * The captures that, put back, turn a workbook holding `currentSheets` into `state`: sheets not in
 * the state go, the state's sheets come in its order (put back last-first, so listed reversed).
 */
export function capturesFor(state: SerializedWorkbook, currentSheets: readonly string[]): Capture[] {
  const keeping = new Set(state.sheets.map((sheet) => sheet.name));
  const going: Capture[] = currentSheets.filter((name) => !keeping.has(name)).map((name) => ({ kind: 'sheet', name, cells: null }));
  const coming: Capture[] = state.sheets.map((sheet) => {
    const extras = state.extras[sheet.name];
    return { kind: 'sheet', name: sheet.name, cells: sheet.cells, ...(extras ? { extras } : {}) };
  });
  const workbook: Capture = { kind: 'workbook', names: state.names, order: state.sheets.map((sheet) => sheet.name), active: state.activeSheet };
  return [workbook, ...coming.reverse(), ...going];
}

/** Why a stored value is not a workbook this page can load, or null when it is one. */
export function serializedWorkbookProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'not an object';
  if (value.format !== SERIALIZED_WORKBOOK_FORMAT) return 'not a DealKit playground workbook';
  if (value.version !== SERIALIZED_WORKBOOK_VERSION) return `version ${String(value.version)}, this page reads version ${SERIALIZED_WORKBOOK_VERSION}`;
  if (!Array.isArray(value.sheets) || value.sheets.length === 0) return 'no sheets';
  const seen = new Set<string>();
  for (const sheet of value.sheets as unknown[]) {
    if (!isRecord(sheet) || typeof sheet.name !== 'string' || sheet.name === '') return 'a sheet without a name';
    if (seen.has(sheet.name.toLowerCase())) return `sheet "${sheet.name}" twice`;
    seen.add(sheet.name.toLowerCase());
    if (!Array.isArray(sheet.cells) || !sheet.cells.every((row) => Array.isArray(row) && row.every(isCellContent))) return `sheet "${sheet.name}" has cells of an unknown kind`;
  }
  if (!Array.isArray(value.names) || !value.names.every((named) => isRecord(named) && typeof named.name === 'string' && typeof named.expression === 'string'))
    return 'names of an unknown kind';
  if (!isRecord(value.extras) || !Object.values(value.extras).every(isSheetExtras)) return 'sheet formats of an unknown kind';
  if (typeof value.activeSheet !== 'string') return 'no active sheet';
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCellContent(value: unknown): boolean {
  return value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function isSheetExtras(value: unknown): boolean {
  return (
    isRecord(value) &&
    isRecord(value.inputs) &&
    isRecord(value.numberFormats) &&
    Array.isArray(value.styles) &&
    Array.isArray(value.conditionalFormats) &&
    isRecord(value.columnWidths) &&
    typeof value.frozenRows === 'number' &&
    Array.isArray(value.charts) &&
    (value.editable === undefined || (Array.isArray(value.editable) && value.editable.every((a1) => typeof a1 === 'string')))
  );
}
