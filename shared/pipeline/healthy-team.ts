import { topFifthShare } from '../scoring/team-health';
import type { Dashboard } from './dashboard';

/**
 * CES's healthy-team question "80 % of the revenue is made by what share of the reps?", answered from
 * the dashboard's per-rep figures. Revenue is what the reps won in the period; before anything is won
 * there it is their weighted open pipeline, so an early-quarter dashboard still answers, and says so.
 */

export type RevenueBasis = 'wonInPeriod' | 'weightedPipeline';

export interface RankedRep {
  readonly rep: string;
  readonly revenue: number;
  /** This rep's revenue ÷ the team's. */
  readonly share: number;
  /** The revenue of this rep and everyone ranked above, ÷ the team's. */
  readonly cumulativeShare: number;
  /** Among the fewest reps whose revenue reaches 80 % of the team's. */
  readonly inGroup: boolean;
}

export interface HealthyTeamFigures {
  /** null when the team has neither won revenue in the period nor weighted pipeline. */
  readonly basis: RevenueBasis | null;
  readonly period: string;
  /** Every rep on the dashboard, highest revenue first (ties keep the dashboard's order). */
  readonly ranking: readonly RankedRep[];
  readonly repCount: number;
  /** The fewest reps whose revenue together reaches 80 % of the team's; 0 without revenue. */
  readonly repsMakingMost: number;
  /** repsMakingMost ÷ repCount; null without revenue. */
  readonly repShare: number | null;
  /** The best fifth of the reps (rounded up) and the share of revenue they make; null without revenue. */
  readonly topFifthCount: number;
  readonly topFifthShare: number | null;
}

export function healthyTeamFigures(dashboard: Pick<Dashboard, 'reps' | 'team' | 'period'>): HealthyTeamFigures {
  const basis: RevenueBasis | null = dashboard.team.periodWon > 0 ? 'wonInPeriod' : dashboard.team.weighted > 0 ? 'weightedPipeline' : null;
  const revenueOf = (r: Dashboard['reps'][number]): number => (basis === 'wonInPeriod' ? r.periodWon : basis === 'weightedPipeline' ? r.weighted : 0);
  // Whole cents, so a rep whose revenue reaches exactly 80 % counts as reaching it.
  const cents = dashboard.reps.map((r, order) => ({ rep: r.rep, order, revenue: revenueOf(r), cents: Math.round(revenueOf(r) * 100) }));
  const sorted = [...cents].sort((a, b) => b.cents - a.cents || a.order - b.order);
  const totalCents = sorted.reduce((sum, r) => sum + r.cents, 0);
  const repCount = sorted.length;
  // Rounded up as topFifthShare rounds it, so the count shown is the group it measured.
  const topFifthCount = Math.ceil(repCount / 5);
  let running = 0;
  let reached = false;
  let repsMakingMost = 0;
  const ranking = sorted.map((r): RankedRep => {
    const inGroup = totalCents > 0 && !reached;
    running += r.cents;
    if (inGroup) {
      repsMakingMost += 1;
      // 80 %: running ÷ total ≥ 4 ÷ 5, compared in whole numbers.
      reached = running * 5 >= totalCents * 4;
    }
    return { rep: r.rep, revenue: r.revenue, share: totalCents === 0 ? 0 : r.cents / totalCents, cumulativeShare: totalCents === 0 ? 0 : running / totalCents, inGroup };
  });
  return {
    basis,
    period: dashboard.period.key,
    ranking,
    repCount,
    repsMakingMost,
    repShare: totalCents === 0 || repCount === 0 ? null : repsMakingMost / repCount,
    topFifthCount,
    topFifthShare: totalCents === 0 ? null : topFifthShare(sorted.map((r) => r.cents)),
  };
}
