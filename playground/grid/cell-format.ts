/**
 * How the playground grid shows a computed value: plain text, following the cell's number format
 * the way a spreadsheet would for the few formats DealKit templates use.
 */
import { DetailedCellError, type CellValue } from 'hyperformula';
import { isoFromSerial } from '../../shared/pipeline/dates';

export interface ShownCell {
  readonly text: string;
  /** The error's message, for the tooltip. */
  readonly title?: string;
  readonly kind: 'empty' | 'number' | 'text' | 'boolean' | 'error';
}

function decimalsOf(format: string): number {
  const match = /\.(0+)/.exec(format);
  return match ? match[1].length : 0;
}

export function formatNumber(value: number, format: string | undefined): string {
  if (!format || format === 'General' || format === '@') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (/y/i.test(format) && /m/i.test(format)) {
    const iso = isoFromSerial(value);
    return /d/i.test(format) ? iso : iso.slice(0, 7);
  }
  if (format.includes('%')) return `${(value * 100).toFixed(decimalsOf(format))}%`;
  const decimals = decimalsOf(format);
  if (format.includes(',')) return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  if (/^0(\.0+)?$/.test(format)) return value.toFixed(decimals);
  return String(value);
}

export function showCell(value: CellValue, format: string | undefined): ShownCell {
  if (value === null || value === undefined || value === '') return { text: '', kind: 'empty' };
  if (value instanceof DetailedCellError) return { text: value.value, title: value.message, kind: 'error' };
  if (typeof value === 'number') return { text: formatNumber(value, format), kind: 'number' };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', kind: 'boolean' };
  return { text: String(value), kind: 'text' };
}
