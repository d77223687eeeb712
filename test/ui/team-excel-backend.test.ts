import { cellsFromRows, createExcelMock, withNamedRangeRanges, withSheetOrder } from '../../fakes/excel-mock';
import { createExcelBackend } from '../../excel-addin/taskpane/excel-backend';
import { appReducer, initialAppState, type AppAction, type AppState } from '../../shared/ui/app-state';
import type { BackendResult, TeamRollUp } from '../../shared/workbook/backend';
import { createController } from '../../shared/ui/controller';
import { DASHBOARD_MARKER } from '../../shared/pipeline/markers';
import { serialFromParts } from '../../shared/pipeline/dates';
import { runOnMock } from '../helpers/excel-mock-run';

/**
 * The Team panel on the Excel task pane's backend (office-addin-mock): a roll-up is one read batch and
 * one write batch whatever the team, reports its steps as it goes, and answers with what the panel
 * shows; a rep's workbook is inserted in one sync, and a file that is not .xlsx never reaches Excel.
 */

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'];
const DEC = (day: number): number => serialFromParts(2026, 12, day);

function setup(reps: Record<string, readonly (readonly unknown[])[]>) {
  // Named-range ranges: the deal wizard reads the workbook's ladder through one.
  const mock = withSheetOrder(
    withNamedRangeRanges(createExcelMock({ sheets: Object.entries(reps).map(([name, rows]) => ({ name, cells: cellsFromRows([['Rep:', name], HEADER, ...rows]) })), modernCharts: true })),
  );
  Object.assign(globalThis, { Excel: mock.Excel, Office: mock.Office });
  const sync = jest.spyOn(mock.context, 'sync');
  const inserted: unknown[][] = [];
  (mock.context.workbook as unknown as Record<string, unknown>).insertWorksheetsFromBase64 = (...args: unknown[]) => {
    inserted.push(args);
  };
  // Each Excel.run has its own context whose proxies die with it; the shared mock would re-sync them.
  const backend = createExcelBackend(runOnMock(mock));
  return { mock, sync, backend, inserted };
}

function ok<T>(result: BackendResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result.value;
}

const TEAM = {
  Ana: [
    ['A-1', 'Scanners', 100000, 'C50', DEC(10), 'Demo'],
    ['A-2', 'Portal', 'about 5k', 'G20', DEC(12), 'Call'],
  ],
  Bo: [['B-1', 'Rostering', 200000, 'B75', DEC(20), 'Read-out']],
};

describe('Team roll-up on the Excel backend', () => {
  it('reads in one sync, writes in a second and the dashboard charts in a third, reports each step and answers with the reconciliation and ranges', async () => {
    const { backend, sync, mock } = setup(TEAM);
    const steps: string[] = [];
    const rolled: TeamRollUp = ok(await backend.rollUpTeam('2026-Q4', 'en', (step) => steps.push(step)));
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    expect(steps).toEqual(['reading', 'computing', 'writing', 'done']);
    expect(rolled).toMatchObject({ deals: 2, setAside: 1, amount: 300000, tables: 2 });
    const report = rolled.report!;
    expect(report.read).toEqual({ deals: 3, amount: 300000 });
    expect(report.counted.deals + report.setAside.deals).toBe(report.read.deals);
    expect(report.setAsideRows).toEqual([expect.objectContaining({ sheet: 'Ana', row: 4, id: 'A-2' })]);
    expect(report.setAsideRows[0].reasons[0].en).toMatch(/"about 5k" is not a number/);
    expect(report.reps.map((r) => r.rep)).toEqual(['Ana', 'Bo']);
    // 100,000 at 50 % and 200,000 at 75 %: the total closes at 0, 100k, 200k or 300k with 12.5, 12.5, 37.5, 37.5 %.
    expect(report.team).toMatchObject({ p10: 0, p50: 200000, p90: 300000 });
    expect(mock.model.cell('Dashboard', 'A1')?.value).toBe(DASHBOARD_MARKER);
  });

  it('a period that is not one comes back as a message naming it, after one read and no write', async () => {
    const { backend, sync, mock } = setup(TEAM);
    const result = await backend.rollUpTeam('next quarter', 'zh-CN');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/period“next quarter”/);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(mock.model.sheets.map((s) => s.name)).toEqual(['Ana', 'Bo']);
  });
});

describe('Update a deal on the Excel backend after a roll-up', () => {
  it('never offers the generated Team pipeline sheet, and refuses an update aimed at it', async () => {
    const { backend, mock } = setup(TEAM);
    ok(await backend.rollUpTeam(null, 'en'));
    const team = mock.model.sheets.find((sheet) => sheet.name.startsWith('Team pipeline'));
    expect(team).toBeDefined();
    mock.model.active = (team as { name: string }).name;
    const view = ok(await backend.listDeals('en'));
    expect(view?.sheetName).toBe('Ana');
    const deal = view!.deals[0];
    const refused = await backend.updateDeal(
      {
        sheetName: (team as { name: string }).name,
        row: deal.row,
        dealId: deal.id,
        stage: 'A90',
        proofs: deal.proofs,
        review: { finished: '', evidence: '', doingNow: '', preparingNext: '' },
        stageEntered: '2026-12-01',
        read: deal,
      },
      'en',
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toContain('Team pipeline');
  });
});

describe('Team panel controller on the Excel backend', () => {
  function wired(backend: ReturnType<typeof setup>['backend']) {
    let state: AppState = initialAppState('en', 'team');
    const progress: (string | null)[] = [];
    const dispatch = (action: AppAction): void => {
      state = appReducer(state, action);
      if (action.type === 'team' && action.action.type === 'progress') progress.push(state.team.progress);
    };
    const controller = createController(backend, dispatch, () => state);
    return { controller, progress, state: () => state };
  }

  it('shows the roll-up going through its steps and clears the line when it is done', async () => {
    const { backend } = setup(TEAM);
    const { controller, progress, state } = wired(backend);
    await controller.rollUpTeam();
    expect(progress).toEqual(['request', 'reading', 'computing', 'writing', 'done']);
    expect(state().team.progress).toBeNull();
    expect(state().team.rolledUp?.report?.setAsideRows).toHaveLength(1);
    expect(state().notice).toMatch(/Rolled up 2 deals from 2 tables; 1 rows set aside/);
  });

  it("inserts a rep's .xlsx at the end in one sync and says so", async () => {
    const { backend, sync, inserted } = setup(TEAM);
    const { controller, state } = wired(backend);
    await controller.addRepWorkbook({ name: 'Chen Q4.xlsx', read: async () => 'UEsDBBQ=' });
    expect(inserted).toEqual([['UEsDBBQ=', { positionType: 'End' }]]);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(state().notice).toBe('Added the sheets of “Chen Q4.xlsx”. Roll up to count them.');
  });

  it('refuses a file that is not .xlsx with a message naming it, before anything reaches Excel', async () => {
    const { backend, sync, inserted } = setup(TEAM);
    const { controller, state } = wired(backend);
    const read = jest.fn(async () => 'x');
    await controller.addRepWorkbook({ name: 'pipeline.csv', read });
    expect(state().error).toBe('“pipeline.csv” is not an .xlsx file.');
    expect(read).not.toHaveBeenCalled();
    expect(inserted).toEqual([]);
    expect(sync).not.toHaveBeenCalled();
    expect(state().pending).toBe(0);
  });

  it('an Excel too old to insert sheets from a file says so in the UI language and inserts nothing', async () => {
    const { backend, sync, inserted } = setup(TEAM);
    Object.assign(globalThis, { Office: { context: { requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version) < 1.13 } } } });
    const result = await backend.addRepWorkbook({ fileName: 'Chen.xlsx', base64: 'UEsDBBQ=' }, 'zh-CN');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/无法从文件插入工作表/);
    expect(inserted).toEqual([]);
    expect(sync).not.toHaveBeenCalled();
  });
});
