import { text, type Text } from '../i18n';

/**
 * How a workbook writes numbers as text: the decimal mark is `.` (thousands grouped by `,` or a space,
 * 1,234,567.89) or `,` (thousands grouped by `.` or a space, 1.234.567,89). The Settings sheet's
 * DK_DECIMAL_MARK holds it; a workbook without that cell writes numbers the `.` way.
 */
export type DecimalMark = '.' | ',';

export const DECIMAL_MARKS: readonly DecimalMark[] = ['.', ','];

/** The convention of a workbook whose Settings sheet does not (yet) say. */
export const DEFAULT_DECIMAL_MARK: DecimalMark = '.';

/** The characters that may group thousands under each decimal mark. */
export function groupingMarks(decimalMark: DecimalMark): readonly string[] {
  return decimalMark === '.' ? [',', ' '] : ['.', ' '];
}

/** A number written the way the convention writes it, for messages: 1,234,567.89 or 1.234.567,89. */
export function exampleNumber(decimalMark: DecimalMark): string {
  return decimalMark === '.' ? '1,234,567.89' : '1.234.567,89';
}

/**
 * The decimal mark a settings cell holds, `.` or `,` (full-width forms typed with a Chinese IME too);
 * undefined for anything else, blank included. The functions script reads the mark this way: it names
 * the bad cell itself, so it carries no text saying what the cell may hold.
 */
export function readDecimalMark(raw: unknown): DecimalMark | undefined {
  const typed = typeof raw === 'string' ? raw.normalize('NFKC').trim() : raw;
  return isDecimalMark(typed) ? typed : undefined;
}

/**
 * The decimal mark a settings cell holds, as `readDecimalMark` reads it; a blank cell is undefined, so
 * the caller decides what a workbook without the setting means; anything else is a Text saying what the
 * cell may hold.
 */
export function parseDecimalMark(raw: unknown): DecimalMark | undefined | Text {
  const mark = readDecimalMark(raw);
  if (mark !== undefined || raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return mark;
  return invalidDecimalMark(raw);
}

export function isDecimalMark(value: unknown): value is DecimalMark {
  return value === '.' || value === ',';
}

function invalidDecimalMark(raw: unknown): Text {
  return text(`the decimal mark is "${String(raw)}"; choose . (1,234.5) or , (1.234,5)`, `小数点为“${String(raw)}”；请选择 .（1,234.5）或 ,（1.234,5）`);
}
