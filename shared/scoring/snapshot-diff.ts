import { DealKitError } from '../errors';
import { text, type Text } from '../i18n';
import { LOST_STAGE } from '../methods/types';

/**
 * What changed in the pipeline between two snapshots (METHODOLOGY §5 "pipeline change"), as a bridge:
 * earlier total + the change of each category = later total, exactly, for the team and for each rep.
 *
 * The total is the open pipeline: deals neither won nor lost, by amount — or by weighted amount when a
 * probability per stage is given — and, when a period is given, only deals closing inside it. Values
 * are counted in whole cents so the bridge adds up exactly, not merely to rounding.
 *
 * Every deal that appears in either snapshot lands in exactly one category, the first that applies:
 *   1. won       — open before, won now (or lost before, won now); its change is minus its earlier value;
 *   2. lost      — open before, lost now (or won before, lost now);
 *   3. new       — not in the earlier snapshot (or closed then and open again now);
 *   4. removed   — in the earlier snapshot, gone from the later one without being won or lost;
 *   5. reassigned— now owned by another rep (the old rep's bridge loses it, the new rep's gains it);
 *   6. slipped   — close date later;           7. pulledIn — close date earlier;
 *   8. advanced  — stage higher on the ladder; 9. movedBack — stage lower;
 *  10. amountUp / 11. amountDown — only the amount changed;
 *  12. unchanged — nothing above (closed in both with the same outcome included).
 * Timing comes before stage because a forecast first asks whether a deal still lands when promised; a
 * deal that both advanced and slipped is reported as slipped. The whole change of a deal — including
 * an amount edit made at the same time — goes to its one category.
 */

export interface SnapshotDeal {
  readonly id: string;
  readonly owner: string;
  readonly amount: number;
  /** Stage code; LOST for a lost deal, the ladder's last code for a won one. */
  readonly stage: string;
  /** Serial day. */
  readonly closeDate: number;
  /** Name shown in change lists; optional for callers that only need figures. */
  readonly name?: string;
}

export interface PipelineSnapshot {
  /** Serial day the snapshot was taken. */
  readonly date: number;
  readonly deals: readonly SnapshotDeal[];
}

export type ChangeCategory = 'won' | 'lost' | 'new' | 'removed' | 'reassigned' | 'slipped' | 'pulledIn' | 'advanced' | 'movedBack' | 'amountUp' | 'amountDown' | 'unchanged';

/** Waterfall order: what fills the pipeline, then what drains it. */
export const CHANGE_CATEGORIES: readonly ChangeCategory[] = [
  'new',
  'pulledIn',
  'advanced',
  'amountUp',
  'reassigned',
  'amountDown',
  'movedBack',
  'slipped',
  'won',
  'lost',
  'removed',
  'unchanged',
];

export const CHANGE_CATEGORY_LABELS: Readonly<Record<ChangeCategory, Text>> = {
  new: text('New', '新增'),
  pulledIn: text('Pulled in', '提前'),
  advanced: text('Advanced', '推进'),
  amountUp: text('Amount up', '金额增加'),
  reassigned: text('Reassigned', '转交'),
  amountDown: text('Amount down', '金额减少'),
  movedBack: text('Moved back', '倒退'),
  slipped: text('Slipped', '推迟'),
  won: text('Won', '赢单'),
  lost: text('Lost', '丢单'),
  removed: text('Removed', '已移除'),
  unchanged: text('Unchanged', '无变化'),
};

export interface SnapshotDiffOptions {
  /** Stage codes in ladder order, the won stage last (LOST is implied). */
  readonly stageCodes: readonly string[];
  /** When given, the bridge is of weighted amounts: amount × this probability (0–1) of the stage. */
  readonly probabilityOf?: (stageCode: string) => number;
  /** When given, only deals closing within these serial days (inclusive) count toward a total. */
  readonly period?: { readonly start: number; readonly end: number };
}

export interface DealChange {
  readonly id: string;
  readonly category: ChangeCategory;
  readonly earlier?: SnapshotDeal;
  readonly later?: SnapshotDeal;
  /** Later value − earlier value of this deal in the total (0 for deals outside it both times). */
  readonly change: number;
}

export interface ChangeLine {
  readonly category: ChangeCategory;
  readonly deals: number;
  readonly change: number;
}

export interface BridgeOf {
  readonly earlierTotal: number;
  readonly laterTotal: number;
  /** One line per category, in CHANGE_CATEGORIES order, zero lines included. */
  readonly lines: readonly ChangeLine[];
}

export interface RepBridge extends BridgeOf {
  readonly rep: string;
}

export interface SnapshotDiff extends BridgeOf {
  readonly earlierDate: number;
  readonly laterDate: number;
  readonly reps: readonly RepBridge[];
  readonly deals: readonly DealChange[];
}

interface Ladder {
  readonly rank: ReadonlyMap<string, number>;
  readonly won: string;
}

function ladderOf(stageCodes: readonly string[]): Ladder {
  if (stageCodes.length === 0) {
    throw new DealKitError(text('stageCodes is empty: give the ladder’s stage codes.', 'stageCodes 为空：请提供阶梯的阶段代码。'), 'stageCodes');
  }
  return {
    rank: new Map(stageCodes.map((code, index) => [code.toUpperCase(), index])),
    won: stageCodes[stageCodes.length - 1].toUpperCase(),
  };
}

type Outcome = 'open' | 'won' | 'lost';

function outcomeOf(deal: SnapshotDeal, ladder: Ladder): Outcome {
  const code = deal.stage.toUpperCase();
  if (code === LOST_STAGE) return 'lost';
  return code === ladder.won ? 'won' : 'open';
}

function rankOf(deal: SnapshotDeal, ladder: Ladder, date: number): number {
  const rank = ladder.rank.get(deal.stage.toUpperCase());
  if (rank === undefined) {
    throw new DealKitError(
      text(
        `Snapshot of ${isoDay(date)}: deal ${deal.id} has stage "${deal.stage}", which is not on the ladder.`,
        `${isoDay(date)} 的快照中，商机 ${deal.id} 的阶段“${deal.stage}”不在阶段阶梯上。`,
      ),
      deal.id,
    );
  }
  return rank;
}

function isoDay(serial: number): string {
  const d = new Date((serial - 25_569) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function byId(snapshot: PipelineSnapshot, which: 'earlier' | 'later'): Map<string, SnapshotDeal> {
  const map = new Map<string, SnapshotDeal>();
  for (const deal of snapshot.deals) {
    if (map.has(deal.id)) {
      throw new DealKitError(
        text(
          `The ${which} snapshot (${isoDay(snapshot.date)}) lists deal ${deal.id} twice.`,
          `${which === 'earlier' ? '较早' : '较晚'}的快照（${isoDay(snapshot.date)}）中商机 ${deal.id} 出现了两次。`,
        ),
        deal.id,
      );
    }
    map.set(deal.id, deal);
  }
  return map;
}

function categorise(earlier: SnapshotDeal | undefined, later: SnapshotDeal | undefined, ladder: Ladder, dates: readonly [number, number]): ChangeCategory {
  if (!later) return 'removed';
  if (!earlier) {
    // Opened and closed between the two snapshots: it is reported by its outcome, with no change.
    const outcome = outcomeOf(later, ladder);
    return outcome === 'open' ? 'new' : outcome;
  }
  const before = outcomeOf(earlier, ladder);
  const after = outcomeOf(later, ladder);
  if (after !== 'open') return before === after ? 'unchanged' : after;
  if (before !== 'open') return 'new';
  if (earlier.owner !== later.owner) return 'reassigned';
  if (later.closeDate > earlier.closeDate) return 'slipped';
  if (later.closeDate < earlier.closeDate) return 'pulledIn';
  const rankBefore = rankOf(earlier, ladder, dates[0]);
  const rankAfter = rankOf(later, ladder, dates[1]);
  if (rankAfter > rankBefore) return 'advanced';
  if (rankAfter < rankBefore) return 'movedBack';
  if (later.amount > earlier.amount) return 'amountUp';
  if (later.amount < earlier.amount) return 'amountDown';
  return 'unchanged';
}

/** A deal's value in the total, in whole cents. */
function centsIn(deal: SnapshotDeal | undefined, ladder: Ladder, options: SnapshotDiffOptions, date: number): number {
  if (!deal || outcomeOf(deal, ladder) !== 'open') return 0;
  rankOf(deal, ladder, date);
  const { period } = options;
  if (period && (deal.closeDate < period.start || deal.closeDate > period.end)) return 0;
  const weight = options.probabilityOf ? options.probabilityOf(deal.stage) : 1;
  return Math.round(deal.amount * weight * 100);
}

interface Tally {
  earlier: number;
  later: number;
  lines: Map<ChangeCategory, { deals: number; cents: number }>;
}

function emptyTally(): Tally {
  return { earlier: 0, later: 0, lines: new Map(CHANGE_CATEGORIES.map((c) => [c, { deals: 0, cents: 0 }])) };
}

function finish(tally: Tally): BridgeOf {
  return {
    earlierTotal: tally.earlier / 100,
    laterTotal: tally.later / 100,
    lines: CHANGE_CATEGORIES.map((category) => {
      const line = tally.lines.get(category) ?? { deals: 0, cents: 0 };
      return { category, deals: line.deals, change: line.cents / 100 };
    }),
  };
}

export function diffSnapshots(earlier: PipelineSnapshot, later: PipelineSnapshot, options: SnapshotDiffOptions): SnapshotDiff {
  const ladder = ladderOf(options.stageCodes);
  const before = byId(earlier, 'earlier');
  const after = byId(later, 'later');
  const ids = [...before.keys(), ...[...after.keys()].filter((id) => !before.has(id))];

  const team = emptyTally();
  const reps = new Map<string, Tally>();
  const repTally = (rep: string): Tally => {
    let tally = reps.get(rep);
    if (!tally) {
      tally = emptyTally();
      reps.set(rep, tally);
    }
    return tally;
  };

  const deals: DealChange[] = ids.map((id) => {
    const e = before.get(id);
    const l = after.get(id);
    const category = categorise(e, l, ladder, [earlier.date, later.date]);
    const earlierCents = centsIn(e, ladder, options, earlier.date);
    const laterCents = centsIn(l, ladder, options, later.date);
    const change = laterCents - earlierCents;

    team.earlier += earlierCents;
    team.later += laterCents;
    const teamLine = team.lines.get(category);
    if (teamLine) {
      teamLine.deals += 1;
      teamLine.cents += change;
    }
    // Each rep's bridge gets the part of the change that belongs to it, so a reassigned deal leaves one
    // rep's total and joins another's, and every rep's bridge closes on its own.
    const owners = new Set([e?.owner, l?.owner].filter((o): o is string => o !== undefined));
    for (const owner of owners) {
      const tally = repTally(owner);
      const repEarlier = e?.owner === owner ? earlierCents : 0;
      const repLater = l?.owner === owner ? laterCents : 0;
      tally.earlier += repEarlier;
      tally.later += repLater;
      const line = tally.lines.get(category);
      if (line) {
        line.deals += 1;
        line.cents += repLater - repEarlier;
      }
    }
    return { id, category, ...(e ? { earlier: e } : {}), ...(l ? { later: l } : {}), change: change / 100 };
  });

  return {
    earlierDate: earlier.date,
    laterDate: later.date,
    ...finish(team),
    reps: [...reps.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([rep, tally]) => ({ rep, ...finish(tally) })),
    deals,
  };
}

/** One bar of the waterfall chart: the start total, each category's change, the end total. */
export interface WaterfallRow {
  readonly label: Text;
  readonly value: number;
  readonly kind: 'total' | 'change';
}

/** The waterfall from the earlier total to the later one; categories with no deals are left out. */
export function waterfallRows(bridge: BridgeOf): WaterfallRow[] {
  return [
    { label: text('Earlier total', '期初合计'), value: bridge.earlierTotal, kind: 'total' },
    ...bridge.lines
      .filter((line) => line.category !== 'unchanged' && line.deals > 0)
      .map((line): WaterfallRow => ({ label: CHANGE_CATEGORY_LABELS[line.category], value: line.change, kind: 'change' })),
    { label: text('Later total', '期末合计'), value: bridge.laterTotal, kind: 'total' },
  ];
}
