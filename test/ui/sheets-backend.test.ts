import { serialFromParts } from '../../shared/pipeline/dates';
import { createGasGlobals, type FakeGasGlobals, type FakeSpreadsheetApp } from '../../fakes/spreadsheet-app';
import type { AssessmentAnswers, BackendResult, InsertedSheet, PipelineView } from '../../shared/workbook/backend';
import { createSheetsBackend, type ScriptRun } from '../../gas/sidebar/sheets-backend';
import { OPERATION_IDS, serverFunctionName } from '../../shared/workbook/operations';
import { installServerFunctions } from '../helpers/server-functions';

let globals: FakeGasGlobals;
let app: FakeSpreadsheetApp;

type Server = Record<string, (...args: unknown[]) => unknown>;
const server = globalThis as unknown as Server;

beforeAll(() => {
  installServerFunctions();
});

beforeEach(() => {
  globals = createGasGlobals({ sheets: ['Notes'] });
  app = globals.SpreadsheetApp;
  Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts, LockService: globals.LockService });
});

function ok<T>(result: unknown): T {
  const r = result as BackendResult<T>;
  if (!r.ok) throw new Error(`expected success, got: ${r.message}`);
  return r.value;
}

/** google.script.run carries JSON-like data only: what the server returns must survive that. */
function overTheWire(result: unknown): unknown {
  return JSON.parse(JSON.stringify(result));
}

describe('Sheets server functions on the SpreadsheetApp fake', () => {
  it('inserts a TAS assessment under the document lock, one write per block', () => {
    const inserted = ok<InsertedSheet>(server.dealkitInsertTemplate({ id: 'assessment', method: 'TAS' }, 'en'));
    expect(inserted.sheetName).toBe('Assessment (TAS)');
    expect(globals.documentLock.hasLock()).toBe(false);
    expect(app.calls('setValue')).toHaveLength(0);
    expect(app.calls('setFormula')).toHaveLength(0);
    // The user's own sheet is untouched.
    expect(app.spreadsheet.getSheetByName('Notes')).not.toBeNull();
  });

  it('reads the active assessment with one getValues and one getFormulas, and saves the answers with one write per column', () => {
    ok(server.dealkitInsertTemplate({ id: 'assessment', method: 'TAS' }, 'en'));
    const sheet = app.spreadsheet.getSheetByName('Assessment (TAS)')!;
    sheet.getRange('E8').setValue('+');
    sheet.getRange('G8').setValue('Budget approved');
    app.resetLog();
    const answers = ok<AssessmentAnswers>(overTheWire(server.dealkitReadAssessment('en')));
    expect(app.calls('getValues').filter((c) => c.target.startsWith('Assessment'))).toHaveLength(1);
    expect(app.calls('getFormulas')).toHaveLength(1);
    expect(answers).toMatchObject({ method: 'TAS', sheetName: 'Assessment (TAS)' });
    expect(answers.ours[0]).toBe('favourable');
    expect(answers.notes[0]).toBe('Budget approved');

    app.resetLog();
    const saved = {
      ...answers,
      ours: answers.ours.map(() => 'favourable' as const),
      notes: answers.notes.map((n, i) => (i === 1 ? '=HYPERLINK("http://x","y")' : n)),
      strategy: { canChangeCriteria: true },
    };
    // Today in the spreadsheet's time zone, as Apps Script's Utilities gives it.
    Object.assign(globalThis, { Utilities: { formatDate: () => '2026-11-25' } });
    try {
      ok(server.dealkitWriteAssessment(saved, 'en'));
    } finally {
      delete (globalThis as { Utilities?: unknown }).Utilities;
    }
    // ratings, competitor ratings, notes, signs: four columns; the strategy column as runs around the
    // template's prefill formulas put back where the rep gave no answer (one answer, then FALSE in an input the template does not prefill);
    // and the blank Date dated with the day of the save, so the roll-up can tell the latest assessment of a deal.
    expect(app.writes('setValues').map((c) => c.target)).toEqual([
      'Assessment (TAS)!E8:E27',
      'Assessment (TAS)!F8:F27',
      'Assessment (TAS)!G8:G27',
      'Assessment (TAS)!E30:E41',
      'Assessment (TAS)!E48:E49',
      'Assessment (TAS)!C6',
    ]);
    expect(sheet.getRange('C6').getValue()).toBe(serialFromParts(2026, 11, 25));
    expect(app.writes('setFormulas').map((c) => c.target)).toEqual(['Assessment (TAS)!E45:E47', 'Assessment (TAS)!E50:E51']);
    expect(sheet.getRange('E48').getValue()).toBe(true);
    expect(sheet.getRange('E8:E27').getValues().flat()).toEqual(Array(20).fill('+'));
    // A note that looks like a formula is written as text.
    expect(sheet.getRange('G9').getFormula()).toBe('');
    expect(sheet.getRange('G9').getValue()).toBe('=HYPERLINK("http://x","y")');
    expect(globals.documentLock.hasLock()).toBe(false);

    // A date already there (typed by the rep, or an earlier save) is kept.
    sheet.getRange('C6').setValue(serialFromParts(2026, 10, 1));
    app.resetLog();
    ok(server.dealkitWriteAssessment({ ...saved, read: undefined }, 'en'));
    expect(app.writes('setValues').map((c) => c.target)).not.toContain('Assessment (TAS)!C6');
    expect(sheet.getRange('C6').getValue()).toBe(serialFromParts(2026, 10, 1));
  });

  it('a rating cell holding something else is reported with the cell, in the UI language', () => {
    ok(server.dealkitInsertTemplate({ id: 'assessment', method: 'TAS' }, 'en'));
    app.spreadsheet.getSheetByName('Assessment (TAS)')!.getRange('E10').setValue('maybe');
    const result = server.dealkitReadAssessment('zh-CN') as BackendResult<unknown>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('E10');
  });

  function updateOf(view: PipelineView, stage: string) {
    const deal = view.deals[0];
    return {
      sheetName: view.sheetName,
      row: deal.row,
      dealId: deal.id,
      stage,
      proofs: deal.proofs,
      review: { finished: '', evidence: '', doingNow: '', preparingNext: '' },
      stageEntered: deal.stageEntered,
      read: deal,
    };
  }

  it('lists deals with one read per sheet and updates one, dates as ISO text over the wire', () => {
    ok(server.dealkitInsertTemplate({ id: 'pipelineFunnel' }, 'en'));
    const sheet = app.spreadsheet.getSheetByName('Pipeline')!;
    const view0 = ok<PipelineView | null>(server.dealkitListDeals('en'));
    expect(view0?.deals).toEqual([]);
    // A rep types one deal (row below the header the template wrote).
    const header =
      sheet
        .getRange('A1:Z12')
        .getValues()
        .findIndex((row) => row[0] === 'Deal ID') + 1;
    sheet.getRange(header + 1, 1, 1, 9).setValues([['D-1', 'Acme', 'ERP', 'Li', 1000, 'USD', 'G10', new Date(2026, 11, 1), new Date(2026, 10, 1)]]);
    app.resetLog();
    const view = ok<PipelineView>(overTheWire(server.dealkitListDeals('en')));
    // One getValues per sheet; the workbook's ladder (DK_LADDER) and decimal mark (DK_DECIMAL_MARK) are taken from those.
    expect(app.calls('getValues').length).toBe(app.spreadsheet.getSheets().length);
    expect(view.deals[0]).toMatchObject({ id: 'D-1', stage: 'G10', closeDate: '2026-12-01', stageEntered: '2026-11-01' });
    // The Deal panel's proof step shows what proves each stage, in both languages.
    expect(view.stages[0]).toEqual({
      code: 'G10',
      label: { en: 'Plan & invite', 'zh-CN': '客户规划与电话邀约' },
      proof: { en: 'The contact commits to a visit', 'zh-CN': '客户经办人明确承诺接受上门拜访' },
    });
    app.resetLog();
    const after = ok<PipelineView>(
      overTheWire(
        server.dealkitUpdateDeal(
          {
            sheetName: view.sheetName,
            row: view.deals[0].row,
            dealId: 'D-1',
            stage: 'G20',
            proofs: view.deals[0].proofs.map((_, i) => i < 2),
            review: { finished: 'Visit', evidence: 'Asked for a proposal', doingNow: 'Drafting', preparingNext: 'Send proposal' },
            stageEntered: '2026-11-25',
            read: view.deals[0],
          },
          'en',
        ),
      ),
    );
    expect(after.deals[0]).toMatchObject({ stage: 'G20', stageEntered: '2026-11-25', nextStep: 'Send proposal' });
    expect(after.deals[0].proofs.slice(0, 3)).toEqual([true, true, false]);
    // Adjacent cells of the row go in one setValues each, not one per cell: stage (G); stage entered
    // and next step (I:J); evidence (M); the eight proof ticks (P:W).
    expect(app.writes('setValues').map((c) => c.target)).toEqual(['Pipeline!G6', 'Pipeline!I6:J6', 'Pipeline!M6', 'Pipeline!P6:W6']);
    expect(globals.documentLock.hasLock()).toBe(false);

    // The rep kept the Next step on the confirm step: the cell is left alone, the answer goes to the evidence.
    app.resetLog();
    const kept = ok<PipelineView>(
      overTheWire(server.dealkitUpdateDeal({ ...updateOf(after, 'G20'), review: { finished: '', evidence: '', doingNow: '', preparingNext: 'Call the CFO' }, keepNextStep: true }, 'en')),
    );
    expect(kept.deals[0].nextStep).toBe('Send proposal');
    expect(kept.deals[0].evidence).toContain('Call the CFO');
    expect(app.writes('setValues').map((c) => c.target)).not.toContain('Pipeline!I6:J6');
    expect(sheet.getRange('J6').getValue()).toBe('Send proposal');

    // A blank answer leaves the Next step alone too.
    const blank = ok<PipelineView>(overTheWire(server.dealkitUpdateDeal(updateOf(kept, 'G20'), 'en')));
    expect(blank.deals[0].nextStep).toBe('Send proposal');
  });
});

describe('Sheets team functions on the fake', () => {
  it('rolls up the team under the document lock and reports the counts with the panel’s report', () => {
    ok(server.dealkitInsertTemplate({ id: 'pipelineFunnel' }, 'en'));
    const sheet = app.spreadsheet.getSheetByName('Pipeline')!;
    const header =
      sheet
        .getRange('A1:Z12')
        .getValues()
        .findIndex((row) => row[0] === 'Deal ID') + 1;
    sheet.getRange(header + 1, 1, 2, 9).setValues([
      ['D-1', 'Acme', 'ERP', 'Li', 1000, 'USD', 'G10', new Date(2026, 11, 1), new Date(2026, 10, 1)],
      ['D-2', 'Globex', 'CRM', 'Wang', 'lots', 'USD', 'G20', new Date(2026, 11, 1), new Date(2026, 10, 1)],
    ]);
    const { report, ...summary } = ok<Record<string, unknown>>(overTheWire(server.dealkitRollUpTeam(null, 'en')));
    // The row whose amount is not a number is set aside, not dropped.
    expect(summary).toEqual({ deals: 1, setAside: 1, amount: 1000, tables: 1 });
    expect(report).toMatchObject({ counted: { deals: 1, amount: 1000 } });
    expect(globals.documentLock.hasLock()).toBe(false);
    const bad = server.dealkitRollUpTeam('soon', 'zh-CN') as BackendResult<unknown>;
    expect(bad.ok).toBe(false);
  });
});

describe('sidebar backend over google.script.run', () => {
  function fakeRun(behaviour: (name: string, args: unknown[]) => { ok?: unknown; fail?: unknown }): () => ScriptRun {
    return () => {
      let onOk: (value: unknown) => void = () => undefined;
      let onFail: (error: unknown) => void = () => undefined;
      const runner: ScriptRun = {
        withSuccessHandler(handler) {
          onOk = handler;
          return runner;
        },
        withFailureHandler(handler) {
          onFail = handler;
          return runner;
        },
      };
      for (const name of OPERATION_IDS.map(serverFunctionName)) {
        runner[name] = (...args: unknown[]) => {
          const outcome = behaviour(name, args);
          setTimeout(() => ('fail' in outcome ? onFail(outcome.fail) : onOk(outcome.ok)), 0);
        };
      }
      return runner;
    };
  }

  it('calls the named server function with plain arguments and passes its result on', async () => {
    const calls: unknown[] = [];
    const backend = createSheetsBackend(fakeRun((name, args) => (calls.push({ name, args }), { ok: { ok: true, value: { sheetName: 'Assessment (TAS)' } } })));
    const result = await backend.insertTemplate({ id: 'assessment', method: 'TAS' }, 'zh-CN');
    expect(result).toEqual({ ok: true, value: { sheetName: 'Assessment (TAS)' } });
    expect(calls).toEqual([{ name: 'dealkitInsertTemplate', args: [{ id: 'assessment', method: 'TAS' }, 'zh-CN'] }]);
  });

  it('a failed call shows the server’s message', async () => {
    const backend = createSheetsBackend(fakeRun(() => ({ fail: new Error('Exception: You do not have permission to edit this range') })));
    expect(await backend.listDeals('en')).toEqual({ ok: false, message: 'Exception: You do not have permission to edit this range' });
  });
});

describe('saving settings from the sidebar', () => {
  it('writes the language cell only: the DealKit formulas follow it through their DK_RULES argument, none is rewritten', () => {
    ok(server.dealkitInsertTemplate({ id: 'assessment', method: 'TAS' }, 'en'));
    const notes = app.spreadsheet.getSheetByName('Notes')!;
    notes.getRange('A1:B1').setValues([['my note', 42]]);
    const settings = ok<Record<string, unknown>>(overTheWire(server.dealkitReadSettings('en')));
    app.resetLog();
    ok(server.dealkitWriteSettings({ ...settings, locale: 'zh-CN' }, 'en'));
    expect(app.calls('setFormulas')).toHaveLength(0);
    expect(app.calls('setFormula')).toHaveLength(0);
    expect(app.calls('setValues').filter((c) => c.target.startsWith('Notes'))).toHaveLength(0);
    expect(notes.getRange('A1:B1').getValues()).toEqual([['my note', 42]]);
    // No simple trigger is left to rewrite formulas behind the user's back.
    expect((globals as unknown as Record<string, unknown>).onEdit).toBeUndefined();
    expect(globals.documentLock.hasLock()).toBe(false);
  });
});
