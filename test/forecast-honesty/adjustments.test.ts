/**
 * Manager adjustments: per rep and period, the manager's commit and best case beside the
 * reps' own. They live on the Settings sheet (DK_FORECAST_ADJUSTMENTS), which the roll-up reads and
 * never writes, so a re-run keeps them; snapshots keep both views.
 */
import { forecastSettingsFromNamedValues, PIPELINE_SETTING_NAME_LIST } from '../../shared/pipeline/forecast-settings';
import { forecastAccuracy } from '../../shared/pipeline/forecast-accuracy';
import { HISTORY_MARKER } from '../../shared/pipeline/markers';
import { rollUpTeamOperation, snapshotHistory, takeSnapshotOperation, type WorkbookRead } from '../../shared/pipeline/operations';
import { SETTINGS_NAMES } from '../../shared/settings/names';
import { settingsTemplate } from '../../shared/templates/settings';
import type { PlanValue, SheetPlan } from '../../shared/plan';
import { parseA1 } from '../../shared/a1';

/** The value a plan writes into one cell, whichever block holds it. */
function cellValue(sheet: SheetPlan, a1: string): PlanValue | undefined {
  const target = parseA1(a1);
  for (const block of sheet.values ?? []) {
    const at = parseA1(block.at);
    const value = block.rows[target.row - at.row]?.[target.column - at.column];
    if (value !== undefined) return value;
  }
  return undefined;
}

// 2026-11-15: the dashboard's period is 2026-Q4
const AS_OF = 46341;
const HEADER = ['Deal ID', 'Amount', 'Stage', 'Close date', 'Next step'];
const ann = {
  name: 'Ann',
  values: [
    HEADER,
    ['A1', 100000, 'A90', '2026-12-15', 'Sign'], // Commit
    ['A2', 60000, 'C50', '2026-12-20', 'Demo'], // Best case
    ['A3', 30000, 'S100', '2026-10-20', ''], // won in the quarter
    ['A4', 70000, 'A90', '2027-02-01', 'Call'], // next quarter
  ],
};
const bo = { name: 'Bo', values: [HEADER, ['B1', 80000, 'B75', '2026-11-30', 'Visit']] };
const ADJUSTMENTS = [
  ['Ann', '2026-q4', 90000, null, 'A1 legal risk'],
  [null, null, null, null, null],
  ['bo', '2026-Q4', null, 50000, ''],
  ['Ann', '2027-Q1', 0, 0, 'too early'],
];
const read = (adjustments: unknown[][] = ADJUSTMENTS): WorkbookRead => ({ sheets: [ann, bo], named: { DK_FORECAST_ADJUSTMENTS: adjustments }, asOf: AS_OF });

describe('the Forecast adjustments table', () => {
  it('is read row by row, blank rows skipped, periods normalised', () => {
    expect(forecastSettingsFromNamedValues({ DK_FORECAST_ADJUSTMENTS: ADJUSTMENTS })).toEqual({
      overrideFlagPoints: 25,
      adjustments: [
        { rep: 'Ann', period: '2026-Q4', commit: 90000, note: 'A1 legal risk', row: 1 },
        { rep: 'bo', period: '2026-Q4', bestCase: 50000, note: '', row: 3 },
        { rep: 'Ann', period: '2027-Q1', commit: 0, bestCase: 0, note: 'too early', row: 4 },
      ],
    });
  });

  it('refuses what it cannot read, naming the row', () => {
    const bad = (rows: unknown[][]) => () => forecastSettingsFromNamedValues({ DK_FORECAST_ADJUSTMENTS: rows });
    expect(bad([['Ann', 'next quarter', 1, 1, '']])).toThrow('Settings DK_FORECAST_ADJUSTMENTS, row 1: "next quarter" is not a period; write 2026-Q4, 2026-11 or 2026.');
    expect(bad([[null, '2026-Q4', 1, 1, '']])).toThrow('Settings DK_FORECAST_ADJUSTMENTS, row 1: an adjustment needs the rep it is for.');
    expect(bad([['Ann', '2026-Q4', 'lots', null, '']])).toThrow('Settings DK_FORECAST_ADJUSTMENTS, row 1: the adjusted commit "lots" is not an amount of 0 or more.');
    expect(
      bad([
        ['Ann', '2026-Q4', 1, null, ''],
        ['ANN', '2026-q4', 2, null, ''],
      ]),
    ).toThrow('Settings DK_FORECAST_ADJUSTMENTS, row 2: ANN already has an adjustment for 2026-Q4 on row 1; keep one.');
  });

  it('is on the Settings template, named as the roll-up reads it, with the flag limit at 25 points', () => {
    const built = settingsTemplate({ locale: 'en' });
    const names = new Map(built.namedRanges.map((n) => [n.name, n.range]));
    expect(names.get(SETTINGS_NAMES.forecastAdjustments)).toBe(built.layout.forecastAdjustments.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2'));
    expect(built.layout.forecastAdjustments).toMatch(/^A\d+:E\d+$/);
    expect(PIPELINE_SETTING_NAME_LIST).toEqual(expect.arrayContaining([SETTINGS_NAMES.forecastAdjustments, SETTINGS_NAMES.overrideFlagPoints]));
    expect(cellValue(built.sheet, built.layout.overrideFlagPoints)).toBe(25);
    // the inputs a manager types into: the whole table
    expect(built.inputs.map((i) => i.range)).toEqual(expect.arrayContaining([expect.stringMatching(/^A\d+:B\d+$/), expect.stringMatching(/^C\d+:D\d+$/)]));
  });
});

describe('the dashboard: rep view, manager view and the difference', () => {
  const { view, plan } = rollUpTeamOperation(read());

  it('works the rep view from the deals closing in the period', () => {
    // Ann: won 30 000; commit = 30 000 + 100 000; best case = + 60 000; weighted = 30 000 + 90 000 + 30 000
    expect(view.dashboard.forecastViews.map((v) => [v.rep, v.repView])).toEqual([
      ['Ann', { won: 30000, commit: 130000, bestCase: 190000, weighted: 150000 }],
      ['Bo', { won: 0, commit: 0, bestCase: 80000, weighted: 60000 }],
    ]);
  });

  it('puts the manager’s figures beside them, the rep’s standing where none was entered', () => {
    expect(view.dashboard.forecastViews.map((v) => [v.rep, v.managerCommit, v.commitDifference, v.managerBestCase, v.bestCaseDifference, v.note])).toEqual([
      ['Ann', 90000, -40000, 190000, 0, 'A1 legal risk'],
      ['Bo', 0, 0, 50000, -30000, ''],
    ]);
    expect(view.dashboard.teamView).toMatchObject({ managerCommit: 90000, commitDifference: -40000, managerBestCase: 240000, bestCaseDifference: -30000 });
  });

  it('writes the section on the Dashboard', () => {
    const board = plan.sheets.find((s) => s.key === 'dashboard') as SheetPlan;
    const rows = (board.values ?? []).flatMap((b) => b.rows);
    const header = rows.findIndex((r) => r[0] === 'Rep' && r[1] === 'Period');
    expect(rows.slice(header, header + 4)).toEqual([
      ['Rep', 'Period', 'Won', 'Rep commit', 'Manager commit', 'Commit difference', 'Rep best case', 'Manager best case', 'Best case difference', 'Rep weighted', 'Manager note'],
      ['Ann', '2026-Q4', 30000, 130000, 90000, -40000, 190000, 190000, 0, 150000, 'A1 legal risk'],
      ['Bo', '2026-Q4', 0, 0, 0, 0, 80000, 50000, -30000, 60000, ''],
      ['Team', '2026-Q4', 30000, 130000, 90000, -40000, 270000, 240000, -30000, 210000, ''],
    ]);
  });

  it('never writes the Settings sheet: the roll-up owns only its two sheets', () => {
    expect(plan.sheets.map((s) => s.target.kind)).toEqual(['owned', 'owned']);
  });
});

describe('snapshots keep both views', () => {
  it('appends a forecast row per rep and a manager row per adjustment, read back by the accuracy report', () => {
    const { plan } = takeSnapshotOperation(read(), '2026-11-15T10:00:00.000Z');
    const records = (plan.sheets[0]?.values ?? []).find((b) => b.at === 'A4')?.rows as PlanValue[][];
    const forecasts = records.filter((r) => r[2] === 'forecast').map((r) => [r[3], r[4], r[5], r[6], r[7], r[9], r[13]]);
    expect(forecasts).toEqual([
      ['2026-Q4', 'Ann', 'rep', '', 130000, 190000, 150000],
      ['2026-Q4', 'Bo', 'rep', '', 0, 80000, 60000],
      ['2026-Q4', 'Ann', 'manager', 'A1 legal risk', 90000, 190000, null],
      ['2026-Q4', 'bo', 'manager', '', 0, 50000, null],
      ['2027-Q1', 'Ann', 'rep', '', 70000, 70000, 63000],
      ['2027-Q1', 'Ann', 'manager', 'too early', 0, 0, null],
    ]);
    const history = snapshotHistory([{ name: 'Pipeline history', values: [[HISTORY_MARKER], [], [], ...records] }]);
    expect(history[0]?.deals).toHaveLength(5);
    expect(history[0]?.forecasts.filter((f) => f.view === 'manager').map((f) => [f.rep, f.commit])).toEqual([
      ['Ann', 90000],
      ['bo', 0],
      ['Ann', 0],
    ]);
  });

  it('the manager figure then counts in the accuracy report', () => {
    const first = takeSnapshotOperation(read(), 't1').plan.sheets[0]?.values?.find((b) => b.at === 'A4')?.rows as PlanValue[][];
    // after the quarter: Ann won A1 and A2, Bo lost
    const later = {
      ...read([]),
      asOf: 46393, // 2027-01-06
      sheets: [
        { name: 'Ann', values: [HEADER, ['A1', 100000, 'S100', '2026-12-15', ''], ['A2', 60000, 'S100', '2026-12-20', ''], ['A3', 30000, 'S100', '2026-10-20', '']] },
        { name: 'Bo', values: [HEADER, ['B1', 80000, 'LOST', '2026-11-30', '']] },
      ],
    };
    const second = takeSnapshotOperation(later, 't2').plan.sheets[0]?.values?.find((b) => b.at === 'A4')?.rows as PlanValue[][];
    const history = snapshotHistory([{ name: 'h', values: [[HISTORY_MARKER], [], [], ...first, ...second] }]);
    const q4 = forecastAccuracy(history).periods[0];
    expect(q4?.team.actual).toBe(190000);
    // 8 weeks before 2026-12-31 is 2026-11-05, before the first snapshot; 4 and 1 weeks read it
    const at4 = q4?.team.points[1];
    expect([at4?.commit, at4?.manager]).toEqual([130000, 90000]);
    expect(at4?.managerError).toBeCloseTo((90000 - 190000) / 190000, 12);
  });
});
