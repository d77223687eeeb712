import type { Locale } from '../i18n';
import type { StageTable } from '../scoring/stage-table';
import { StageToWinTally } from '../scoring/stage-to-win';
import type { HistorySnapshot } from './snapshot';

/**
 * What the snapshot history says each stage is worth, beside what the stage table says: of the deals
 * that reached a stage, how many were won and lost since (StageToWinTally says how a deal reaches a
 * stage and why open deals are no losses). A stage no deal has closed from has no figure, never a 0 %.
 */
export interface StageConversionLine {
  readonly code: string;
  readonly label: string;
  /** The probability the workbook's stage table gives, 0–1. */
  readonly probability: number;
  /** Deals that reached this stage (open, won or lost). */
  readonly reached: number;
  readonly won: number;
  readonly lost: number;
  /** won ÷ (won + lost); null when none of them has closed. */
  readonly conversion: number | null;
  /**
   * The probability adopting the team's figures writes: the conversion to a whole percent, at most 99 %
   * (a range ladder reads a row at 100 % as the won stage); null when no deal closed, so the stage keeps its own.
   */
  readonly calibrated: number | null;
  /** Fewer than FEW_CLOSED_DEALS closed deals behind the figure: too few to trust on their own. */
  readonly fewDeals: boolean;
}

export interface StageConversion {
  readonly snapshots: number;
  /** Every open stage of the table, in ladder order (the won stage and LOST are outcomes, not lines). */
  readonly lines: readonly StageConversionLine[];
}

/** Below this many won and lost deals a stage's conversion is shown with a warning. */
export const FEW_CLOSED_DEALS = 10;

const HIGHEST_OPEN_PROBABILITY = 0.99;

export function calibratedProbability(conversion: number | null): number | null {
  return conversion === null ? null : Math.min(HIGHEST_OPEN_PROBABILITY, Math.round(conversion * 100) / 100);
}

export function stageConversion(history: readonly HistorySnapshot[], table: StageTable, locale: Locale): StageConversion {
  const byCode = new Map([...table.stages, table.lost].map((stage) => [stage.code.toUpperCase(), stage]));
  const tally = new StageToWinTally();
  for (const snapshot of [...history].sort((a, b) => a.date - b.date)) {
    for (const deal of snapshot.deals) {
      // A stage the table does not have (a ladder changed since) says nothing about this table's stages.
      const stage = byCode.get(deal.stage.toUpperCase());
      if (stage) tally.add(deal.id, stage);
    }
  }
  const lines = tally.result(table).map(({ stage, reached, won, lost, conversion }): StageConversionLine => ({
    code: stage.code,
    label: stage.label[locale],
    probability: stage.probability,
    reached,
    won,
    lost,
    conversion,
    calibrated: calibratedProbability(conversion),
    fewDeals: won + lost < FEW_CLOSED_DEALS,
  }));
  return { snapshots: history.length, lines };
}
