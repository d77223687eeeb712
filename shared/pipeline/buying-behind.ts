import { expectedBuyingStep, readBuyingStep, type BuyingStep } from '../methods/buying-process';
import type { LadderId } from '../methods/types';
import type { CountedDeal } from './rollup';

/**
 * Open deals whose customer is evidently behind the buying step their claimed stage expects: the rep
 * says "evaluation", the customer has not yet set a budget. Read from the buying-step column the rep
 * fills; deals without a readable step are counted, not listed, because no step is no evidence either way.
 */

export interface BuyingBehindDeal<Deal extends CountedDeal = CountedDeal> {
  readonly deal: Deal;
  readonly expected: BuyingStep;
  readonly evidenced: BuyingStep;
  /** expected − evidenced, in steps (at least 1). */
  readonly behind: number;
}

export interface BuyingBehind<Deal extends CountedDeal = CountedDeal> {
  readonly ladder: LadderId;
  /** Furthest behind first. */
  readonly deals: readonly BuyingBehindDeal<Deal>[];
  /** Open deals on a stage that expects a step whose buying-step cell is blank or names no step. */
  readonly notRecorded: number;
}

export function buyingStepsBehind<Deal extends CountedDeal & { readonly kind: 'open' | 'won' | 'lost' }>(deals: readonly Deal[], ladder: LadderId): BuyingBehind<Deal> {
  const behind: BuyingBehindDeal<Deal>[] = [];
  let notRecorded = 0;
  for (const deal of deals) {
    if (deal.kind !== 'open') continue;
    const expected = expectedBuyingStep(ladder, deal.stage);
    if (!expected) continue;
    const evidenced = readBuyingStep(ladder, deal.buyingStep);
    if (!evidenced) notRecorded += 1;
    else if (evidenced.number < expected.number) behind.push({ deal, expected, evidenced, behind: expected.number - evidenced.number });
  }
  return { ladder, deals: behind.sort((a, b) => b.behind - a.behind), notRecorded };
}
