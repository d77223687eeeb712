import type { Locale } from '../i18n';
import type { StageTable } from '../scoring/stage-table';
import type { HistorySnapshot } from './snapshot';

/**
 * What the snapshot history says a stage is worth: of the deals seen at a stage whose outcome the
 * history knows (a later snapshot shows them won or lost), the share that were won. Deals still open
 * say nothing yet, so they are counted apart rather than as losses; a stage no closed deal went
 * through has no figure, never a 0 %.
 */
export interface StageConversionLine {
  readonly code: string;
  readonly label: string;
  /** The probability the workbook's stage table gives, 0–1. */
  readonly probability: number;
  /** Deals seen at this stage in any snapshot. */
  readonly seen: number;
  /** Of those, deals the latest snapshot shows won or lost. */
  readonly closed: number;
  readonly won: number;
  /** won ÷ closed; null when no deal seen here has closed. */
  readonly conversion: number | null;
}

export interface StageConversion {
  readonly snapshots: number;
  /** Every open stage of the table, in ladder order (the won stage and LOST are outcomes, not lines). */
  readonly lines: readonly StageConversionLine[];
}

export function stageConversion(history: readonly HistorySnapshot[], table: StageTable, locale: Locale): StageConversion {
  const ordered = [...history].sort((a, b) => a.date - b.date);
  const kindOf = new Map<string, 'open' | 'won' | 'lost'>([...table.stages.map((s) => [s.code.toUpperCase(), s.kind] as const), [table.lost.code.toUpperCase(), 'lost']]);
  const stagesSeen = new Map<string, Set<string>>();
  const outcome = new Map<string, 'won' | 'lost' | 'open'>();
  for (const snapshot of ordered) {
    for (const deal of snapshot.deals) {
      const code = deal.stage.toUpperCase();
      const kind = kindOf.get(code);
      // A stage the table does not have cannot be credited to any line; the deal's outcome still counts.
      if (kind === 'open') (stagesSeen.get(deal.id) ?? stagesSeen.set(deal.id, new Set()).get(deal.id))?.add(code);
      if (kind !== undefined) outcome.set(deal.id, kind);
    }
  }
  const lines = table.stages
    .filter((stage) => stage.kind === 'open')
    .map((stage): StageConversionLine => {
      const code = stage.code.toUpperCase();
      let seen = 0;
      let closed = 0;
      let won = 0;
      for (const [id, stages] of stagesSeen) {
        if (!stages.has(code)) continue;
        seen += 1;
        const result = outcome.get(id);
        if (result === 'won' || result === 'lost') closed += 1;
        if (result === 'won') won += 1;
      }
      return { code: stage.code, label: stage.label[locale], probability: stage.probability, seen, closed, won, conversion: closed === 0 ? null : won / closed };
    });
  return { snapshots: ordered.length, lines };
}
