import { text, type Text } from '../i18n';

/**
 * The three states an action can be in, as the action list's Status dropdown offers them in the
 * sheet's language. Read in either language (a team's sheets may be in both), plus a few spellings
 * reps already type in their own trackers. Kept apart from the action-list reader because the
 * ACTIONS_DUE function reads statuses too, and the functions script must not carry the reader.
 */

export type ActionStatusId = 'open' | 'done' | 'dropped';

export const ACTION_STATUS_IDS: readonly ActionStatusId[] = ['open', 'done', 'dropped'];

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatusId, Text>> = {
  open: text('open', '未完成'),
  done: text('done', '已完成'),
  dropped: text('dropped', '已放弃'),
};

const SPELLINGS: Readonly<Record<ActionStatusId, readonly string[]>> = {
  open: ['open', '未完成', 'to do', 'todo', 'in progress', 'pending', '进行中', '待办', '未开始'],
  done: ['done', '已完成', 'complete', 'completed', 'closed', '完成', '已关闭'],
  dropped: ['dropped', '已放弃', 'cancelled', 'canceled', '放弃', '取消', '已取消'],
};

function statusKey(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

const BY_KEY: ReadonlyMap<string, ActionStatusId> = new Map(ACTION_STATUS_IDS.flatMap((id) => SPELLINGS[id].map((spelling) => [statusKey(spelling), id] as const)));

/**
 * The status a cell names: a blank cell is an open action (a rep who types an action and no status
 * has not done it yet); undefined for text that names no status, which the caller reports.
 */
export function actionStatusOf(cell: unknown): ActionStatusId | undefined {
  if (cell === null || cell === undefined || cell === false) return 'open';
  const typed = statusKey(String(cell));
  if (typed === '') return 'open';
  return BY_KEY.get(typed);
}
