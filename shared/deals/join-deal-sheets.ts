import type { SheetValues } from '../sheet-values';
import type { DealSheetSummary } from './assessment-summary';
import { DEAL_SHEET_KINDS, DEAL_SHEET_READERS, type DealSheetKind, type DealSheets } from './deal-sheet-readers';

/**
 * Every deal sheet in the workbook keyed by its Deal ID. Of two sheets of one kind carrying one id the
 * later-dated counts (its Date cell; an undated sheet is older than any dated one; on the same date, the
 * sheet further right in the workbook, which was added later); the other is reported, never dropped
 * silently. A sheet without a Deal ID, or with one no counted pipeline row carries, is reported too, so
 * every deal sheet read is either joined or listed: read = joined + reported.
 */

export type DealSheetIssueKind =
  /** Another sheet of the same kind for the same deal counts instead. */
  | 'superseded'
  /** The Deal ID cell is blank, or the sheet has no Deal ID label. */
  | 'noDealId'
  /** No counted pipeline row carries the id (set aside, or not in any pipeline). */
  | 'notInPipeline';

export interface DealSheetIssue {
  readonly kind: DealSheetIssueKind;
  readonly sheetKind: DealSheetKind;
  readonly sheet: string;
  /** As typed; '' when blank or missing. */
  readonly dealId: string;
  /** superseded: the sheet that counts instead. */
  readonly keptSheet?: string;
  /** notInPipeline: the id is on a pipeline row that was set aside. */
  readonly setAside?: boolean;
}

export interface JoinedDealSheets {
  /** By Deal ID, for ids a counted pipeline row carries. */
  readonly byDeal: ReadonlyMap<string, DealSheets>;
  readonly issues: readonly DealSheetIssue[];
  /** Per kind: sheets read = joined + reported. */
  readonly tally: Readonly<Record<DealSheetKind, { readonly read: number; readonly joined: number; readonly reported: number }>>;
}

export interface JoinOptions {
  /** Ids of the counted pipeline rows. */
  readonly dealIds: ReadonlySet<string>;
  /** Ids of pipeline rows set aside: an orphan sheet for one says so. */
  readonly setAsideIds?: ReadonlySet<string>;
}

interface Found {
  readonly summary: DealSheetSummary;
  readonly order: number;
}

/** Whether `a` counts over `b`: later date, else later in the workbook. */
function newer(a: Found, b: Found): boolean {
  const da = a.summary.date ?? -Infinity;
  const db = b.summary.date ?? -Infinity;
  return da !== db ? da > db : a.order > b.order;
}

export function joinDealSheets(sheets: readonly SheetValues[], options: JoinOptions): JoinedDealSheets {
  const issues: DealSheetIssue[] = [];
  const byDeal = new Map<string, { -readonly [K in DealSheetKind]?: Found }>();
  const tally = Object.fromEntries(DEAL_SHEET_KINDS.map((kind) => [kind, { read: 0, joined: 0, reported: 0 }])) as Record<DealSheetKind, { read: number; joined: number; reported: number }>;
  const report = (issue: DealSheetIssue): void => {
    issues.push(issue);
    tally[issue.sheetKind].reported += 1;
  };

  sheets.forEach((sheet, order) => {
    for (const kind of DEAL_SHEET_KINDS) {
      const summary = DEAL_SHEET_READERS[kind].read(sheet);
      if (!summary) continue;
      tally[kind].read += 1;
      const dealId = summary.dealId ?? '';
      if (dealId === '') {
        report({ kind: 'noDealId', sheetKind: kind, sheet: sheet.name, dealId });
      } else if (!options.dealIds.has(dealId)) {
        report({ kind: 'notInPipeline', sheetKind: kind, sheet: sheet.name, dealId, ...(options.setAsideIds?.has(dealId) ? { setAside: true } : {}) });
      } else {
        const own = byDeal.get(dealId) ?? {};
        byDeal.set(dealId, own);
        const found: Found = { summary, order };
        const before = own[kind];
        if (!before) {
          own[kind] = found;
        } else {
          const [kept, dropped] = newer(found, before) ? [found, before] : [before, found];
          own[kind] = kept;
          report({ kind: 'superseded', sheetKind: kind, sheet: dropped.summary.sheet, dealId, keptSheet: kept.summary.sheet });
        }
      }
      // A sheet is of one kind: the first reader that knows it has it.
      break;
    }
  });

  const joined = new Map<string, DealSheets>();
  for (const [dealId, found] of byDeal) {
    const deal: Record<string, DealSheetSummary> = {};
    for (const kind of DEAL_SHEET_KINDS) {
      const one = found[kind];
      if (one) {
        deal[kind] = one.summary;
        tally[kind].joined += 1;
      }
    }
    joined.set(dealId, deal as DealSheets);
  }
  // A superseded sheet's kept rival may itself be superseded later: name the one that finally counts.
  const finalIssues = issues.map((issue) => (issue.kind === 'superseded' ? { ...issue, keptSheet: found(joined, issue) ?? issue.keptSheet } : issue));
  return { byDeal: joined, issues: finalIssues, tally };
}

function found(joined: ReadonlyMap<string, DealSheets>, issue: DealSheetIssue): string | undefined {
  return joined.get(issue.dealId)?.[issue.sheetKind]?.sheet;
}
