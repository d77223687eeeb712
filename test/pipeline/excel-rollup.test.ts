import { cellsFromRows, createExcelMock, withNamedRangeRanges, withSheetOrder, type ExcelCellModel, type ExcelMock } from '../../fakes/excel-mock';
import { DASHBOARD_MARKER, HISTORY_MARKER, PIPELINE_CHANGE_MARKER, TEAM_PIPELINE_MARKER } from '../../shared/pipeline/markers';
import { parseCsv } from '../../shared/pipeline/csv-export';
import { isoFromSerial } from '../../shared/pipeline/dates';
import { CHAINED_SHEETS, type Clock } from '../../excel-addin/read-workbook';
import { runExcelOperation } from '../../excel-addin/run-operation';
import { addRepWorkbook } from '../../excel-addin/taskpane/rep-workbook';

/** The clock on a serial day, at noon UTC so the day is the same in every time zone. */
function clockOn(serial: number): Clock {
  const today = isoFromSerial(serial);
  return { today, now: `${today}T12:00:00.000Z` };
}

function install(mock: ExcelMock): void {
  Object.assign(globalThis, { Excel: mock.Excel, Office: mock.Office });
}

/**
 * Excel.run, with the proxies of the finished run forgotten afterwards: in Office.js objects of an
 * ended batch are dead, while the mock keeps re-syncing every proxy it ever handed out.
 */
async function run<T>(mock: ExcelMock, callback: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await mock.Excel.run(callback);
  } finally {
    mock.model.proxies.length = 0;
  }
}

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'];
function repSheet(name: string, deals: number, offset = 0): { name: string; cells: Record<string, unknown> } {
  const rows: unknown[][] = [['Rep:', name], HEADER];
  for (let i = 0; i < deals; i += 1) rows.push([`${name}-${i + offset}`, `Deal ${i}`, 1000 * (i + 1), i % 3 === 0 ? 'C50' : 'G20', 46371 + i, 'Call']);
  return { name, cells: cellsFromRows(rows) };
}

function team(reps: number, deals: number, extra: { name: string; cells?: Record<string, unknown> }[] = []): ExcelMock {
  return withSheetOrder(
    withNamedRangeRanges(
      createExcelMock({
        sheets: [...Array.from({ length: reps }, (_, r) => repSheet(`Rep ${r + 1}`, deals)), ...extra],
        modernCharts: true,
      }),
    ),
  );
}

describe('Excel roll-up through office-addin-mock', () => {
  it('reads everything in one sync, writes the cells in a second and the dashboard charts in a third, whatever the team size', async () => {
    for (const [reps, deals] of [
      [1, 2],
      [8, 60],
    ]) {
      const mock = team(reps, deals);
      install(mock);
      const sync = jest.spyOn(mock.context, 'sync');
      const steps: string[] = [];
      const summary = await run(mock, (context) => runExcelOperation(context, 'rollUpTeam', [null], 'en', { clock: clockOn(46341), modernCharts: true, onProgress: (s) => steps.push(s) }));
      // The Dashboard has charts: they get a batch of their own, so a refused one cannot fail the cells.
      expect(sync).toHaveBeenCalledTimes(3);
      expect(summary.deals).toBe(reps * deals);
      expect(steps).toEqual(['reading', 'computing', 'writing', 'done']);
      expect(mock.model.cell('Team pipeline', 'A1')?.value).toBe(TEAM_PIPELINE_MARKER);
      expect(mock.model.cell('Dashboard', 'A1')?.value).toBe(DASHBOARD_MARKER);
      // one values write per block: a whole team pipeline goes in one write however many deals
      const teamWrites = mock.model.queued.filter((q) => q.what === 'values' && q.target.startsWith('Team pipeline!'));
      expect(teamWrites.length).toBe(5);
    }
  });

  it('re-running rebuilds its own sheets and never touches a user sheet of the same name', async () => {
    const mock = team(2, 3, [{ name: 'Dashboard', cells: { A1: 'My own dashboard', B2: 42 } }]);
    install(mock);
    const before = mock.model.fingerprint('Dashboard');
    await run(mock, (context) => runExcelOperation(context, 'rollUpTeam', [null], 'en', { clock: clockOn(46341), modernCharts: true }));
    await run(mock, (context) => runExcelOperation(context, 'rollUpTeam', [null], 'en', { clock: clockOn(46341), modernCharts: true }));
    expect(mock.model.fingerprint('Dashboard')).toBe(before);
    expect(mock.model.sheets.map((s) => s.name)).toEqual(['Rep 1', 'Rep 2', 'Dashboard', 'Team pipeline', 'Dashboard (2)']);
    expect(mock.model.cell('Dashboard (2)', 'A1')?.value).toBe(DASHBOARD_MARKER);
    // rebuilt, not piled up: the old charts go with the old cells
    expect(mock.model.sheet('Dashboard (2)').charts.map((c) => c.type)).toEqual(['Funnel', 'ColumnClustered']);
  });

  it('reads the Settings names in the same batch as the sheets: language and quotas', async () => {
    const mock = withSheetOrder(
      withNamedRangeRanges(
        createExcelMock({
          sheets: [repSheet('Ann', 2), { name: 'DealKit 设置', cells: { B1: 'zh-CN', A3: 'Ann', B3: '2026-Q4', C3: 5000 } }],
          names: [
            { name: 'DK_LANGUAGE', reference: "'DealKit 设置'!$B$1" },
            { name: 'DK_QUOTAS', reference: "'DealKit 设置'!$A$3:$C$4" },
          ],
          modernCharts: true,
        }),
      ),
    );
    install(mock);
    const sync = jest.spyOn(mock.context, 'sync');
    await run(mock, (context) => runExcelOperation(context, 'rollUpTeam', [null], 'en', { clock: clockOn(46341), modernCharts: true }));
    expect(sync).toHaveBeenCalledTimes(3);
    expect(mock.model.cell('仪表板', 'A1')?.value).toBe(DASHBOARD_MARKER);
    const snapshot = mock.model.snapshot('仪表板');
    const quotaCell = Object.entries(snapshot).find(([, v]) => v === 5000);
    expect(quotaCell).toBeDefined();
  });

  it('takes snapshots into a protected history sheet and compares two dates', async () => {
    const mock = team(2, 3);
    install(mock);
    await run(mock, (context) => runExcelOperation(context, 'takeSnapshot', [], 'en', { clock: clockOn(46341), modernCharts: true }));
    const history = mock.model.sheets.find((s) => mock.model.cell(s.name, 'A1')?.value === HISTORY_MARKER);
    expect(history?.name).toBe('Pipeline history');
    expect(history?.protection).not.toBeNull();
    // a week later: one deal won
    const rep1 = mock.model.sheet('Rep 1');
    rep1.cells.set('2,3', { ...(rep1.cells.get('2,3') as ExcelCellModel), value: 'S100' });
    const sync = jest.spyOn(mock.context, 'sync');
    await run(mock, (context) => runExcelOperation(context, 'takeSnapshot', [], 'en', { clock: clockOn(46348), modernCharts: true }));
    expect(sync).toHaveBeenCalledTimes(2);
    expect(history?.protection).not.toBeNull();
    // each snapshot: 6 deal rows, then one "forecast" row per rep, so the second starts on row 12
    expect(mock.model.snapshot('Pipeline history').C10).toBe('forecast');
    expect(mock.model.snapshot('Pipeline history').A12).toBe('2026-11-22');
    expect(await run(mock, (context) => runExcelOperation(context, 'listSnapshotDates', [], 'en', { clock: clockOn(46348) }))).toEqual(['2026-11-15', '2026-11-22']);

    const change = await run(mock, (context) => runExcelOperation(context, 'comparePipeline', ['2026-11-15', '2026-11-22'], 'en', { clock: clockOn(46348), modernCharts: true }));
    expect(change.lines.find((l) => l.category === 'won')).toEqual({ category: 'won', deals: 1, change: -1000 });
    expect(mock.model.cell('Pipeline change', 'A1')?.value).toBe(PIPELINE_CHANGE_MARKER);
    expect(mock.model.sheet('Pipeline change').charts[0].type).toBe('Waterfall');
  });

  it('exports a CSV with one read and no write', async () => {
    const mock = team(1, 2);
    install(mock);
    const sync = jest.spyOn(mock.context, 'sync');
    const before = mock.model.snapshot('Rep 1');
    const { csv } = await run(mock, (context) => runExcelOperation(context, 'exportPipelineCsv', ['salesforce'], 'en', { clock: clockOn(46341) }));
    expect(sync).toHaveBeenCalledTimes(1);
    expect(parseCsv(csv)[1]).toEqual(['Deal 0', 'Needs analysis & solution design', '1000', '2026-12-15', '50', 'Rep 1', 'Best Case']);
    expect(mock.model.sheets.map((s) => s.name)).toEqual(['Rep 1']);
    expect(mock.model.snapshot('Rep 1')).toEqual(before);
  });

  it('reads a workbook with more sheets than one walk covers in one more sync, missing none', async () => {
    const mock = team(CHAINED_SHEETS + 2, 1);
    install(mock);
    const sync = jest.spyOn(mock.context, 'sync');
    const summary = await run(mock, (context) => runExcelOperation(context, 'rollUpTeam', [null], 'en', { clock: clockOn(46341), modernCharts: true }));
    expect(summary.deals).toBe(CHAINED_SHEETS + 2);
    expect(sync).toHaveBeenCalledTimes(4);
  });

  it("adds a rep's workbook at the end in one sync, leaving name clashes to Excel", async () => {
    const mock = team(1, 1);
    install(mock);
    const inserted: unknown[][] = [];
    (mock.context.workbook as unknown as Record<string, unknown>).insertWorksheetsFromBase64 = (...args: unknown[]) => {
      inserted.push(args);
    };
    const sync = jest.spyOn(mock.context, 'sync');
    await run(mock, (context) => addRepWorkbook(context, 'UEsDBA=='));
    expect(inserted).toEqual([['UEsDBA==', { positionType: 'End' }]]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('falls back to reading names first when the host has no sheet walk', async () => {
    // Named items' ranges, but no worksheets.getFirst(): the walk fails and the names are read first.
    const mock = withNamedRangeRanges(createExcelMock({ sheets: [repSheet('Ann', 2)], modernCharts: true }));
    install(mock);
    const sync = jest.spyOn(mock.context, 'sync');
    const summary = await run(mock, (context) => runExcelOperation(context, 'rollUpTeam', [null], 'en', { clock: clockOn(46341), modernCharts: true }));
    expect(summary.deals).toBe(2);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(4);
  });
});
