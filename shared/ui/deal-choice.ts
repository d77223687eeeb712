import type { PipelineDeal } from '../workbook/backend';

/**
 * The deals a wizard offers for a sheet's Deal ID: the rep's pipeline rows (what listDeals read), or a
 * new deal with an id none of them uses. Held by the Qualify and Value wizards alike.
 */

export interface DealOption {
  readonly id: string;
  /** What the rep recognises the deal by: account and opportunity as typed. */
  readonly name: string;
}

export function dealOptions(deals: readonly PipelineDeal[]): DealOption[] {
  const seen = new Set<string>();
  const options: DealOption[] = [];
  for (const deal of deals) {
    const id = deal.id.trim();
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    options.push({ id, name: [deal.account, deal.opportunity].filter((part) => part.trim() !== '').join(' · ') });
  }
  return options;
}
