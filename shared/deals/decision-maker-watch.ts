import type { AttitudeId } from '../methods/key-players';
import type { CountedDeal } from '../pipeline/rollup';
import type { DealKeyPlayers, KeyPlayerRecord } from './key-players-summary';

/**
 * Deals whose decision maker is not with us or has gone quiet: the attitude is neutral or worse, or
 * nobody has spoken to them for longer than the Settings limit (or no contact is dated at all).
 * Every deal with a key-player map is looked at; a won or lost pipeline row is past worrying about.
 */

export type DecisionMakerConcern = 'attitude' | 'noContactDate' | 'contactStale';

export interface DecisionMakerWatchRow<Deal extends CountedDeal = CountedDeal> {
  readonly dealId: string;
  /** The pipeline row with the same Deal ID, when the roll-up counted one. */
  readonly deal?: Deal;
  readonly decisionMakers: readonly KeyPlayerRecord[];
  readonly attitude?: AttitudeId;
  readonly lastContact?: number;
  /** Days from the last contact to the as-of day. */
  readonly daysSinceContact?: number;
  readonly concerns: readonly DecisionMakerConcern[];
}

export interface DecisionMakerWatch<Deal extends CountedDeal = CountedDeal> {
  /** The Settings limit the rows were judged by. */
  readonly contactDays: number;
  /** Worst first: an unfriendly decision maker before a quiet one, then the longest silence. */
  readonly rows: readonly DecisionMakerWatchRow<Deal>[];
}

const NEUTRAL_OR_WORSE: ReadonlySet<AttitudeId> = new Set(['neutral', 'nonSupporter', 'enemy']);

export function decisionMakerWatch<Deal extends CountedDeal & { readonly kind: 'open' | 'won' | 'lost' }>(
  keyPlayers: ReadonlyMap<string, DealKeyPlayers>,
  deals: readonly Deal[],
  asOf: number,
  contactDays: number,
): DecisionMakerWatch<Deal> {
  const byId = new Map(deals.map((deal) => [deal.id, deal]));
  const rows: DecisionMakerWatchRow<Deal>[] = [];
  for (const entry of keyPlayers.values()) {
    if (!entry.hasDecisionMaker) continue;
    const deal = byId.get(entry.dealId);
    if (deal && deal.kind !== 'open') continue;
    const concerns: DecisionMakerConcern[] = [];
    if (entry.decisionMakerAttitude !== undefined && NEUTRAL_OR_WORSE.has(entry.decisionMakerAttitude)) concerns.push('attitude');
    const last = entry.decisionMakerLastContact;
    const days = last === undefined ? undefined : asOf - last;
    if (days === undefined) concerns.push('noContactDate');
    else if (days > contactDays) concerns.push('contactStale');
    if (concerns.length === 0) continue;
    rows.push({
      dealId: entry.dealId,
      ...(deal ? { deal } : {}),
      decisionMakers: entry.decisionMakers,
      ...(entry.decisionMakerAttitude === undefined ? {} : { attitude: entry.decisionMakerAttitude }),
      ...(last === undefined ? {} : { lastContact: last }),
      ...(days === undefined ? {} : { daysSinceContact: days }),
      concerns,
    });
  }
  const silence = (row: DecisionMakerWatchRow<Deal>): number => row.daysSinceContact ?? Number.POSITIVE_INFINITY;
  rows.sort((a, b) => Number(b.concerns.includes('attitude')) - Number(a.concerns.includes('attitude')) || silence(b) - silence(a) || a.dealId.localeCompare(b.dealId));
  return { contactDays, rows };
}
