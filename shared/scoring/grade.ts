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
 * Grades a deal's business model from its value to the customer and to us (1–5 each) and whether it
 * is strategic for the customer. First match wins:
 *   1. D — ours exceed theirs by 2 or more: we gain at their expense, however high both are (seed 004:
 *      "你所得的,多于你所付出的,多于客户所得到的价值"), so 3/5 is D, not B;
 *   2. E — theirs exceed ours by 2 or more: we give away value we do not recover;
 *   3. A — both ≥ 4 and strategic for the customer (A is B plus that, so it is tested before B);
 *   4. B — both ≥ 3;
 *   5. C — otherwise: a thin, commodity-like exchange.
 */
export function businessGrade(valueToCustomer: number, valueToUs: number, strategic: boolean, settings: ScoringSettings = DEFAULT_SETTINGS): BusinessGrade {
  const theirs = scale(valueToCustomer, 'valueToCustomer');
  const ours = scale(valueToUs, 'valueToUs');
  const g = settings.grade;
  if (ours - theirs >= g.lopsidedGap) return 'D';
  if (theirs - ours >= g.lopsidedGap) return 'E';
  if (strategic && theirs >= g.aMin && ours >= g.aMin) return 'A';
  if (theirs >= g.bMin && ours >= g.bMin) return 'B';
  return 'C';
}
