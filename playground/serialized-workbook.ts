/**
 * The whole playground workbook as plain data: what autosave keeps in the browser, what "Open .xlsx"
 * produces and what "Reset to sample" puts back. Cells are as typed (formulas and values), so loading
 * it lets HyperFormula compute everything again. Anything read back from storage is checked before
 * use: an older or damaged copy is refused with a reason rather than half-loaded.
 */
import type { RawCellContent } from 'hyperformula';
import { text, type Text } from '../shared/i18n';
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
export function serializedWorkbookProblem(value: unknown): Text | null {
  if (!isRecord(value) || value.format !== SERIALIZED_WORKBOOK_FORMAT) return text('it is not a DealKit playground workbook', '它不是 DealKit 体验区工作簿');
  if (value.version !== SERIALIZED_WORKBOOK_VERSION) {
    return text(`it was kept by another version of this page (${String(value.version)})`, `它由此页面的其他版本（${String(value.version)}）保存`);
  }
  if (!Array.isArray(value.sheets) || value.sheets.length === 0) return text('it has no sheets', '它没有工作表');
  const seen = new Set<string>();
  for (const sheet of value.sheets as unknown[]) {
    if (!isRecord(sheet) || typeof sheet.name !== 'string' || sheet.name === '' || seen.has(sheet.name.toLowerCase())) {
      return text('a sheet has no name, or a name twice', '有工作表没有名称或名称重复');
    }
    seen.add(sheet.name.toLowerCase());
    if (!Array.isArray(sheet.cells) || !sheet.cells.every((row) => Array.isArray(row) && row.every(isCellContent))) {
      return text(`sheet "${sheet.name}" holds cells of an unknown kind`, `工作表“${sheet.name}”含有未知类型的单元格`);
    }
  }
  const namesOk = Array.isArray(value.names) && value.names.every((named) => isRecord(named) && typeof named.name === 'string' && typeof named.expression === 'string');
  const extrasOk = isRecord(value.extras) && Object.values(value.extras).every(isSheetExtras);
  if (!namesOk || !extrasOk || typeof value.activeSheet !== 'string') return text('its names or formats are damaged', '其名称或格式已损坏');
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
