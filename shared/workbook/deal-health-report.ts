import type { Text } from '../i18n';
import { DEAL_FLAGS } from '../pipeline/deal-flags';
import type { DealHealth } from '../pipeline/deal-health';

/**
 * What the Team panel shows of the deal-health table: how many deals each flag catches, how many
 * have no assessment, and how many deal sheets were not joined (the Dashboard lists them). Counts and
 * the product's own words only: no cell text.
 */

export interface DealFlagCount {
  readonly id: string;
  readonly label: Text;
  readonly deals: number;
}

export interface DealHealthCounts {
  readonly flags: readonly DealFlagCount[];
  readonly deals: number;
  readonly withoutAssessment: number;
  readonly sheetsNotJoined: number;
}

const plain = (t: Text): Text => ({ en: t.en, 'zh-CN': t['zh-CN'] });

export function dealHealthCountsOf(health: DealHealth): DealHealthCounts {
  return {
    flags: DEAL_FLAGS.map((flag) => ({ id: flag.id, label: plain(flag.label), deals: health.flagCounts[flag.id] })),
    deals: health.rows.length,
    withoutAssessment: health.withoutAssessment,
    sheetsNotJoined: health.issues.length,
  };
}
