import { ACTION_COLUMNS, type ActionColumnId } from '../deals/action-list';
import { ACTION_STATUS_IDS, ACTION_STATUS_LABELS } from '../deals/action-status';
import { text, tr, type Locale } from '../i18n';
import { PREFIX_TOKEN } from '../plan';
import { PALETTE, lightColours } from './palette';
import type { SheetBuilder } from './sheet-builder';

/**
 * The ACTION LIST block: Deal ID, Action, Owner, Due date, Status (a dropdown) and Source, with
 * ACTIONS_DUE beside them saying where each action stands. One block for the action-plan template
 * and for the sheet a wizard creates when a deal has no action list yet, so both read alike.
 */

export const ACTION_LIST_ROWS = 30;

const T = {
  title: text('Action list', '行动清单'),
  standing: text('Where it stands', '到期情况'),
  hint: text(
    'One row per action. Owner blank: the deal’s rep. Source: the gap, PRIME step, not-in-control sign or review question it came from.',
    '每行一项行动。负责人为空时为该商机的销售代表。来源：行动出自的差距、PRIME 步骤、失控信号或复盘问题。',
  ),
};

/** The block's columns, left to right from A, and the ACTIONS_DUE column after them. */
export const ACTION_LIST_COLUMNS: Readonly<Record<ActionColumnId, string>> = { dealId: 'A', action: 'B', owner: 'C', due: 'D', status: 'E', source: 'F' };
export const ACTION_STANDING_COLUMN = 'G';

export interface ActionListLayout {
  /** Sheet row of the header. */
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: Readonly<Record<ActionColumnId, string>>;
  /** The ACTIONS_DUE spill, from the first row. */
  readonly standing: string;
}

/** The status items of the dropdown, in the sheet's language. */
export function actionStatusItems(locale: Locale): string[] {
  return ACTION_STATUS_IDS.map((id) => tr(ACTION_STATUS_LABELS[id], locale));
}

/** Writes the block with its title on `titleRow`; the table follows below the hint. */
export function actionListBlock(b: SheetBuilder, titleRow: number, locale: Locale): ActionListLayout {
  const L = (t: { en: string; 'zh-CN': string }): string => tr(t, locale);
  b.value(`A${titleRow}`, L(T.title));
  b.style({ range: `A${titleRow}:G${titleRow}`, bold: true, fill: PALETTE.sectionFill, fontColor: PALETTE.sectionFont });
  b.value(`A${titleRow + 1}`, L(T.hint)).style({ range: `A${titleRow + 1}`, italic: true, fontColor: PALETTE.muted });
  const headerRow = titleRow + 2;
  b.row(`A${headerRow}`, [...ACTION_COLUMNS.map((column) => L(column.header)), L(T.standing)]);
  b.style({ range: `A${headerRow}:G${headerRow}`, bold: true, fill: PALETTE.headerFill, wrap: true });
  const first = headerRow + 1;
  const last = first + ACTION_LIST_ROWS - 1;
  const c = ACTION_LIST_COLUMNS;
  b.input(`${c.dealId}${first}:${c.owner}${last}`);
  b.input(`${c.due}${first}:${c.due}${last}`, { kind: 'date' });
  b.numberFormat(`${c.due}${first}:${c.due}${last}`, 'yyyy-mm-dd');
  b.input(`${c.status}${first}:${c.status}${last}`, { kind: 'list', items: actionStatusItems(locale) });
  b.input(`${c.source}${first}:${c.source}${last}`);
  b.style({ range: `A${first}:F${last}`, fill: PALETTE.inputFill, wrap: true });
  const standing = `${ACTION_STANDING_COLUMN}${first}`;
  // The language comes as an array constant rather than the Settings sheet's DK_RULES: an action plan
  // stands alone, with no Settings sheet brought along, and answers in the language it was written in.
  b.formula(standing, `=${PREFIX_TOKEN}ACTIONS_DUE(${c.due}${first}:${c.due}${last},${c.status}${first}:${c.status}${last},TODAY(),{"language","${locale}"})`);
  // An open action past its due date: the row's due date shows it, in whatever language the status is typed.
  const open = actionStatusItems(locale)[0];
  b.conditional({
    range: `${c.due}${first}:${c.due}${last}`,
    rule: { kind: 'formula', formula: `=AND(ISNUMBER(${c.due}${first}),${c.due}${first}<TODAY(),OR(${c.status}${first}="",${c.status}${first}="${open}"))` },
    ...lightColours('red'),
  });
  return { headerRow, firstRow: first, lastRow: last, columns: c, standing };
}
