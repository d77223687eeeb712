import { createExcelMock, type ExcelMock } from '../../fakes/excel-mock';
import { SAMPLE_PLAN } from './sample-plan';
import { excelChartType } from '../../excel-addin/apply-plan';
import { isDealKitError, type DealKitError } from '../../shared/errors';

let applier: typeof import('../../excel-addin/apply-plan');

function install(mock: ExcelMock): void {
  Object.assign(globalThis, { Excel: mock.Excel, Office: mock.Office });
}

beforeAll(async () => {
  applier = await import('../../excel-addin/apply-plan');
});

describe('Excel applier through office-addin-mock', () => {
  it('inserts the whole plan in three syncs (read, cells, charts) with every cell, dropdown, format and chart it asks for', async () => {
    const mock = createExcelMock();
    install(mock);
    const sync = jest.spyOn(mock.context, 'sync');
    const resolved = await mock.Excel.run((context) => applier.applyPlan(context, SAMPLE_PLAN));
    // Two round trips, and a third because the plan has charts: they get a batch of their own.
    expect(sync).toHaveBeenCalledTimes(3);
    expect(resolved.sheets.map((s) => s.name)).toEqual(['Settings', 'Pipeline']);

    const m = mock.model;
    expect(m.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Settings', 'Pipeline']);
    expect(m.snapshot('Settings')).toEqual({ A1: 'Stage', B1: 'Probability', A2: 'Qualified', B2: 0.1, A3: 'Proposal', B3: 0.5, A4: 'Won', B4: 1 });
    const pipeline = m.snapshot('Pipeline');
    expect(pipeline).toMatchObject({ A2: 'Acme', B2: 'Qualified', C2: 1000, D2: true });
    // The user's formula-looking note is text, not a live HYPERLINK.
    expect(m.cell('Pipeline', 'F2')).toMatchObject({ value: '=HYPERLINK("http://evil","click")', formula: '' });
    expect(pipeline.G2).toBe('=DEAL.WINPROB(B2,DK_STAGE_CODES)');
    expect(pipeline.G3).toBe("=SUM('Settings'!B2:B4)");
    expect(pipeline.H2).toBe('=C2*2');
    expect(pipeline.I2).toBeUndefined();
    expect(pipeline.J2).toBe('=C2*3');
    // One values/formulas write per block.
    expect(m.queued.filter((q) => q.what === 'values').map((q) => q.target)).toEqual(['Settings!A1:B4', 'Pipeline!A1:F1', 'Pipeline!A2:F2']);
    expect(m.queued.filter((q) => q.what === 'formulas').map((q) => q.target)).toEqual(['Pipeline!G2:G3', 'Pipeline!H2:J2']);

    expect(m.names).toEqual([{ name: 'DK_STAGE_CODES', reference: 'Settings!A2:A4' }]);
    expect(m.cell('Pipeline', 'B9')!.validation).toEqual({ list: { inCellDropDown: true, source: '=DK_STAGE_CODES' } });
    expect(m.cell('Pipeline', 'D2')!.validation).toEqual({ list: { inCellDropDown: true, source: 'TRUE,FALSE' } });
    expect(m.cell('Pipeline', 'C5')!.validation).toEqual({ decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
    expect(m.cell('Pipeline', 'E5')!.validation).toMatchObject({ date: { operator: 'GreaterThanOrEqualTo' } });
    expect(m.cell('Pipeline', 'K3')!.validation).toEqual({ list: { inCellDropDown: true, source: '+,-,?' } });
    expect(m.cell('Pipeline', 'C7')!.numberFormat).toBe('#,##0.00');
    expect(m.cell('Settings', 'B2')!.numberFormat).toBe('0%');
    expect(m.cell('Pipeline', 'B1')).toMatchObject({ bold: true, fill: '#DDEEFF', align: 'Center' });

    const sheet = m.sheet('Pipeline');
    expect(sheet.conditionalFormats).toEqual([
      { range: 'K2:K10', type: 'CellValue', rule: { formula1: '="-"', operator: 'EqualTo' }, fill: '#F4CCCC' },
      { range: 'C2:C10', type: 'CellValue', rule: { formula1: '1000', operator: 'GreaterThanOrEqual' }, fontColor: '#006100' },
      { range: 'G2:G10', type: 'Custom', rule: { formula: "=G2<'Settings'!$B$3" }, fill: '#FFF2CC' },
    ]);
    expect(sheet.columnWidths.get('A')).toBe(120);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.protection).not.toBeNull();
    expect(m.cell('Pipeline', 'A2')!.locked).toBe(false);
    expect(m.cell('Pipeline', 'K10')!.locked).toBe(false);
    expect(m.cell('Pipeline', 'G2')!.locked).toBe(true);
    expect(sheet.charts).toEqual([
      { type: 'Funnel', source: 'A1:B4', title: 'Funnel', position: 'M2' },
      { type: 'Waterfall', source: 'A1:C4', title: 'Bridge', position: 'M20', width: 360, height: 225 },
    ]);
    expect(m.active).toBe('Pipeline');
  });

  it('falls back to bar and column charts where Excel has no funnel or waterfall', async () => {
    const mock = createExcelMock({ modernCharts: false });
    install(mock);
    await mock.Excel.run((context) => applier.applyPlan(context, SAMPLE_PLAN));
    expect(mock.model.sheet('Pipeline').charts.map((c) => c.type)).toEqual(['BarClustered', 'ColumnClustered']);
    expect(excelChartType('funnel', true)).toBe('Funnel');
  });

  it('writes the cells in their own batch, so a waterfall Excel refuses costs the chart, not the sheet', async () => {
    // Excel 2016 adds a waterfall but refuses its title (UnsupportedOperation), failing the batch.
    const mock = createExcelMock({ refusedChartTitles: ['Waterfall'] });
    install(mock);
    const sync = jest.spyOn(mock.context, 'sync');
    const resolved = await mock.Excel.run((context) => applier.applyPlan(context, SAMPLE_PLAN));
    expect(resolved.sheets.map((s) => s.name)).toEqual(['Settings', 'Pipeline']);
    const sheet = mock.model.sheet('Pipeline');
    expect(mock.model.snapshot('Pipeline')).toMatchObject({ A2: 'Acme', G2: '=DEAL.WINPROB(B2,DK_STAGE_CODES)' });
    // The half-made waterfall is gone. The refusal does not say which chart it was, so both newer-type
    // charts are drawn again as clustered bar and column charts of the same data, each saying why.
    expect(sheet.charts.map((c) => c.type)).toEqual(['BarClustered', 'ColumnClustered']);
    expect(sheet.charts[1]).toMatchObject({ source: 'A1:C4', position: 'M20' });
    expect(sheet.charts[0].title).toMatch(/^Funnel \(.*funnel chart; shown as a bar chart/);
    expect(sheet.charts[1].title).toMatch(/^Bridge \(.*could not draw a waterfall chart; shown as a column chart.*瀑布图.*柱形图/);
    expect(sheet.protection).not.toBeNull();
    // Read, cells, refused charts, read the charts back, draw them again.
    expect(sync).toHaveBeenCalledTimes(5);
  });

  it('fails naming the sheets, in both languages, when even the stand-in charts are refused, with the cells written and the sheet protected', async () => {
    const mock = createExcelMock({ refusedChartTitles: ['Waterfall', 'ColumnClustered', 'Funnel', 'BarClustered'] });
    install(mock);
    const failure = await mock.Excel.run((context) => applier.applyPlan(context, SAMPLE_PLAN)).catch((error: unknown) => error);
    expect(isDealKitError(failure)).toBe(true);
    const error = failure as DealKitError;
    expect(error.messageIn('en')).toMatch(/cells of Pipeline are written, but Excel refused their charts/);
    expect(error.messageIn('zh-CN')).toMatch(/Pipeline 的单元格已写入/);
    expect(mock.model.snapshot('Pipeline')).toMatchObject({ A2: 'Acme' });
    expect(mock.model.sheet('Pipeline').protection).not.toBeNull();
  });

  it("changes none of a user's cells, even on sheets named like the plan's", async () => {
    const mock = createExcelMock({
      sheets: [
        { name: 'Pipeline', cells: { A1: 'Deal', B1: 'Owner', A2: 'Globex', C2: '=LEN(A2)' } },
        { name: 'SETTINGS', cells: { A1: 'my settings' } },
      ],
    });
    install(mock);
    const before = ['Pipeline', 'SETTINGS'].map((n) => mock.model.fingerprint(n));
    const sync = jest.spyOn(mock.context, 'sync');
    const resolved = await mock.Excel.run((context) => applier.applyPlan(context, SAMPLE_PLAN));
    expect(sync).toHaveBeenCalledTimes(3);
    expect(resolved.sheets.map((s) => s.name)).toEqual(['Settings (2)', 'Pipeline (2)']);
    expect(['Pipeline', 'SETTINGS'].map((n) => mock.model.fingerprint(n))).toEqual(before);
    expect(mock.model.snapshot('Pipeline (2)').G3).toBe("=SUM('Settings (2)'!B2:B4)");
  });

  it('keeps the team Settings and its name when they exist already', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Settings', cells: { A2: 'G10' } }], names: [{ name: 'DK_STAGE_CODES', reference: 'Settings!$A$2:$A$9' }] });
    install(mock);
    const resolved = await mock.Excel.run((context) => applier.applyPlan(context, SAMPLE_PLAN));
    expect(resolved.sheets.map((s) => s.name)).toEqual(['Pipeline']);
    expect(mock.model.names).toHaveLength(1);
    expect(mock.model.snapshot('Pipeline').G3).toBe("=SUM('Settings'!B2:B4)");
  });

  it('rewrites an owned sheet that carries the marker, within the same three syncs (it has a chart)', async () => {
    const mock = createExcelMock({
      sheets: [
        { name: 'Roll-up', cells: { A1: 'mine' } },
        { name: 'Roll-up (2)', cells: { A1: 'DK:rollup', B5: 'stale' } },
      ],
    });
    install(mock);
    mock.model.sheet('Roll-up (2)').charts.push({ type: 'Pie', source: 'A1:B3', title: 'last week' });
    mock.model.sheet('Roll-up').charts.push({ type: 'Pie', source: 'A1:B3', title: 'my chart' });
    const sync = jest.spyOn(mock.context, 'sync');
    const plan = {
      sheets: [
        {
          key: 'r',
          target: { kind: 'owned' as const, baseName: 'Roll-up', marker: 'DK:rollup' },
          values: [{ at: 'A1', rows: [['DK:rollup', 'fresh']] }],
          charts: [{ kind: 'column' as const, title: 'this week', source: 'A1:B3', anchor: 'D2' }],
        },
      ],
    };
    const resolved = await mock.Excel.run((context) => applier.applyPlan(context, plan));
    expect(sync).toHaveBeenCalledTimes(3);
    expect(mock.model.sheet('Roll-up (2)').charts.map((c) => c.title)).toEqual(['this week']);
    expect(mock.model.sheet('Roll-up').charts.map((c) => c.title)).toEqual(['my chart']);
    expect(resolved.sheets[0]).toMatchObject({ name: 'Roll-up (2)', action: 'rewrite' });
    expect(mock.model.snapshot('Roll-up (2)')).toEqual({ A1: 'DK:rollup', B1: 'fresh' });
    expect(mock.model.snapshot('Roll-up')).toEqual({ A1: 'mine' });
  });

  it('still finds the owned sheet, in one more sync, on a host that refuses calls on a null sheet', async () => {
    const mock = createExcelMock({
      nullObjectMethods: 'throw',
      sheets: [
        { name: 'Roll-up', cells: { A1: 'mine' } },
        { name: 'Roll-up (2)', cells: { A1: 'DK:rollup', B5: 'stale' } },
      ],
    });
    install(mock);
    const sync = jest.spyOn(mock.context, 'sync');
    const plan = { sheets: [{ key: 'r', target: { kind: 'owned' as const, baseName: 'Roll-up', marker: 'DK:rollup' }, values: [{ at: 'A1', rows: [['DK:rollup', 'fresh']] }] }] };
    const resolved = await mock.Excel.run((context) => applier.applyPlan(context, plan));
    expect(sync).toHaveBeenCalledTimes(4);
    expect(resolved.sheets[0]).toMatchObject({ name: 'Roll-up (2)', action: 'rewrite' });
    expect(mock.model.snapshot('Roll-up (2)')).toEqual({ A1: 'DK:rollup', B1: 'fresh' });
    expect(mock.model.snapshot('Roll-up')).toEqual({ A1: 'mine' });
  });

  it('appends below the last used row, counting rows the same plan writes, on new and existing sheets', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'History', cells: { A1: 'Date', A2: '2026-11-15', A3: '2026-11-15' } }] });
    install(mock);
    const plan = {
      sheets: [
        { key: 'h', target: { kind: 'existing' as const, name: 'History' }, appends: [{ rows: [['2026-11-22', 5]] }] },
        { key: 'n', target: { kind: 'new' as const, baseName: 'Log' }, values: [{ at: 'A1', rows: [['When', 'What']] }], appends: [{ rows: [['today', 'x']], column: 'A' }] },
      ],
    };
    const sync = jest.spyOn(mock.context, 'sync');
    await mock.Excel.run((context) => applier.applyPlan(context, plan));
    expect(sync).toHaveBeenCalledTimes(2);
    expect(mock.model.snapshot('History')).toEqual({ A1: 'Date', A2: '2026-11-15', A3: '2026-11-15', A4: '2026-11-22', B4: 5 });
    expect(mock.model.snapshot('Log')).toEqual({ A1: 'When', B1: 'What', A2: 'today', B2: 'x' });
  });

  it('writes into an existing protected sheet by lifting the protection and putting it back', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Deals', cells: { A1: 'Deal', B1: 'Stage', A2: 'Acme', B2: 'G10' } }] });
    mock.model.sheet('Deals').protection = { allowSort: true };
    install(mock);
    const sync = jest.spyOn(mock.context, 'sync');
    const plan = { sheets: [{ key: 'd', target: { kind: 'existing' as const, name: 'Deals' }, values: [{ at: 'B2', rows: [['G30']] }] }] };
    const resolved = await mock.Excel.run((context) => applier.applyPlan(context, plan));
    expect(sync).toHaveBeenCalledTimes(2);
    expect(resolved.sheets[0].wasProtected).toBe(true);
    expect(mock.model.snapshot('Deals')).toEqual({ A1: 'Deal', B1: 'Stage', A2: 'Acme', B2: 'G30' });
    expect(mock.model.sheet('Deals').protection).not.toBeNull();
  });

  it('the mock refuses a write into locked cells of a protected sheet, as Excel does', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Deals', cells: { A1: 'Deal' } }] });
    mock.model.sheet('Deals').protection = {};
    await expect(
      mock.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Deals').getRange('A1').values = [['changed']];
        await context.sync();
      }),
    ).rejects.toThrow(/protected sheet/);
    expect(mock.model.snapshot('Deals')).toEqual({ A1: 'Deal' });
  });

  it('lets an operation batch its own reads with the workbook read', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Deals', cells: { A1: 'Deal', A2: 'Acme' } }] });
    install(mock);
    const sync = jest.spyOn(mock.context, 'sync');
    await mock.Excel.run(async (context) => {
      const read = applier.queueWorkbookRead(context);
      const mine = context.workbook.worksheets.getItem('Deals').getRange('A1:A2');
      mine.load('values');
      await context.sync();
      expect(mine.values).toEqual([['Deal'], ['Acme']]);
      expect(read.state()).toEqual({ sheets: [{ name: 'Deals', a1: undefined }], namedRanges: [] });
      // Reading is not writing: the load above queued no write.
      expect(mock.model.queued).toEqual([{ what: 'worksheets.getItem', target: 'Deals' }]);
    });
    expect(sync).toHaveBeenCalledTimes(1);
  });
});

describe('the Excel mock behaves as Office.js', () => {
  it('refuses reads that were not loaded and synced, and applies writes only at sync', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'S', cells: { A1: 5 } }] });
    await mock.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1');
      expect(range.values).toBe('Error, property was not loaded');
      range.values = [[6]];
      expect(mock.model.cell('S', 'A1')!.value).toBe(5);
      await context.sync();
      expect(mock.model.cell('S', 'A1')!.value).toBe(6);
      context.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[1]];
      await expect(context.sync()).rejects.toThrow(/doesn't match the size/);
      context.workbook.worksheets.add('s');
      await expect(context.sync()).rejects.toThrow(/ItemAlreadyExists/);
    });
  });
});
