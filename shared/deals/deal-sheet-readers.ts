import { text, type Text } from '../i18n';
import type { SheetValues } from '../sheet-values';
import { readAssessmentSummary, type DealSheetSummary } from './assessment-summary';
import { readValueSummary } from './value-summary';

/**
 * The deal sheets the roll-up joins to pipeline rows, one reader per kind. A new kind of deal sheet
 * (key players, action plan) joins by one entry here: the join, the duplicate and orphan reports and
 * the deal-health flags then see it under its key.
 */

export interface DealSheetReader<Summary extends DealSheetSummary> {
  /** What the sheet is, in messages ("assessment"). */
  readonly label: Text;
  /** The sheet's summary, or undefined when the sheet is not of this kind. */
  readonly read: (sheet: SheetValues) => Summary | undefined;
}

export const DEAL_SHEET_READERS = {
  assessment: { label: text('assessment', '机会评估'), read: readAssessmentSummary },
  value: { label: text('value proposition', '价值主张'), read: readValueSummary },
} as const satisfies Record<string, DealSheetReader<DealSheetSummary>>;

export type DealSheetKind = keyof typeof DEAL_SHEET_READERS;

export const DEAL_SHEET_KINDS = Object.keys(DEAL_SHEET_READERS) as DealSheetKind[];

/** The summary a kind's reader gives. */
export type DealSheetSummaryOf<K extends DealSheetKind> = NonNullable<ReturnType<(typeof DEAL_SHEET_READERS)[K]['read']>>;

/** One deal's sheets, the one that counts of each kind. */
export type DealSheets = { readonly [K in DealSheetKind]?: DealSheetSummaryOf<K> };
