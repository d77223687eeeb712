import { argumentError } from '../errors';
import type { BusinessModelGradeId } from '../methods';
import { DEFAULT_SETTINGS, type ScoringSettings } from './settings';

/** CES business-model grade, A best to E worst (METHODOLOGY §4). */
export type BusinessGrade = BusinessModelGradeId;
export const BUSINESS_GRADES: readonly BusinessGrade[] = ['A', 'B', 'C', 'D', 'E'];

function scale(value: unknown, argument: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1 || value > 5) {
    throw argumentError(argument, `${value} is not on the 1–5 scale`, `${value} 不在 1–5 的范围内`);
  }
  return value;
}

/**
 * Grades a deal's business model from its value to the customer and to us (1–5 each) and whether
 * it is strategic. METHODOLOGY's rules overlap, so they apply in this order, first match wins:
 *   1. A — both ≥ 4 and strategic (A is B plus strategy, so it must be tested before B);
 *   2. B — both ≥ 3 (so 3/3 is B, not C: "C otherwise" in METHODOLOGY yields to B);
 *   3. D — ours ≥ 4 and theirs ≤ 2 (one-sided in our favour);
 *   4. E — theirs ≥ 4 and ours ≤ 2 (one-sided in theirs);
 *   5. C — both ≤ 3;
 *   6. C — anything no rule names (only possible with fractional values or edited thresholds):
 *      a mix that is neither mutual nor clearly one-sided is a thin, commodity-like exchange.
 * With the default thresholds and whole numbers, D, E and C never overlap, so only 1–2 matter.
 */
export function businessGrade(valueToCustomer: number, valueToUs: number, strategic: boolean, settings: ScoringSettings = DEFAULT_SETTINGS): BusinessGrade {
  const theirs = scale(valueToCustomer, 'valueToCustomer');
  const ours = scale(valueToUs, 'valueToUs');
  const g = settings.grade;
  if (strategic && theirs >= g.aMin && ours >= g.aMin) return 'A';
  if (theirs >= g.bMin && ours >= g.bMin) return 'B';
  if (ours >= g.dOursMin && theirs <= g.dTheirsMax) return 'D';
  if (theirs >= g.eTheirsMin && ours <= g.eOursMax) return 'E';
  return 'C';
}
