import { parseSheetReference, sheetCellReference, type SheetReference } from '../a1';
import type { SheetValues } from '../sheet-values';

/**
 * The values of named ranges taken from sheet values already read, given each name's reference
 * ("='DealKit settings'!$A$12:$B$20"). The shells read every sheet's values for the roll-up anyway;
 * resolving the settings names from them costs no extra host call.
 */

/** Named-range values as the shells read them (2D, one entry per name that exists). */
export type NamedValues = Readonly<Record<string, readonly (readonly unknown[])[] | undefined>>;

export function valuesAt(sheets: readonly SheetValues[], ref: SheetReference): unknown[][] | undefined {
  const sheet = sheets.find((s) => s.name.toLowerCase() === ref.sheet.toLowerCase());
  if (!sheet) return undefined;
  const out: unknown[][] = [];
  for (let r = ref.row; r <= ref.lastRow; r += 1) {
    const row = sheet.values[r] ?? [];
    const cells: unknown[] = [];
    for (let c = ref.column; c <= ref.lastColumn; c += 1) cells.push(row[c] ?? null);
    out.push(cells);
  }
  return out;
}

/** Where a named range's first cell is on its sheet (0-based), so messages can name the sheet's cell. */
export interface NamedRangeOrigin {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

// Kept beside the values rather than in them: NamedValues stays a plain name → rows record for every
// reader and test, and values built by hand (no sheet behind them) simply have no origin.
const ORIGINS = new WeakMap<object, NamedRangeOrigin>();

/** The sheet position the values of a named range were read from, when they came from namedValuesFromReferences. */
export function namedRangeOrigin(values: unknown): NamedRangeOrigin | undefined {
  return typeof values === 'object' && values !== null ? ORIGINS.get(values) : undefined;
}

/** Where a setting's cell is, for a message: the sheet's cell when known, else the row within the named range. */
export interface SettingPlace {
  readonly en: string;
  readonly zh: string;
  /** The DealKitError subject: the cell reference, or name[row]. */
  readonly subject: string;
}

/**
 * The place of the cell at (index, column) inside the named range `name` (both 0-based), or of the
 * range's one cell when index is undefined.
 */
export function settingPlace(values: NamedValues, name: string, index: number | undefined, column = 0): SettingPlace {
  const origin = namedRangeOrigin(values[name]);
  if (origin) {
    const cell = sheetCellReference(origin.sheet, origin.row + (index ?? 0), origin.column + column);
    return { en: `Settings ${cell} (${name})`, zh: `设置 ${cell}（${name}）`, subject: cell };
  }
  if (index === undefined) return { en: `Settings ${name}`, zh: `设置 ${name}`, subject: name };
  return { en: `Settings ${name}, row ${index + 1}`, zh: `设置 ${name} 第 ${index + 1} 行`, subject: `${name}[${index + 1}]` };
}

/** Name → values, for the names whose reference points at a sheet that was read. */
export function namedValuesFromReferences(references: Readonly<Record<string, string>>, sheets: readonly SheetValues[]): NamedValues {
  const out: Record<string, unknown[][]> = {};
  for (const [name, reference] of Object.entries(references)) {
    const ref = parseSheetReference(reference);
    const values = ref ? valuesAt(sheets, ref) : undefined;
    if (!ref || !values) continue;
    const sheet = sheets.find((s) => s.name.toLowerCase() === ref.sheet.toLowerCase());
    ORIGINS.set(values, { sheet: sheet?.name ?? ref.sheet, row: ref.row, column: ref.column });
    out[name] = values;
  }
  return out;
}

/** Name → values of named ranges read with their first cell's place (every host's read gives both). */
export function namedValuesFromRanges(ranges: Readonly<Record<string, NamedRangeOrigin & { readonly values: readonly (readonly unknown[])[] }>>): NamedValues {
  const out: Record<string, unknown[][]> = {};
  for (const [name, range] of Object.entries(ranges)) {
    const values = range.values.map((row) => [...row]);
    ORIGINS.set(values, { sheet: range.sheet, row: range.row, column: range.column });
    out[name] = values;
  }
  return out;
}
