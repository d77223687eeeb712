import fc from 'fast-check';
import { DealKitError } from '../../shared/errors';
import { HISTORY_MARKER, historyHeaders, historyRecords, parseHistory, snapshotOn, snapshotPlan, toPipelineSnapshot, type HistoryDeal } from '../../shared/pipeline/snapshot';

const deal = (over: Partial<HistoryDeal> = {}): HistoryDeal => ({
  id: 'D1',
  owner: 'Ann',
  account: 'ACME',
  opportunity: 'ERP',
  amount: 1000,
  currency: 'USD',
  stage: 'C50',
  closeDate: 46371,
  stageEntered: 46300,
  probability: 0.5,
  weighted: 500,
  forecastCategory: 'bestCase',
  evidencedStage: 'D30',
  sheet: 'Ann',
  row: 5,
  ...over,
});

/** The values a history sheet holds after these plans were appended, as a host would read them back. */
function sheetAfter(...takes: unknown[][][]): unknown[][] {
  return [[HISTORY_MARKER], ['note'], historyHeaders('en'), ...takes.flat()];
}

describe('snapshot plan', () => {
  it('creates a protected history sheet with marker, headers and the records the first time', () => {
    const plan = snapshotPlan([deal()], { locale: 'zh-CN', date: 46357, takenAt: '2026-12-01T09:00:00Z' });
    const [sheet] = plan.sheets;
    expect(sheet.target).toEqual({ kind: 'new', baseName: '商机历史' });
    expect(sheet.values?.[0]).toEqual({ at: 'A1', rows: [[HISTORY_MARKER]] });
    expect(sheet.values?.[2].rows[0][0]).toBe('快照日期');
    expect(sheet.protection).toEqual({ editable: [] });
    expect(sheet.appends).toBeUndefined();
    expect(sheet.values?.[3].at).toBe('A4');
    expect(sheet.values?.[3].rows).toEqual([
      ['2026-12-01', '2026-12-01T09:00:00Z', 'deal', 'D1', 'Ann', 'ACME', 'ERP', 1000, 'USD', 'C50', '2026-12-15', '2026-10-05', 0.5, 500, 'bestCase', 'D30', 'Ann', 5],
    ]);
  });

  it('only appends to the history sheet that is already there', () => {
    const plan = snapshotPlan([deal()], { locale: 'en', date: 46357, takenAt: 'x', historySheet: 'My history' });
    expect(plan.sheets[0]).toEqual({
      key: 'history',
      target: { kind: 'existing', name: 'My history' },
      appends: [{ rows: historyRecords([deal()], 46357, 'x') }],
    });
  });

  it('records an empty pipeline so its date can still be compared', () => {
    const history = parseHistory(sheetAfter(historyRecords([], 46357, 't1')));
    expect(history).toEqual([{ date: 46357, takenAt: 't1', deals: [], forecasts: [] }]);
  });
});

describe('parseHistory', () => {
  it('reads snapshots back by date, the last take of a day standing for it', () => {
    const values = sheetAfter(
      historyRecords([deal({ amount: 1 })], 46350, '2026-11-24T08:00:00Z'),
      historyRecords([deal({ amount: 2 }), deal({ id: 'D2' })], 46357, '2026-12-01T08:00:00Z'),
      historyRecords([deal({ amount: 3 })], 46357, '2026-12-01T17:00:00Z'),
    );
    const history = parseHistory(values);
    expect(history.map((s) => [s.date, s.deals.map((d) => d.amount)])).toEqual([
      [46350, [1]],
      [46357, [3]],
    ]);
    expect(history[1].deals[0]).toEqual(deal({ amount: 3 }));
  });

  it('takes dates the host turned into Date objects or serials', () => {
    const [record] = historyRecords([deal()], 46357, 't');
    const asDates: unknown[] = [...record];
    asDates[0] = new Date(2026, 11, 1);
    asDates[10] = 46371;
    expect(parseHistory(sheetAfter([asDates]))[0].deals[0].closeDate).toBe(46371);
  });

  it('names the row of a damaged record', () => {
    const [record] = historyRecords([deal()], 46357, 't');
    const broken = [...record];
    broken[7] = 'n/a';
    expect(() => parseHistory(sheetAfter([record, broken]))).toThrow('Pipeline history row 5: the amount is not a number.');
  });

  it('names the row of a deal amount beyond the bound or a broken taken-at date, rather than summing Infinity or throwing RangeError', () => {
    const [record] = historyRecords([deal()], 46357, 't');
    const huge = [...record];
    huge[7] = 1e308;
    expect(() => parseHistory(sheetAfter([record, huge]))).toThrow('Pipeline history row 5: the amount 1e+308 is beyond ±10,000,000,000,000, the largest amount DealKit adds up.');
    const brokenTime: unknown[] = [...record];
    brokenTime[1] = new Date(Number.NaN);
    expect(() => parseHistory(sheetAfter([brokenTime]))).toThrow('Pipeline history row 4: the time taken is not a date.');
  });

  it('refuses a sheet without the marker', () => {
    expect(() => parseHistory([['Something else']])).toThrow(DealKitError);
  });

  it('says which dates exist when asked for one that does not', () => {
    const history = parseHistory(sheetAfter(historyRecords([deal()], 46357, 't')));
    expect(() => snapshotOn(history, 46350, 'dateA')).toThrow('dateA: there is no snapshot of 2026-11-24. Snapshots: 2026-12-01.');
    expect(toPipelineSnapshot(snapshotOn(history, 46357, 'dateB')).deals[0]).toEqual({
      id: 'D1',
      owner: 'Ann',
      amount: 1000,
      stage: 'C50',
      closeDate: 46371,
      name: 'ERP',
    });
  });

  it('property: what a snapshot appends reads back unchanged', () => {
    const dealArb = fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== ''),
      owner: fc.constantFrom('Ann', 'Bo', '王芳'),
      amount: fc.integer({ min: 0, max: 1e8 }),
      stage: fc.constantFrom('G10', 'C50', 'LOST'),
      closeDate: fc.integer({ min: 40000, max: 50000 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(dealArb, { selector: (d) => d.id, maxLength: 30 }), fc.integer({ min: 40000, max: 50000 }), (deals, date) => {
        const full = deals.map((d) => deal({ ...d, stageEntered: undefined, account: '', opportunity: '' }));
        const [snapshot] = parseHistory(sheetAfter(historyRecords(full, date, 't')));
        expect(snapshot.date).toBe(date);
        expect(snapshot.deals).toEqual(full.map(({ stageEntered: _drop, ...rest }) => rest));
      }),
    );
  });
});
