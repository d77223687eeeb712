import { cellA1 } from '../a1';
import { DealKitError } from '../errors';
import { text, tr, type Locale } from '../i18n';
import type { PlanValue, SheetPlan, ValueBlock, WritePlan } from '../plan';
import { serialFromCell } from '../pipeline/dates';
import { findPipelineTables, isBlankCell } from '../pipeline/find-tables';
import { PIPELINE_OUTPUT_MARKERS } from '../pipeline/markers';
import type { SheetValues } from '../sheet-values';
import { actionListBlock } from '../templates/action-list-block';
import { PALETTE } from '../templates/palette';
import { SheetBuilder } from '../templates/sheet-builder';
import { findActionTables, sameDealId, type ActionColumnId, type ActionTable } from './action-list';
import { ACTION_STATUS_LABELS } from './action-status';
import { DEAL_ID_LABEL, dealIdOfSheet } from './deal-sheet';

/**
 * Adding actions to a deal's action list, from a wizard: each action becomes a row of plain values
 * below the last filled row of the list, so nothing anyone typed is ever overwritten and nothing
 * written is a formula. A deal with no action list anywhere gets a new sheet holding one.
 */

export interface ActionDraft {
  readonly action: string;
  /** Blank: the deal's rep on the pipeline, when the pipeline lists the deal. */
  readonly owner: string;
  /** ISO date. */
  readonly due: string;
  /** Which gap, PRIME step, not-in-control sign or review question the action answers. */
  readonly source: string;
}

export interface AddActionsRequest {
  /** Blank: the Deal ID of `sheetName` (an assessment or plan carrying one). */
  readonly dealId: string;
  /** The sheet the wizard works on, whose Deal ID stands in for a blank `dealId`; null when none. */
  readonly sheetName: string | null;
  readonly actions: readonly ActionDraft[];
}

export interface ActionsAdded {
  readonly dealId: string;
  readonly sheetName: string;
  /** True when the deal had no action list and a sheet was created for it. */
  readonly created: boolean;
  /** 1-based sheet rows written. */
  readonly rows: readonly number[];
}

export const ACTION_LIST_SHEET_KEY = 'actionList';

const T = {
  sheetName: text('Actions', '行动清单'),
  title: (id: string) => text(`Actions for deal ${id}`, `商机 ${id} 的行动`),
  noDeal: text(
    'Which deal are these actions for? Type its Deal ID (the sheet carries none beside a Deal ID label).',
    '这些行动属于哪个商机？请填写商机编号(本工作表的“商机编号”标签旁没有编号)。',
  ),
  noActions: text('Nothing to add: no action was given.', '没有可添加的行动。'),
  blankAction: (n: number) => text(`Action ${n} is blank: say what is to be done.`, `第 ${n} 项行动为空：请写明要做什么。`),
  badDue: (n: number, due: string) => text(`Action ${n}: due date "${due}" is not a date (write 2026-12-01).`, `第 ${n} 项行动：截止日期“${due}”不是日期(请写成 2026-12-01)。`),
};

function dealIdOf(request: AddActionsRequest, sheets: readonly SheetValues[]): string {
  const typed = request.dealId.trim();
  if (typed !== '') return typed;
  const sheet = request.sheetName === null ? undefined : sheets.find((s) => s.name === request.sheetName);
  const carried = sheet ? (dealIdOfSheet(sheet)?.id ?? '') : '';
  if (carried === '') throw new DealKitError(T.noDeal, 'dealId');
  return carried;
}

/** The rep the pipeline gives the deal: its owner cell, else the rep the table's sheet stands for. */
export function pipelineRepOf(sheets: readonly SheetValues[], dealId: string): string {
  const { tables } = findPipelineTables(sheets, { skipMarkers: PIPELINE_OUTPUT_MARKERS });
  for (const table of tables) {
    const idColumn = table.columns.id;
    if (idColumn === undefined) continue;
    const found = table.rows.find((row) => sameDealId(String(row.cells[idColumn] ?? ''), dealId));
    if (!found) continue;
    const owner = table.columns.owner === undefined ? null : found.cells[table.columns.owner];
    return isBlankCell(owner) ? table.sheetRep : String(owner).trim();
  }
  return '';
}

/**
 * The deal's action list: on the sheet that carries the deal's id; else the one already holding its
 * actions; else a tracker of several deals (a Deal ID column, no Deal ID label on its sheet).
 */
export function actionListOfDeal(tables: readonly ActionTable[], dealId: string): ActionTable | undefined {
  return (
    tables.find((table) => table.sheetDealId !== undefined && sameDealId(table.sheetDealId, dealId)) ??
    tables.find((table) => table.rows.some((row) => sameDealId(row.dealId, dealId))) ??
    tables.find((table) => table.columns.dealId !== undefined && table.sheetDealId === undefined)
  );
}

interface CheckedAction {
  readonly action: string;
  readonly owner: string;
  readonly due: number;
  readonly source: string;
}

function checked(request: AddActionsRequest, rep: string): CheckedAction[] {
  if (request.actions.length === 0) throw new DealKitError(T.noActions, 'actions');
  return request.actions.map((draft, i) => {
    if (draft.action.trim() === '') throw new DealKitError(T.blankAction(i + 1), `actions[${i}].action`);
    const due = serialFromCell(draft.due);
    if (due === undefined) throw new DealKitError(T.badDue(i + 1, draft.due), `actions[${i}].due`);
    return { action: draft.action.trim(), owner: draft.owner.trim() || rep, due, source: draft.source.trim() };
  });
}

const CJK = /[\u3400-\u9fff]/;

/** The language a list's own header is written in: its Status dropdown offers that language's words. */
function tableLocale(table: ActionTable, sheets: readonly SheetValues[]): Locale {
  const sheet = sheets.find((s) => s.name === table.sheet);
  const header = sheet?.values[table.headerRow - 1]?.[table.columns.action ?? 0];
  return typeof header === 'string' && CJK.test(header) ? 'zh-CN' : 'en';
}

function rowValues(action: CheckedAction, dealId: string, locale: Locale): Record<ActionColumnId, PlanValue> {
  return { dealId, action: action.action, owner: action.owner, due: action.due, status: tr(ACTION_STATUS_LABELS.open, locale), source: action.source };
}

function appendPlan(table: ActionTable, actions: readonly CheckedAction[], dealId: string, locale: Locale): { plan: WritePlan; rows: number[] } {
  const placed = (Object.entries(table.columns) as [ActionColumnId, number][]).sort((a, b) => a[1] - b[1]);
  const left = placed[0][1];
  const right = placed[placed.length - 1][1];
  const values: ValueBlock[] = [];
  const rows: number[] = [];
  actions.forEach((action, i) => {
    const row = table.lastFilledRow + 1 + i;
    const cells = rowValues(action, dealId, locale);
    const line: PlanValue[] = Array.from({ length: right - left + 1 }, () => null);
    for (const [id, column] of placed) line[column - left] = cells[id];
    values.push({ at: cellA1(row - 1, left), rows: [line] });
    rows.push(row);
  });
  const due = table.columns.due;
  const numberFormats = due === undefined ? [] : rows.map((row) => ({ range: cellA1(row - 1, due), format: 'yyyy-mm-dd' }));
  const sheet: SheetPlan = { key: ACTION_LIST_SHEET_KEY, target: { kind: 'existing', name: table.sheet }, values, numberFormats };
  return { plan: { sheets: [sheet] }, rows };
}

function createdPlan(actions: readonly CheckedAction[], dealId: string, locale: Locale): { plan: WritePlan; rows: number[] } {
  const b = new SheetBuilder(ACTION_LIST_SHEET_KEY, { kind: 'new', baseName: tr(T.sheetName, locale) }, { activate: true });
  b.value('A1', tr(T.title(dealId), locale)).style({ range: 'A1', bold: true, fontColor: PALETTE.title });
  b.value('A2', tr(DEAL_ID_LABEL, locale)).style({ range: 'A2', bold: true });
  b.value('B2', dealId);
  const layout = actionListBlock(b, 4, locale);
  const order: ActionColumnId[] = ['dealId', 'action', 'owner', 'due', 'status', 'source'];
  const rows = actions.map((action, i) => {
    const cells = rowValues(action, dealId, locale);
    b.row(
      `${layout.columns.dealId}${layout.firstRow + i}`,
      order.map((id) => cells[id]),
    );
    return layout.firstRow + i;
  });
  b.width('A', 110).width('B', 320).width('C', 120).width('D', 110).width('E', 90).width('F', 260).width('G', 150);
  b.freeze(layout.headerRow);
  return { plan: { sheets: [b.build()] }, rows };
}

export interface AddActionsOutcome {
  readonly plan: WritePlan;
  readonly dealId: string;
  /** The existing sheet written to; undefined when a new sheet is created. */
  readonly sheetName?: string;
  readonly rows: readonly number[];
}

/** What adding `request`'s actions writes, given every sheet of the workbook as read. */
export function addActionsPlan(request: AddActionsRequest, sheets: readonly SheetValues[], locale: Locale): AddActionsOutcome {
  const dealId = dealIdOf(request, sheets);
  const actions = checked(request, pipelineRepOf(sheets, dealId));
  const table = actionListOfDeal(findActionTables(sheets), dealId);
  if (!table) {
    const made = createdPlan(actions, dealId, locale);
    return { plan: made.plan, dealId, rows: made.rows };
  }
  const added = appendPlan(table, actions, dealId, tableLocale(table, sheets));
  return { plan: added.plan, dealId, sheetName: table.sheet, rows: added.rows };
}
