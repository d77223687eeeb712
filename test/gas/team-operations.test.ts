import { readFileSync } from 'node:fs';
import { createGasGlobals, type FakeSpreadsheetApp } from '../../fakes/spreadsheet-app';
import { loadGasProject } from '../../fakes/gas-vm';
import { builtFile } from '../helpers/dist';

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'];

function seedTeam(app: FakeSpreadsheetApp): void {
  for (const rep of ['Ana', 'Bo']) {
    const rows: (string | number | Date)[][] = [['Rep:', rep, '', '', '', ''], HEADER];
    for (let i = 0; i < 3; i += 1) rows.push([`${rep}-${i}`, `Deal ${i}`, 1000 * (i + 1), i === 0 ? 'C50' : 'G20', new Date(2026, 11, 10 + i), 'Call']);
    app.spreadsheet.insertSheet(rep).getRange(1, 1, rows.length, HEADER.length).setValues(rows);
  }
  app.resetLog();
}

type Result<T> = { ok: true; value: T } | { ok: false; message: string };

describe('team operations in the built Apps Script project', () => {
  function project() {
    const globals = createGasGlobals({ sheets: ['Notes'], files: { sidebar: readFileSync(builtFile('gas', 'sidebar.html'), 'utf8') } });
    seedTeam(globals.SpreadsheetApp);
    return { globals, gas: loadGasProject({ globals }) };
  }

  it('rolls up the team through google.script.run-callable functions, under the document lock', () => {
    const { globals, gas } = project();
    const result = gas.call('dealkitRollUpTeam', null, 'en') as Result<{ deals: number; setAside: number }>;
    expect(result).toMatchObject({ ok: true, value: { deals: 6, setAside: 0 } });
    const names = globals.SpreadsheetApp.spreadsheet.getSheets().map((sheet) => sheet.getName());
    expect(names).toEqual(expect.arrayContaining(['Notes', 'Ana', 'Bo', 'Team pipeline', 'Dashboard']));
    expect(globals.documentLock.held).toBe(false);
  });

  it('takes a snapshot, lists its date and exports a CSV whose cells cannot run as formulas', () => {
    const { gas } = project();
    expect(gas.call('dealkitTakeSnapshot', 'en')).toMatchObject({ ok: true });
    const dates = gas.call('dealkitListSnapshotDates', 'en') as Result<string[]>;
    expect(dates.ok && dates.value).toHaveLength(1);
    const csv = gas.call('dealkitExportPipelineCsv', 'salesforce', 'en') as Result<{ csv: string; fileName: string }>;
    expect(csv.ok).toBe(true);
    if (csv.ok) {
      expect(csv.value.fileName).toMatch(/\.csv$/);
      expect(csv.value.csv.split('\n')).toHaveLength(1 + 6 + 1);
    }
  });

  it('answers a bad comparison with a message in the user’s language, not a crash', () => {
    const { gas } = project();
    const result = gas.call('dealkitComparePipeline', 'not a date', '2026-01-01', 'zh-CN') as Result<unknown>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
