import type { A1 } from './plan';
import { parseA1 } from './a1';

/**
 * A sheet as a host read it in one go: values (and formulas, when asked) of the used range, anchored
 * at A1 (row 0 is sheet row 1, column 0 is column A). Hosts pad the grid so A1 addresses index it directly.
 */
export interface SheetValues {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  /** Same shape as values: the formula ("=…") where a cell holds one, else "" (or absent). */
  readonly formulas?: readonly (readonly unknown[])[];
}

export function cellValue(sheet: SheetValues, a1: A1): unknown {
  const box = parseA1(a1);
  return sheet.values[box.row]?.[box.column];
}

/** True when the cell holds a formula rather than a typed value. */
export function holdsFormula(sheet: SheetValues, a1: A1): boolean {
  const box = parseA1(a1);
  const formula = sheet.formulas?.[box.row]?.[box.column];
  return typeof formula === 'string' && formula.startsWith('=');
}

/** The text of a cell as a user sees it; blank for empty cells. */
export function cellText(sheet: SheetValues, a1: A1): string {
  const value = cellValue(sheet, a1);
  if (value === null || value === undefined) return '';
  return String(value);
}
