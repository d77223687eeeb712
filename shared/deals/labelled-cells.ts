import { LOCALES, type Text } from '../i18n';
import { headerKey } from '../pipeline/columns';
import type { SheetValues } from '../sheet-values';

/**
 * Finding what a deal sheet says by its labels rather than by address: reps insert rows, move a block
 * beside another, or open a sheet inserted in the other language. A label matches in either language,
 * compared as table headers are (case, spaces and a trailing colon ignored).
 */

export interface CellPlace {
  /** 0-based row and column. */
  readonly row: number;
  readonly column: number;
}

export interface PlacedValue extends CellPlace {
  readonly value: unknown;
}

function keysOf(label: Text): ReadonlySet<string> {
  return new Set(LOCALES.map((locale) => headerKey(label[locale])).filter((key) => key !== ''));
}

export function isBlankValue(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Each sheet's text cells by their compared form, built once per sheet read: the roll-up looks up a
 * dozen labels in every sheet of the workbook, and a rep's pipeline sheet can hold thousands of cells.
 */
const indexes = new WeakMap<SheetValues, ReadonlyMap<string, readonly CellPlace[]>>();

function labelIndex(sheet: SheetValues): ReadonlyMap<string, readonly CellPlace[]> {
  let index = indexes.get(sheet);
  if (!index) {
    const built = new Map<string, CellPlace[]>();
    sheet.values.forEach((cells, row) =>
      cells.forEach((cell, column) => {
        if (typeof cell !== 'string') return;
        const key = headerKey(cell);
        if (key === '') return;
        const places = built.get(key);
        if (places) places.push({ row, column });
        else built.set(key, [{ row, column }]);
      }),
    );
    index = built;
    indexes.set(sheet, index);
  }
  return index;
}

/** Every cell holding the label, top to bottom, left to right. */
export function findLabel(sheet: SheetValues, label: Text): CellPlace[] {
  const index = labelIndex(sheet);
  const found = [...keysOf(label)].flatMap((key) => index.get(key) ?? []);
  return found.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** The first filled cell right of a place on its row: the value a label names. */
export function valueRightOf(sheet: SheetValues, place: CellPlace): PlacedValue | undefined {
  const cells = sheet.values[place.row] ?? [];
  for (let column = place.column + 1; column < cells.length; column += 1) {
    if (!isBlankValue(cells[column])) return { row: place.row, column, value: cells[column] };
  }
  return undefined;
}

/** The value right of the first cell holding the label; undefined when the label or its value is missing. */
export function labelledValue(sheet: SheetValues, label: Text): PlacedValue | undefined {
  for (const place of findLabel(sheet, label)) {
    const value = valueRightOf(sheet, place);
    if (value) return value;
  }
  return undefined;
}

/**
 * A formula's error as hosts hand it over: text such as #NAME? (Excel, Sheets) or an engine's error
 * object (HyperFormula). It is no result, and the roll-up says so rather than reading it as one.
 */
const ERROR_TEXT = /^#(?:N\/A|NAME\?|VALUE!|REF!|DIV\/0!|NUM!|NULL!|ERROR!|SPILL!|CALC!|BUSY!|GETTING_DATA|CYCLE!|LIC!)/;

export function isErrorValue(value: unknown): boolean {
  if (typeof value === 'string') return ERROR_TEXT.test(value.trim());
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) !== '[object Date]';
}

/** A cell as the text a user sees; '' for blanks and errors. */
export function shownText(value: unknown): string {
  if (isBlankValue(value) || isErrorValue(value)) return '';
  return String(value).trim();
}

/** The id a label's text names, among `choices`, by either language's spelling. */
export function matchLabelled<Id extends string>(value: unknown, choices: Readonly<Record<Id, Text>>): Id | undefined {
  const key = headerKey(shownText(value));
  if (key === '') return undefined;
  return (Object.keys(choices) as Id[]).find((id) => keysOf(choices[id]).has(key));
}
