import { createGasGlobals, type FakeSpreadsheetApp } from '../../fakes/spreadsheet-app';
import { loadGasProject } from '../../fakes/gas-vm';

/**
 * A pipeline workbook with the faults reps' sheets really have, through the built Apps Script project:
 * a broken date cell, amounts of 1e308, a sheet with two Amount columns and a note typed under an
 * unread column. Roll-up, snapshot and CSV all answer; every such row is listed with its reason; no
 * cell and no CSV field holds a non-finite number.
 */

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step', 'Notes'];

function seed(app: FakeSpreadsheetApp): void {
  const ana: unknown[][] = [
    ['Rep:', 'Ana', '', '', '', '', ''],
    HEADER,
    ['A-1', 'Good', 1200, 'C50', new Date(2026, 11, 10), 'Call', ''],
    ['A-2', 'Broken date', 800, 'C50', new Date(Number.NaN), 'Call', ''],
    ['A-3', 'Huge', 1e308, 'C50', new Date(2026, 11, 11), 'Call', ''],
    ['A-4', 'Huger', 1e308, 'G20', new Date(2026, 11, 12), 'Call', ''],
    ['', '', '', '', '', '', 'ask Bo about the renewal'],
  ];
  app.spreadsheet.insertSheet('Ana').getRange(1, 1, ana.length, HEADER.length).setValues(ana);
  const bo: unknown[][] = [
    ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Deal value'],
    ['B-1', 'Two amounts', '', 'C50', new Date(2026, 11, 10), 500],
  ];
  app.spreadsheet.insertSheet('Bo').getRange(1, 1, bo.length, 6).setValues(bo);
  app.resetLog();
}

type Result<T> = { ok: true; value: T } | { ok: false; message: string };
type Rollup = { deals: number; setAside: number; report: { balanced: boolean; setAsideRows: { sheet: string; row: number; reasons: { en: string }[] }[] } };

function allCells(app: FakeSpreadsheetApp): unknown[] {
  return app.spreadsheet.getSheets().flatMap((sheet) => sheet.getDataRange().getValues().flat());
}

describe('roll-up faults in the built Apps Script project', () => {
  it('lists every faulty row with its reason and writes no non-finite number', () => {
    const globals = createGasGlobals({ sheets: ['Notes'] });
    seed(globals.SpreadsheetApp);
    const gas = loadGasProject({ globals });
    const rollup = gas.call('dealkitRollUpTeam', null, 'en') as Result<Rollup>;
    expect(rollup).toMatchObject({ ok: true, value: { deals: 1, setAside: 5 } });
    if (!rollup.ok) return;
    expect(rollup.value.report.balanced).toBe(true);
    expect(rollup.value.report.setAsideRows.map((r) => [r.sheet, r.row, r.reasons.map((x) => x.en).join('; ')])).toEqual([
      ['Ana', 4, 'cell E4 (Close date) holds a date that is not valid; type it again as 2026-12-31'],
      ['Ana', 5, 'amount 1e+308 is beyond ±10,000,000,000,000, the largest amount DealKit adds up; it is left out of every total'],
      ['Ana', 6, 'amount 1e+308 is beyond ±10,000,000,000,000, the largest amount DealKit adds up; it is left out of every total'],
      ['Ana', 7, 'only G7 (under "Notes") holds anything, and DealKit does not read that column'],
      ['Bo', 2, 'sheet Bo has two Amount columns, C ("Amount") and F ("Deal value"): DealKit cannot tell which to read, so this table was not rolled up; rename or remove one'],
    ]);
    const cells = allCells(globals.SpreadsheetApp);
    expect(cells.filter((v) => typeof v === 'number' && !Number.isFinite(v))).toEqual([]);
    expect(cells.filter((v) => typeof v === 'string' && /Infinity|NaN/.test(v))).toEqual([]);

    expect(gas.call('dealkitTakeSnapshot', 'en')).toMatchObject({ ok: true });
    const csv = gas.call('dealkitExportPipelineCsv', 'salesforce', 'en') as Result<{ csv: string }>;
    expect(csv.ok && csv.value.csv).not.toMatch(/Infinity|NaN/);
    expect(csv.ok && csv.value.csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(allCells(globals.SpreadsheetApp).filter((v) => typeof v === 'number' && !Number.isFinite(v))).toEqual([]);
  });
});
