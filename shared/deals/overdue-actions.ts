import { repKey } from '../pipeline/period-forecast';
import { sameDealId, type ActionTable } from './action-list';

/**
 * The dashboard's count of open actions past their due date, per rep. An action's rep is its owner;
 * an action with no owner belongs to the deal's rep as the pipeline lists the deal. Overdue means due
 * before the roll-up's today: an action due today is not late yet.
 */

export interface OverdueAction {
  /** Who it counts against: the owner, else the deal's rep; '' when neither is known. */
  readonly rep: string;
  readonly dealId: string;
  readonly action: string;
  readonly owner: string;
  readonly due: number;
  readonly daysOverdue: number;
  readonly source: string;
  readonly sheet: string;
  readonly row: number;
}

export interface RepActions {
  readonly rep: string;
  readonly open: number;
  readonly overdue: number;
}

export interface OverdueActions {
  readonly asOf: number;
  /** Reps with an open action, in the order first met. */
  readonly reps: readonly RepActions[];
  /** Every overdue open action, the longest overdue first. */
  readonly actions: readonly OverdueAction[];
}

/** The pipeline's word on who a deal belongs to. */
export interface DealRep {
  readonly id: string;
  readonly owner: string;
}

/**
 * Open: a status of open, blank, or one that names no status (someone's own word for it is not
 * "done", so the action still stands and the list shows it).
 */
export function overdueActions(tables: readonly ActionTable[], deals: readonly DealRep[], asOf: number): OverdueActions {
  const repOfDeal = (dealId: string): string => deals.find((deal) => sameDealId(deal.id, dealId))?.owner.trim() ?? '';
  const order: string[] = [];
  const byRep = new Map<string, { rep: string; open: number; overdue: number }>();
  const actions: OverdueAction[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.action === '' && row.due === undefined) continue;
      if (row.status === 'done' || row.status === 'dropped') continue;
      const rep = row.owner || repOfDeal(row.dealId);
      const key = repKey(rep);
      let counts = byRep.get(key);
      if (!counts) {
        counts = { rep, open: 0, overdue: 0 };
        byRep.set(key, counts);
        order.push(key);
      }
      counts.open += 1;
      if (row.due === undefined || row.due >= asOf) continue;
      counts.overdue += 1;
      actions.push({
        rep,
        dealId: row.dealId,
        action: row.action,
        owner: row.owner,
        due: row.due,
        daysOverdue: asOf - row.due,
        source: row.source,
        sheet: table.sheet,
        row: row.row,
      });
    }
  }
  return {
    asOf,
    reps: order.map((key) => {
      const counts = byRep.get(key) ?? { rep: key, open: 0, overdue: 0 };
      return { rep: counts.rep, open: counts.open, overdue: counts.overdue };
    }),
    actions: actions.sort((a, b) => b.daysOverdue - a.daysOverdue),
  };
}
