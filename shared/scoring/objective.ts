import { DEFAULT_DECIMAL_MARK } from '../numbers/decimal-mark';
import { readNumberText } from '../numbers/read-number';
import type { ObjectivePartId } from '../methods';

/** What a GOSAT objective must name (METHODOLOGY §6): the product, the order amount and the close date. */
export interface ObjectiveParts {
  readonly product?: string | null;
  readonly amount?: number | string | null;
  readonly closeDate?: number | string | null;
}

/**
 * The parts an objective still lacks, in the order the method asks for them; empty when it is
 * specific (names what we sell), measurable (a positive amount) and time-bound (a close date).
 * A date is a serial day number or a year-first text date.
 */
export function missingObjectiveParts(parts: ObjectiveParts): ObjectivePartId[] {
  const missing: ObjectivePartId[] = [];
  if (typeof parts.product !== 'string' || parts.product.trim() === '') missing.push('product');
  if (!isPositiveAmount(parts.amount)) missing.push('amount');
  if (!isDate(parts.closeDate)) missing.push('closeDate');
  return missing;
}

function isPositiveAmount(value: ObjectiveParts['amount']): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0;
  if (typeof value !== 'string') return false;
  const reading = readNumberText(value, { decimalMark: DEFAULT_DECIMAL_MARK, currency: true });
  return reading.ok && reading.value > 0;
}

function isDate(value: ObjectiveParts['closeDate']): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0;
  return typeof value === 'string' && /^\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}/.test(value.trim());
}
