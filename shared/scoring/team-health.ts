import { DealKitError } from '../errors';
import { text } from '../i18n';

/**
 * CES's first team-health check: the share of revenue the best fifth of the reps bring in.
 * The top fifth is rounded up (5 reps → 1, 6 reps → 2) so a small team always has a top group;
 * a high share means the team depends on a few people.
 */
export function topFifthShare(revenueByRep: readonly number[]): number {
  if (revenueByRep.length === 0) {
    throw new DealKitError(text('revenue: list at least one rep', 'revenue：至少列出一名销售'), 'revenue');
  }
  revenueByRep.forEach((amount, index) => {
    if (!Number.isFinite(amount) || amount < 0) {
      throw new DealKitError(text(`revenue, row ${index + 1}: a rep's revenue must be a number of 0 or more`, `revenue 第 ${index + 1} 行：销售收入必须是不小于 0 的数字`), 'revenue');
    }
  });
  const total = revenueByRep.reduce((sum, amount) => sum + amount, 0);
  if (total === 0) {
    throw new DealKitError(text('revenue: the team has no revenue yet, so there is no share to work out', 'revenue：团队尚无收入，无法计算占比'), 'revenue');
  }
  const topCount = Math.ceil(revenueByRep.length / 5);
  const top = [...revenueByRep].sort((a, b) => b - a).slice(0, topCount);
  return top.reduce((sum, amount) => sum + amount, 0) / total;
}
