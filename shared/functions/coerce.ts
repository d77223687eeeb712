import { isBlank } from '../blank';
import { argumentError, DealKitError } from '../errors';
import { text, type Text } from '../i18n';
import type { DecimalMark } from '../numbers/decimal-mark';
import { DEFAULT_DECIMAL_MARK } from '../numbers/decimal-mark';
import { NOT_A_NUMBER, readFigureText, type NumberReading } from '../numbers/read-number';
import type { Cell, Grid, ParamKind, ParamSpec } from './types';

/**
 * An error value a host passed in (#N/A, #REF!…). Host adapters build it from their own error
 * objects (HyperFormula's CellError); Excel and Sheets hand errors over as their display text.
 */
export interface HostErrorValue {
  readonly dealKitHostError: string;
}

export function hostError(code: string): HostErrorValue {
  return { dealKitHostError: code };
}

export function isHostError(value: unknown): value is HostErrorValue {
  return typeof value === 'object' && value !== null && typeof (value as { dealKitHostError?: unknown }).dealKitHostError === 'string';
}

const ERROR_CODES = new Set([
  '#N/A',
  '#VALUE!',
  '#REF!',
  '#DIV/0!',
  '#NUM!',
  '#NAME?',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#BUSY!',
  '#CONNECT!',
  '#FIELD!',
  '#BLOCKED!',
  '#UNKNOWN!',
  '#CYCLE!',
  '#LIC!',
]);

/** A string that is a spreadsheet error code, as Sheets passes error cells inside ranges. */
export function errorCodeOf(value: unknown): string | undefined {
  if (isHostError(value)) return value.dealKitHostError;
  if (typeof value === 'string' && ERROR_CODES.has(value.trim().toUpperCase())) return value.trim().toUpperCase();
  return undefined;
}

// --- messages that name what is wrong ------------------------------------------------------------

/** The scoring rules build the same messages; the function layer keeps importing them from here. */
export { argumentError, isBlank };

/** An error about one row of a range argument: "ratings, row 3: …" (rows count from 1 within the range). */
export function rowError(argument: string, row: number, en: string, zh: string): DealKitError {
  return new DealKitError(text(`${argument}, row ${row}: ${en}`, `${argument}，第 ${row} 行：${zh}`), argument);
}

/** How a cell is quoted in a message: text in quotes, the rest as a spreadsheet shows it. */
export function showCell(cell: Cell): string {
  if (cell === null) return '(blank)';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return String(cell);
  const shown = cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
  return `'${shown}'`;
}

// --- raw host values to cells --------------------------------------------------------------------

/** Days from 1899-12-30 (day 0 of the spreadsheet calendar) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86400000;

function isDateObject(value: unknown): value is Date {
  // Compared by tag, not instanceof: Apps Script and test sandboxes hand over Dates from another realm.
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * A date as the serial number spreadsheets use. Sheets hands custom functions Date objects at midnight
 * of the script's time zone, so the wall-clock fields (not the UTC instant) carry the calendar day.
 */
export function dateToSerial(date: Date): number {
  const wallClock = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds());
  return wallClock / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function cellFailure(argument: string, row: number | undefined, en: string, zh: string): DealKitError {
  return row === undefined ? argumentError(argument, en, zh) : rowError(argument, row, en, zh);
}

/** What a cell holding a host's error value is told, wherever the cell is read. */
export function heldErrorText(code: string): Text {
  return text(`the cell holds the error ${code}; fix that cell first`, `单元格中是错误值 ${code}，请先修正该单元格`);
}

function errorCellFailure(code: string, argument: string, row: number | undefined): DealKitError {
  const held = heldErrorText(code);
  return cellFailure(argument, row, held.en, held['zh-CN']);
}

/**
 * One raw host value as a cell. Error values become an error naming the argument (and row); anything a
 * spreadsheet cannot hold (objects, functions, NaN) is refused the same way rather than passed on.
 * Written for speed: one formula may pass a column of 100k cells.
 */
export function toCell(value: unknown, argument: string, row?: number): Cell {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw cellFailure(argument, row, 'the number is not finite', '数值不是有效数字');
      return value === 0 ? 0 : value;
    case 'string': {
      const last = value.length - 1;
      const trimmed = last >= 0 && value.charCodeAt(0) > 32 && value.charCodeAt(last) > 32 ? value : value.trim();
      if (trimmed === '') return null;
      if (trimmed.charCodeAt(0) === 35 /* # */) {
        const code = errorCodeOf(trimmed);
        if (code !== undefined) throw errorCellFailure(code, argument, row);
      }
      return trimmed;
    }
    case 'boolean':
      return value;
    case 'undefined':
      return null;
    default: {
      if (value === null) return null;
      if (isHostError(value)) throw errorCellFailure(value.dealKitHostError, argument, row);
      if (isDateObject(value)) {
        const serial = dateToSerial(value);
        if (!Number.isFinite(serial)) throw cellFailure(argument, row, 'the date is not valid', '日期无效');
        return serial;
      }
      throw cellFailure(argument, row, 'the value is not a number, text, date or TRUE/FALSE', '该值不是数字、文本、日期或 TRUE/FALSE');
    }
  }
}

/**
 * A host argument as a rectangular grid. Scalars become 1×1; ragged rows (which no host sends, but a
 * caller might) are padded with blanks rather than read out of line. A row whose cells already are what
 * `toCell` makes of them is kept as it is, and the host's array is returned uncopied when every row is:
 * the common case of a plain numeric or text column, which may have 100k rows.
 */
export function toGrid(value: unknown, argument: string): Grid {
  // A single value is row 1 of a one-cell range: Sheets hands a one-cell range over as its value, Excel as [[value]].
  if (!Array.isArray(value)) return [[toCell(value, argument, 1)]];
  let width = 0;
  for (const row of value) width = Math.max(width, Array.isArray(row) ? row.length : 1);
  if (value.length === 0 || width === 0) throw argumentError(argument, 'the range is empty', '区域为空');
  let grid: Cell[][] | undefined;
  for (let r = 0; r < value.length; r += 1) {
    const raw: unknown = value[r];
    const row: readonly unknown[] = Array.isArray(raw) ? raw : [raw];
    let cells: Cell[] | undefined = row === raw && row.length === width ? (row as Cell[]) : undefined;
    for (let c = 0; c < width; c += 1) {
      const cell = toCell(row[c], argument, r + 1);
      if (cells === undefined || !Object.is(cell, row[c])) {
        // -0 becomes 0, text loses its spaces, undefined becomes null: this row needs a copy.
        if (cells === undefined || cells === row) cells = row.slice(0, width) as Cell[];
        cells[c] = cell;
      }
    }
    if (grid === undefined && cells !== row) grid = value.slice(0, r) as Cell[][];
    if (grid !== undefined) grid.push(cells as Cell[]);
  }
  return grid ?? (value as Grid);
}

/** An argument left out, or a blank cell or a range of blank cells passed for it. */
export function isBlankArgument(value: unknown): boolean {
  if (isBlank(value)) return true;
  if (!Array.isArray(value)) return false;
  if (value.length === 0) return false;
  return value.every((row) => (Array.isArray(row) ? row.every(isBlank) : isBlank(row)));
}

/** The one value of a scalar argument: a range of one cell is read as that cell; a larger one is refused. */
function singleValue(value: unknown, argument: string): Cell {
  if (!Array.isArray(value)) return toCell(value, argument);
  const grid = toGrid(value, argument);
  if (grid.length !== 1 || grid[0].length !== 1) {
    throw argumentError(argument, `expected one value, got a range of ${grid.length}×${grid[0].length} cells`, `应为单个值，但传入了 ${grid.length}×${grid[0].length} 的区域`);
  }
  return grid[0][0];
}

// --- cells to the kinds the catalog declares ----------------------------------------------------

/**
 * A number from a cell, or why it is none: numbers as they are, text such as `1,200`, `25%` or `-3.5`
 * read by the workbook's decimal mark (shared/numbers). Currency signs are not numbers here: a
 * function's argument is a plain figure.
 */
export function readNumberCell(cell: Cell, decimalMark: DecimalMark): NumberReading {
  if (typeof cell === 'number') return { ok: true, value: cell };
  if (typeof cell !== 'string') return NOT_A_NUMBER;
  return readFigureText(cell, decimalMark);
}

/** A number from a cell as `readNumberCell` reads it; undefined when it is none. */
export function numberFromCell(cell: Cell, decimalMark: DecimalMark = DEFAULT_DECIMAL_MARK): number | undefined {
  const reading = readNumberCell(cell, decimalMark);
  return reading.ok ? reading.value : undefined;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'x', '+', '✓', '✔', '1', 'ticked', 'checked', '是', '对', '有', '√']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '-', '0', '否', '不', '无', '没有', '×']);

/** A tick from a cell: TRUE/FALSE, yes/no, x, 1/0, 是/否. Undefined when it is none of those. */
export function booleanFromCell(cell: Cell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  if (typeof cell !== 'string') return undefined;
  const key = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return undefined;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The days a spreadsheet date can be: 1900-01-01 (serial 1) to 9999-12-31, the range Excel calculates
 * with (Microsoft Learn, "Excel specifications and limits"). Anything outside is not a date a deal has.
 */
const FIRST_DATE_SERIAL = 1;
const LAST_DATE_SERIAL = 2958465;
export const DATE_RANGE_TEXT = text('a date from 1900-01-01 to 9999-12-31', '1900-01-01 至 9999-12-31 之间的日期');

/** A date serial from a cell: a serial number, or text written as YYYY-MM-DD, from 1900 to 9999. */
export function dateFromCell(cell: Cell): number | undefined {
  if (typeof cell === 'number') return cell >= FIRST_DATE_SERIAL && cell < LAST_DATE_SERIAL + 1 ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const match = ISO_DATE.exec(cell.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return dateFromCell(utc / MS_PER_DAY + UNIX_EPOCH_SERIAL);
}

type ScalarKind = Exclude<ParamKind, 'range'>;

const KIND_NAMES: Record<ScalarKind, readonly [string, string]> = {
  number: ['a number', '数字'],
  text: ['text', '文本'],
  boolean: ['TRUE or FALSE (yes / no)', 'TRUE 或 FALSE(是/否)'],
  date: ['a date', '日期'],
};

function scalarOfKind(cell: Cell, name: string, kind: ScalarKind, decimalMark: DecimalMark): number | string | boolean {
  const [kindEn, kindZh] = KIND_NAMES[kind];
  const refuse = (): DealKitError => argumentError(name, `${showCell(cell)} is not ${kindEn}`, `${showCell(cell)} 不是${kindZh}`);
  switch (kind) {
    case 'number': {
      const reading = readNumberCell(cell, decimalMark);
      if (reading.ok) return reading.value;
      if (reading.kind === 'notNumber') throw refuse();
      throw argumentError(name, `${showCell(cell)} ${reading.problem.en}`, `${showCell(cell)} ${reading.problem['zh-CN']}`);
    }
    case 'date': {
      const value = dateFromCell(cell);
      if (value !== undefined) return value;
      if (typeof cell !== 'number') throw refuse();
      throw argumentError(name, `${showCell(cell)} is not ${DATE_RANGE_TEXT.en}`, `${showCell(cell)} 不是${DATE_RANGE_TEXT['zh-CN']}`);
    }
    case 'boolean': {
      if (cell === null) return false;
      const value = booleanFromCell(cell);
      if (value === undefined) throw refuse();
      return value;
    }
    default:
      if (cell === null) return '';
      return typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : String(cell);
  }
}

/**
 * One argument coerced to its declared kind, or the parameter's default (or undefined) when an optional
 * argument is omitted or blank. Every refusal names the parameter.
 */
export function coerceArgument(value: unknown, param: ParamSpec, decimalMark: DecimalMark): unknown {
  if (isBlankArgument(value)) {
    if (param.optional) return param.default;
    // A blank required TRUE/FALSE is a question nobody answered yet (STRATEGY's answers, the only such
    // parameters): it arrives undefined for the function to say so, never as a silent FALSE.
    if (param.kind === 'boolean' && value !== undefined) return undefined;
    // A range of blank cells is still a range (e.g. an assessment not yet filled in). Sheets hands a
    // one-cell range over as the cell's value, '' when blank (Excel hands [[""]]), so blank text is one too.
    if (!(param.kind === 'range' && (Array.isArray(value) || typeof value === 'string'))) throw argumentError(param.name, 'is missing', '缺少该参数');
  }
  if (param.kind === 'range') return toGrid(value, param.name);
  return scalarOfKind(singleValue(value, param.name), param.name, param.kind, decimalMark);
}
