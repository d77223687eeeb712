import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { actionTableOf, findActionTables } from '../../shared/deals/action-list';
import { DASHBOARD_MARKER } from '../../shared/pipeline/markers';
import { findPipelineTables } from '../../shared/pipeline/find-tables';
import { serialFromParts } from '../../shared/pipeline/dates';
import { buildTemplate, type ActionPlanLayout } from '../../shared/templates';
import type { SheetValues } from '../../shared/sheet-values';

/** The action-plan template as a host inserts it, with the deal's id typed beside its label. */
function insertedPlan(locale: 'en' | 'zh-CN', dealId: string): { sheet: SheetValues; layout: ActionPlanLayout } {
  const workbook = new PlaygroundWorkbook();
  const built = buildTemplate('actionPlan', { locale });
  const name = workbook.applyPlan(built.plan).sheetNames[built.sheetKey];
  const layout = built.layout as ActionPlanLayout;
  workbook.setCellInput(name, layout.dealId, dealId);
  const sheet = workbook.snapshot(name, false);
  if (!sheet) throw new Error('no sheet');
  return { sheet, layout };
}

describe('finding action lists', () => {
  it.each(['en', 'zh-CN'] as const)('finds the action-plan template’s list (%s) below the plan, empty, under the deal’s id', (locale) => {
    const { sheet, layout } = insertedPlan(locale, 'D-101');
    const table = actionTableOf(sheet);
    expect(table).toMatchObject({ headerRow: layout.actions.headerRow, sheetDealId: 'D-101', rows: [], lastFilledRow: layout.actions.headerRow });
    expect(Object.keys(table?.columns ?? {}).sort()).toEqual(['action', 'dealId', 'due', 'owner', 'source', 'status']);
  });

  it('reads a rep’s own Chinese tracker under a title: per-row deals, dates however typed, statuses in either language', () => {
    const tracker: SheetValues = {
      name: '我的行动',
      values: [
        ['本季度行动'],
        [],
        ['商机编号', '行动项', '负责人', '到期日', '状态', '来源', '备注'],
        ['D-7', '安排高层会面', '王芳', new Date(2026, 10, 20), '未完成', '差距：迫切动因', ''],
        ['D-8', 'Send the ROI case', '', '2026-11-30', 'done', '', 'x'],
        [],
        ['', '', '', '', '', '', 'a note only in an unread column'],
        ['D-8', 'Call the CFO', 'Li Lei', serialFromParts(2026, 12, 2), 'maybe later', '', ''],
      ],
    };
    const table = actionTableOf(tracker);
    expect(table?.headerRow).toBe(3);
    expect(table?.sheetDealId).toBeUndefined();
    expect(table?.rows.map((r) => [r.row, r.dealId, r.action, r.owner, r.due, r.status, r.source])).toEqual([
      [4, 'D-7', '安排高层会面', '王芳', serialFromParts(2026, 11, 20), 'open', '差距：迫切动因'],
      [5, 'D-8', 'Send the ROI case', '', serialFromParts(2026, 11, 30), 'done', ''],
      [8, 'D-8', 'Call the CFO', 'Li Lei', serialFromParts(2026, 12, 2), undefined, ''],
    ]);
    expect(table?.rows[2].statusText).toBe('maybe later');
    expect(table?.lastFilledRow).toBe(8);
  });

  it('takes a row’s deal from the sheet’s Deal ID when the list has no Deal ID column or the cell is blank', () => {
    const sheet: SheetValues = {
      name: 'Plan',
      values: [['Deal ID', 'D-55'], [], ['Action', 'Due', 'Status'], ['Book the pilot', 46100, ''], ['Agree the criteria', '', 'open']],
    };
    expect(actionTableOf(sheet)?.rows.map((r) => [r.dealId, r.action, r.due ?? r.dueText, r.status])).toEqual([
      ['D-55', 'Book the pilot', 46100, 'open'],
      ['D-55', 'Agree the criteria', '', 'open'],
    ]);
  });

  it('passes over pipelines, notes and DealKit’s own Dashboard, and the pipeline finder passes over action lists', () => {
    const { sheet } = insertedPlan('en', 'D-1');
    const pipeline: SheetValues = {
      name: 'Pipeline',
      values: [
        ['Deal ID', 'Account', 'Amount', 'Stage', 'Close date', 'Next step'],
        ['D-1', 'Acme', 100, 'G10', 46100, 'Call'],
      ],
    };
    const dashboard: SheetValues = { name: 'Dashboard', values: [[DASHBOARD_MARKER], ['Rep', 'Deal ID', 'Action', 'Due date'], ['Ann', 'D-1', 'Call', 46000]] };
    const notes: SheetValues = { name: 'Notes', values: [['Action items are due on Friday']] };
    expect(findActionTables([pipeline, sheet, dashboard, notes]).map((t) => t.sheet)).toEqual([sheet.name]);
    const found = findPipelineTables([pipeline, sheet]);
    expect(found.tables.map((t) => t.sheet)).toEqual(['Pipeline']);
    expect(found.incomplete).toEqual([]);
  });
});
