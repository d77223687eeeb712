import { createExcelMock, withNamedRangeRanges, withSheetOrder, type ExcelMock } from '../../fakes/excel-mock';
import type { AssessmentAnswers, BackendResult, PipelineView, WorkbookSettings } from '../../shared/workbook/backend';
import { createExcelBackend } from '../../excel-addin/taskpane/excel-backend';
import { runOnMock } from '../helpers/excel-mock-run';

function setup(sheets = [{ name: 'Notes', cells: { A1: 'my notes' } }]) {
  const mock = withSheetOrder(withNamedRangeRanges(createExcelMock({ sheets })));
  const sync = jest.spyOn(mock.context, 'sync');
  // Each Excel.run has its own request context, whose proxies die with it; the shared mock keeps every
  // proxy it ever made and re-syncs them, and a loaded grid set back on a proxy after a batch's last
  // sync is queued as if written: both would write a finished batch's stale loads into the next one.
  const backend = createExcelBackend(runOnMock(mock));
  return { mock, sync, backend };
}

function ok<T>(result: BackendResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result.value;
}

describe('Excel backend on office-addin-mock: one batch, at most two syncs per action', () => {
  it('lists templates with no round trip', async () => {
    const { backend, sync } = setup();
    const templates = ok(await backend.listTemplates('en'));
    expect(templates.map((t) => t.id)).toContain('assessment');
    expect(templates.find((t) => t.id === 'assessment')?.methods).toEqual(['TAS', 'SIGNATURE', 'PPVVC']);
    expect(sync).toHaveBeenCalledTimes(0);
  });

  it('inserts a template in two syncs and leaves the user’s sheet alone', async () => {
    const { backend, sync, mock } = setup();
    const before = mock.model.fingerprint('Notes');
    const inserted = ok(await backend.insertTemplate({ id: 'assessment', method: 'TAS' }, 'zh-CN'));
    expect(inserted.sheetName).toMatch(/机会评估/);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(mock.model.fingerprint('Notes')).toBe(before);
  });

  it('reads the active assessment in one sync and saves answers in two, as literal text', async () => {
    const { backend, sync, mock } = setup();
    const name = ok(await backend.insertTemplate({ id: 'assessment', method: 'TAS' }, 'en')).sheetName;
    mock.model.active = name;
    const cell = mock.model.cell(name, 'E8', true);
    if (cell) cell.value = '+';
    sync.mockClear();
    const answers = ok(await backend.readAssessment('en')) as AssessmentAnswers;
    expect(sync).toHaveBeenCalledTimes(1);
    expect(answers.ours[0]).toBe('favourable');
    sync.mockClear();
    const saved = { ...answers, ours: answers.ours.map(() => 'favourable' as const), notes: answers.notes.map((n, i) => (i === 0 ? '=1+1 <img src=x>' : n)) };
    ok(await backend.writeAssessment(saved, 'en'));
    expect(sync).toHaveBeenCalledTimes(2);
    expect(mock.model.cell(name, 'E27')?.value).toBe('+');
    expect(mock.model.cell(name, 'G8')).toMatchObject({ value: '=1+1 <img src=x>', formula: '' });
  });

  it('a bad rating is a message naming the cell, in Chinese when the UI is', async () => {
    const { backend, mock } = setup();
    const name = ok(await backend.insertTemplate({ id: 'assessment', method: 'TAS' }, 'en')).sheetName;
    mock.model.active = name;
    const cell = mock.model.cell(name, 'F9', true);
    if (cell) cell.value = 'perhaps';
    const result = await backend.readAssessment('zh-CN');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('F9');
  });

  it('reads and saves settings through the named ranges: one sync to read, two to save', async () => {
    const { backend, sync, mock } = setup();
    const sheetName = ok(await backend.insertTemplate({ id: 'settings' }, 'en')).sheetName;
    sync.mockClear();
    const settings = ok(await backend.readSettings('en')) as WorkbookSettings;
    expect(sync).toHaveBeenCalledTimes(1);
    expect(settings).toMatchObject({ locale: 'en', ladder: 'MILESTONES', sheetName });
    sync.mockClear();
    ok(await backend.writeSettings({ ...settings, locale: 'zh-CN', currency: 'CNY' }, 'en'));
    expect(sync).toHaveBeenCalledTimes(2);
    const again = ok(await backend.readSettings('en'));
    expect(again).toMatchObject({ locale: 'zh-CN', currency: 'CNY' });
    void mock;
  });

  it('lists deals in one sync (every sheet walked in the same batch) and updates one in two, returning the table as written', async () => {
    const { backend, sync, mock } = setup();
    const name = ok(await backend.insertTemplate({ id: 'pipelineFunnel' }, 'en')).sheetName;
    mock.model.active = name;
    const empty = ok(await backend.listDeals('en')) as PipelineView;
    const headerRow = empty.deals.length === 0 ? findHeaderRow(mock, name) : 0;
    const row = headerRow + 1;
    for (const [a1, value] of Object.entries({ [`A${row}`]: 'D-7', [`B${row}`]: 'Acme', [`C${row}`]: 'ERP', [`E${row}`]: 5000, [`G${row}`]: 'G20', [`I${row}`]: 46300 })) {
      const cell = mock.model.cell(name, a1, true);
      if (cell) cell.value = value;
    }
    sync.mockClear();
    const view = ok(await backend.listDeals('en')) as PipelineView;
    expect(sync).toHaveBeenCalledTimes(1);
    expect(view.deals[0]).toMatchObject({ id: 'D-7', stage: 'G20' });
    sync.mockClear();
    const after = ok(
      await backend.updateDeal(
        {
          sheetName: name,
          row,
          dealId: 'D-7',
          stage: 'B75',
          proofs: view.deals[0].proofs.map((_, i) => i < 1),
          review: { finished: 'Visit', evidence: '', doingNow: '', preparingNext: '' },
          stageEntered: '2026-11-25',
          read: view.deals[0],
        },
        'en',
      ),
    );
    expect(sync).toHaveBeenCalledTimes(2);
    expect(after.deals[0]).toMatchObject({ stage: 'B75', stageEntered: '2026-11-25' });
    expect(mock.model.cell(name, `G${row}`)?.value).toBe('B75');
  });
});

describe('Excel team operations through the task pane backend', () => {
  it('rolls up the team in at most three syncs (read, cells, dashboard charts) and reports counts', async () => {
    const { backend, sync, mock } = setup();
    const name = ok(await backend.insertTemplate({ id: 'pipelineFunnel' }, 'en')).sheetName;
    const row = findHeaderRow(mock, name) + 1;
    for (const [a1, value] of Object.entries({ [`A${row}`]: 'D-7', [`B${row}`]: 'Acme', [`E${row}`]: 5000, [`G${row}`]: 'G20', [`H${row}`]: 46400 })) {
      const cell = mock.model.cell(name, a1, true);
      if (cell) cell.value = value;
    }
    sync.mockClear();
    const summary = ok(await backend.rollUpTeam(null, 'en'));
    expect(summary).toMatchObject({ deals: 1, setAside: 0, amount: 5000, tables: 1 });
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
  });
});

function findHeaderRow(mock: ExcelMock, sheet: string): number {
  for (let r = 1; r <= 20; r += 1) if (mock.model.cell(sheet, `A${r}`)?.value === 'Deal ID') return r;
  throw new Error('no header');
}
