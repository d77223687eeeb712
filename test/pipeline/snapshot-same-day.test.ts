import { HyperFormula } from 'hyperformula';
import { applyPlanToHyperFormula } from '../../playground/apply-plan-hyperformula';
import { HISTORY_MARKER, historyHeaders, historyRecords, parseHistory, snapshotPlan, type HistoryDeal } from '../../shared/pipeline/snapshot';
import type { PlanValue } from '../../shared/plan';
import { operationsOver, type SynchronousWorkbook } from '../../shared/workbook/run-operation';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';

/**
 * Taking a snapshot twice on one day leaves one snapshot of that day in the history sheet, the later
 * one: through the pure plan, and through the playground's HyperFormula applier.
 */

const DEC_1 = 46357;
const NOV_24 = DEC_1 - 7;

const deal = (id: string, amount: number): HistoryDeal => ({
  id,
  owner: 'Ann',
  account: 'ACME',
  opportunity: 'ERP',
  amount,
  currency: 'USD',
  stage: 'C50',
  closeDate: 46371,
  probability: 0.5,
  weighted: amount / 2,
  forecastCategory: 'bestCase',
  evidencedStage: 'D30',
  sheet: 'Ann',
  row: 5,
});

const head = (): unknown[][] => [[HISTORY_MARKER], ['note'], historyHeaders('en')];

/** The sheet's records of one day, as rows a user sees (blank rows left out). */
function recordsOf(values: readonly (readonly unknown[])[], day: string): unknown[][] {
  return values.slice(3).filter((row) => row[0] === day) as unknown[][];
}

describe('a second snapshot the same day', () => {
  it('is written over that day’s rows, and rows it no longer needs are cleared', () => {
    const morning = historyRecords([deal('D1', 100), deal('D2', 200), deal('D3', 300)], DEC_1, '2026-12-01T08:00:00Z');
    const values = [...head(), ...historyRecords([deal('D1', 90)], NOV_24, '2026-11-24T08:00:00Z'), ...morning];
    const plan = snapshotPlan([deal('D1', 150)], { locale: 'en', date: DEC_1, takenAt: '2026-12-01T17:00:00Z', historySheet: 'History', historyValues: values });
    const [sheet] = plan.sheets;
    expect(sheet.appends).toBeUndefined();
    // Row 4 is 2026-11-24's; 2026-12-01's three rows start at row 5.
    expect(sheet.values).toHaveLength(1);
    expect(sheet.values?.[0].at).toBe('A5');
    const rows = sheet.values?.[0].rows as PlanValue[][];
    expect(rows[0].slice(0, 8)).toEqual(['2026-12-01', '2026-12-01T17:00:00Z', 'deal', 'D1', 'Ann', 'ACME', 'ERP', 150]);
    expect(rows.slice(1)).toEqual([new Array(18).fill(''), new Array(18).fill('')]);
  });

  it('a new day is still only appended, every earlier row untouched', () => {
    const values = [...head(), ...historyRecords([deal('D1', 90)], NOV_24, 't')];
    const plan = snapshotPlan([deal('D1', 150)], { locale: 'en', date: DEC_1, takenAt: 't2', historySheet: 'History', historyValues: values });
    expect(plan.sheets[0].values).toBeUndefined();
    expect(plan.sheets[0].appends).toEqual([{ rows: historyRecords([deal('D1', 150)], DEC_1, 't2') }]);
  });

  it('when the day’s rows are not the last ones (a clock that went back) they are cleared and the new take appended', () => {
    const values = [...head(), ...historyRecords([deal('D1', 100)], DEC_1, 'a'), ...historyRecords([deal('D1', 90)], NOV_24, 'b')];
    const plan = snapshotPlan([deal('D1', 150)], { locale: 'en', date: DEC_1, takenAt: 'c', historySheet: 'History', historyValues: values });
    expect(plan.sheets[0].values).toEqual([{ at: 'A4', rows: [new Array(18).fill('')] }]);
    expect(plan.sheets[0].appends).toEqual([{ rows: historyRecords([deal('D1', 150)], DEC_1, 'c') }]);
  });
});

describe('a second snapshot the same day, through the HyperFormula applier', () => {
  function takeInto(hf: HyperFormula, deals: readonly HistoryDeal[], date: number, takenAt: string): void {
    const id = hf.getSheetId('Pipeline history');
    const existing = id === undefined ? undefined : { historySheet: 'Pipeline history', historyValues: hf.getSheetValues(id) };
    applyPlanToHyperFormula(hf, snapshotPlan(deals, { locale: 'en', date, takenAt, ...existing }));
  }

  it('leaves one snapshot of the day in the sheet, the later one, after the earlier days', () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    takeInto(hf, [deal('D1', 90), deal('D2', 50)], NOV_24, '2026-11-24T08:00:00Z');
    takeInto(hf, [deal('D1', 100), deal('D2', 60), deal('D3', 70)], DEC_1, '2026-12-01T08:00:00Z');
    takeInto(hf, [deal('D1', 150), deal('D3', 80)], DEC_1, '2026-12-01T17:00:00Z');
    const values = hf.getSheetValues(hf.getSheetId('Pipeline history') as number);

    const december = recordsOf(values, '2026-12-01');
    expect(december.map((r) => [r[1], r[3], r[7]])).toEqual([
      ['2026-12-01T17:00:00Z', 'D1', 150],
      ['2026-12-01T17:00:00Z', 'D3', 80],
    ]);
    expect(recordsOf(values, '2026-11-24').map((r) => [r[3], r[7]])).toEqual([
      ['D1', 90],
      ['D2', 50],
    ]);
    expect(parseHistory(values).map((s) => [s.takenAt, s.deals.length])).toEqual([
      ['2026-11-24T08:00:00Z', 2],
      ['2026-12-01T17:00:00Z', 2],
    ]);

    // The next day appends after what is there, and the day replaced stays one snapshot.
    takeInto(hf, [deal('D1', 160)], DEC_1 + 7, '2026-12-08T08:00:00Z');
    const after = hf.getSheetValues(hf.getSheetId('Pipeline history') as number);
    expect(recordsOf(after, '2026-12-01')).toHaveLength(2);
    expect(recordsOf(after, '2026-12-08')).toHaveLength(1);
  });

  it('a cell the later take leaves blank is blank, not the earlier take’s value', () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    takeInto(hf, [{ ...deal('D1', 100), stageEntered: 46300 }], DEC_1, 'a');
    takeInto(hf, [deal('D1', 100)], DEC_1, 'b');
    const [row] = recordsOf(hf.getSheetValues(hf.getSheetId('Pipeline history') as number), '2026-12-01');
    expect([row[1], row[11]]).toEqual(['b', '']);
    expect(parseHistory(hf.getSheetValues(hf.getSheetId('Pipeline history') as number))[0].deals[0].stageEntered).toBeUndefined();
  });

  it('a snapshot taken again the same day with more deals than before keeps them all', () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    takeInto(hf, [deal('D1', 100)], DEC_1, 'a');
    takeInto(hf, [deal('D1', 100)], DEC_1, 'b');
    takeInto(hf, [deal('D1', 100), deal('D2', 5), deal('D3', 6)], DEC_1, 'c');
    const values = hf.getSheetValues(hf.getSheetId('Pipeline history') as number);
    expect(recordsOf(values, '2026-12-01').map((r) => [r[1], r[3]])).toEqual([
      ['c', 'D1'],
      ['c', 'D2'],
      ['c', 'D3'],
    ]);
  });
});

describe('Take snapshot twice on one day in the playground', () => {
  it('lists the day once and the history sheet holds only the later take of it', () => {
    const workbook = new PlaygroundWorkbook();
    loadSampleWorkbook(workbook);
    let now = '2026-12-01T08:00:00.000Z';
    const host: SynchronousWorkbook = { read: (request) => ({ ...workbook.read(request), today: '2026-12-01', now }), apply: (plan) => workbook.applyPlan(plan) };
    const ops = operationsOver(host);
    const datesBefore = ops.listSnapshotDates('en');
    expect(ops.takeSnapshot('en').ok).toBe(true);
    now = '2026-12-01T16:30:00.000Z';
    expect(ops.takeSnapshot('en').ok).toBe(true);

    const dates = ops.listSnapshotDates('en');
    if (!dates.ok || !datesBefore.ok) throw new Error('no dates');
    expect(dates.value.filter((d) => d === '2026-12-01')).toHaveLength(1);
    expect(dates.value).toHaveLength(datesBefore.value.length + 1);
    const history = workbook.sheetNames().find((name) => workbook.snapshot(name, false)?.values[0]?.[0] === HISTORY_MARKER) as string;
    const takes = new Set(recordsOf(workbook.snapshot(history, false)?.values ?? [], '2026-12-01').map((row) => row[1]));
    expect([...takes]).toEqual(['2026-12-01T16:30:00.000Z']);
  });
});
