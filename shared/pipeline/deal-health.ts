import type { DealSheets } from '../deals/deal-sheet-readers';
import type { DealKeyPlayers } from '../deals/key-players-summary';
import { joinDealSheets, type JoinedDealSheets, type DealSheetIssue } from '../deals/join-deal-sheets';
import type { SheetValues } from '../sheet-values';
import type { PricedDeal } from './dashboard';
import { DEAL_FLAGS, flagsOf, type DealFlagId } from './deal-flags';
import type { SetAsideRow } from './rollup';

/**
 * The deal-health table: every counted deal with what its own sheets concluded (verdict, control,
 * strategy, gaps, business-model grade, net value) and the flags those raise. A deal without an
 * assessment is a row that says so, never left out; flagged deals come first.
 */

export interface DealHealthRow {
  readonly deal: PricedDeal;
  readonly sheets: DealSheets;
  /** The deal's key-player map(s), when it has one. */
  readonly keyPlayers?: DealKeyPlayers;
  readonly flags: readonly DealFlagId[];
}

export interface DealHealth {
  readonly rows: readonly DealHealthRow[];
  readonly flagCounts: Readonly<Record<DealFlagId, number>>;
  /** Counted deals no assessment joins. */
  readonly withoutAssessment: number;
  /** Deal sheets not joined: superseded by a later one, without a Deal ID, or for no counted deal. */
  readonly issues: readonly DealSheetIssue[];
  readonly tally: JoinedDealSheets['tally'];
}

export function dealHealth(
  deals: readonly PricedDeal[],
  sheets: readonly SheetValues[],
  setAside: readonly SetAsideRow[] = [],
  keyPlayers: ReadonlyMap<string, DealKeyPlayers> = new Map(),
): DealHealth {
  const joined = joinDealSheets(sheets, {
    dealIds: new Set(deals.map((d) => d.id)),
    setAsideIds: new Set(setAside.map((r) => r.id).filter((id) => id !== '')),
  });
  const rows = deals.map((deal): DealHealthRow => {
    const own = joined.byDeal.get(deal.id) ?? {};
    const players = keyPlayers.get(deal.id);
    return { deal, sheets: own, ...(players ? { keyPlayers: players } : {}), flags: flagsOf({ deal, sheets: own, ...(players ? { keyPlayers: players } : {}) }) };
  });
  const flagCounts = Object.fromEntries(DEAL_FLAGS.map((flag) => [flag.id, rows.filter((r) => r.flags.includes(flag.id)).length])) as Record<DealFlagId, number>;
  // Stable: among flagged deals and among the rest, the Team pipeline's order.
  const ordered = [...rows.filter((r) => r.flags.length > 0), ...rows.filter((r) => r.flags.length === 0)];
  return {
    rows: ordered,
    flagCounts,
    withoutAssessment: rows.filter((r) => r.sheets.assessment === undefined).length,
    issues: joined.issues,
    tally: joined.tally,
  };
}
