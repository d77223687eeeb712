import { serialFromParts } from '../../shared/pipeline/dates';
import { forecastAccuracyOperation, rollUpTeamOperation, type WorkbookRead } from '../../shared/pipeline/operations';
import { accuracyReportOf } from '../../shared/workbook/accuracy-report';
import { appReducer, initialAppState, type AppAction, type AppState } from '../../shared/ui/app-state';
import type { BackendResult } from '../../shared/workbook/backend';
import type { Backend } from '../../shared/workbook/operations';
import { createSheetsBackend, type ScriptRun } from '../../gas/sidebar/sheets-backend';
import { createController } from '../../shared/ui/controller';
import { teamReportOf } from '../../shared/workbook/team-report';
import { accuracyReducer, figureAt, INITIAL_ACCURACY_STATE } from '../../shared/ui/wizard-accuracy';
import { INITIAL_TEAM_STATE, teamReducer } from '../../shared/ui/wizard-team';
import { historySheetRows } from './forecast-history-fixture';

/**
 * Forecast honesty in the Team panel, worked on METHODOLOGY §5's milestone ladder (C50 is
 * 50 %, B75 75 %, A90 90 %; Best case from 50 %, Commit from 90 %) with the default 25-point flag limit.
 */

const HEADER = ['Deal ID', 'Opportunity', 'Owner', 'Amount', 'Stage', 'Close date', 'Next step', 'Probability override', 'Override reason'];
const DEC = (d: number): number => serialFromParts(2026, 12, d);

/**
 * Ann: A1 100,000 at A90 typed down to 60 % "budget not confirmed" (−30 points: flagged);
 *      A2 50,000 at C50; A3 40,000 at C50 typed up to 60 % with no reason (+10: within the limit).
 * Bo:  B1 200,000 at B75 typed up to 95 % "PO received" (+20: within the limit).
 * The manager adjusted Ann's 2026-Q4 commit to 120,000 and left her best case.
 */
function workbook(): WorkbookRead {
  return {
    sheets: [
      {
        name: 'Ann',
        values: [
          HEADER,
          ['A1', 'ERP', 'Ann', 100000, 'A90', DEC(10), 'Sign', 0.6, 'budget not confirmed'],
          ['A2', 'CRM', 'Ann', 50000, 'C50', DEC(12), 'Demo', '', ''],
          ['A3', 'Kiosks', 'Ann', 40000, 'C50', DEC(14), 'Call', 0.6, '  '],
        ],
      },
      { name: 'Bo', values: [HEADER, ['B1', 'Rostering', 'Bo', 200000, 'B75', DEC(20), 'Read-out', 0.95, 'PO received']] },
    ],
    named: { DK_FORECAST_ADJUSTMENTS: [['Ann', '2026-Q4', 120000, '', 'A2 signs early']] },
    asOf: DEC(1),
  };
}

describe('the roll-up report’s overrides and rep / manager views', () => {
  const report = teamReportOf(rollUpTeamOperation(workbook(), '2026-Q4').view);
  const honesty = report.honesty!;

  it('lists every override with its stage default, the points between them, the flag and the reason; flagged first', () => {
    expect(honesty.overrideFlagPoints).toBe(25);
    expect(honesty.overrides.map((o) => [o.id, o.stageDefault, o.override, Math.round(o.points), o.flagged, o.reason])).toEqual([
      ['A1', 0.9, 0.6, -30, true, 'budget not confirmed'],
      ['B1', 0.75, 0.95, 20, false, 'PO received'],
      // a blank reason travels as '' and the panel says "(no reason given)"
      ['A3', 0.5, 0.6, 10, false, ''],
    ]);
    expect(honesty.overrides[0]).toMatchObject({ sheet: 'Ann', row: 2, opportunity: 'ERP', owner: 'Ann' });
  });

  it('puts the rep view beside the manager view per rep and for the team, with manager − rep', () => {
    // Ann: A1 at 60 %, A2 at 50 %, A3 at 60 % are all Best case: commit 0, best case 190,000.
    // Bo: B1 at 95 % is Commit: commit and best case 200,000.
    expect(honesty.period).toBe('2026-Q4');
    expect(honesty.forecastViews.map((v) => [v.rep, v.repCommit, v.managerCommit, v.commitDifference, v.repBestCase, v.managerBestCase, v.bestCaseDifference, v.commitAdjusted])).toEqual([
      ['Ann', 0, 120000, 120000, 190000, 190000, 0, true],
      ['Bo', 200000, 200000, 0, 200000, 200000, 0, false],
    ]);
    expect(honesty.teamView).toMatchObject({ rep: '', repCommit: 200000, managerCommit: 320000, commitDifference: 120000, repBestCase: 390000, bestCaseDifference: 0 });
    expect(honesty.forecastViews[0]?.note).toBe('A2 signs early');
  });

  it('is plain data: it survives JSON (google.script.run) unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('the forecast accuracy report', () => {
  const read: WorkbookRead = { sheets: [{ name: 'Pipeline history', values: historySheetRows() }], named: {}, asOf: serialFromParts(2027, 1, 6) };
  const report = accuracyReportOf(forecastAccuracyOperation(read, 'quarter').accuracy);
  const q4 = report.periods[0]!;

  it('lists 2026-Q4 with the actual read from the one snapshot after its end', () => {
    expect(report.kind).toBe('quarter');
    expect(report.periods.map((p) => [p.period, p.actualSnapshot])).toEqual([['2026-Q4', '2027-01-05']]);
    expect(q4.reps.map((r) => [r.rep, r.actual])).toEqual([
      ['Ann', 100000],
      ['Bo', 0],
    ]);
    expect(q4.team.actual).toBe(100000);
  });

  it('leaves the 8-week forecast blank (no snapshot by 2026-11-05), never 0', () => {
    expect(q4.team.points.map((p) => [p.weeks, p.pointDate, p.snapshot])).toEqual([
      [8, '2026-11-05', null],
      [4, '2026-12-03', '2026-11-20'],
      [1, '2026-12-24', '2026-12-20'],
    ]);
    for (const line of [...q4.reps, q4.team]) expect(line.points[0]).toMatchObject({ commit: null, commitError: null, weighted: null, manager: null });
  });

  it('works out each error as (forecast − actual) ÷ actual, with no percentage against an actual of 0', () => {
    const ann = q4.reps[0]!;
    const bo = q4.reps[1]!;
    expect(ann.points.slice(1).map((p) => [p.commit, p.commitError])).toEqual([
      [100000, 0],
      [100000, 0],
    ]);
    expect(ann.points[1]?.weighted).toBe(90000);
    expect(ann.points[1]?.weightedError).toBeCloseTo(-0.1, 10);
    expect(bo.points.slice(1).map((p) => [p.commit, p.commitError])).toEqual([
      [0, 0],
      [80000, null],
    ]);
    expect(q4.team.points.slice(1).map((p) => [p.commit, p.commitError])).toEqual([
      [100000, 0],
      [180000, 0.8],
    ]);
  });

  it('is empty (no closed period yet) with only one snapshot', () => {
    const one: WorkbookRead = { ...read, sheets: [{ name: 'Pipeline history', values: historySheetRows().slice(0, 5) }] };
    expect(accuracyReportOf(forecastAccuracyOperation(one, 'month').accuracy)).toEqual({ kind: 'month', periods: [] });
  });
});

describe('the accuracy section’s reducer', () => {
  const report = { kind: 'month' as const, periods: [] };

  it('starts on quarters and the commit forecast; a report brings its own period kind along', () => {
    expect(INITIAL_ACCURACY_STATE).toEqual({ kind: 'quarter', figure: 'commit', report: null });
    expect(accuracyReducer(INITIAL_ACCURACY_STATE, { type: 'loaded', report })).toEqual({ kind: 'month', figure: 'commit', report });
  });

  it('drops a report when the period kind changes (it was worked out for the other one), keeps it for the same kind', () => {
    const loaded = accuracyReducer(INITIAL_ACCURACY_STATE, { type: 'loaded', report });
    expect(accuracyReducer(loaded, { type: 'setKind', kind: 'month' }).report).toBe(report);
    expect(accuracyReducer(loaded, { type: 'setKind', kind: 'quarter' })).toMatchObject({ kind: 'quarter', report: null });
    expect(accuracyReducer(loaded, { type: 'setFigure', figure: 'manager' })).toMatchObject({ figure: 'manager', report });
  });

  it('shows the chosen forecast with its own error', () => {
    const point = { commit: 1, weighted: 2, manager: 3, commitError: 0.1, weightedError: 0.2, managerError: null };
    expect(figureAt(point, 'commit')).toEqual({ forecast: 1, error: 0.1 });
    expect(figureAt(point, 'weighted')).toEqual({ forecast: 2, error: 0.2 });
    expect(figureAt(point, 'manager')).toEqual({ forecast: 3, error: null });
  });

  it('lives in the Team panel’s state without touching the rest of it', () => {
    const next = teamReducer(INITIAL_TEAM_STATE, { type: 'accuracy', action: { type: 'setKind', kind: 'month' } });
    expect(next.accuracy.kind).toBe('month');
    expect({ ...next, accuracy: INITIAL_TEAM_STATE.accuracy }).toEqual(INITIAL_TEAM_STATE);
  });
});

describe('the controller’s Forecast accuracy action', () => {
  function harness(backend: Partial<Backend>) {
    let state: AppState = initialAppState('en', 'team');
    const dispatch = (action: AppAction): void => {
      state = appReducer(state, action);
    };
    return { controller: createController(backend as Backend, dispatch, () => state), state: () => state, dispatch };
  }

  it('asks the host for the chosen period kind and shows the report with a notice', async () => {
    const asked: unknown[][] = [];
    const report = { kind: 'month' as const, periods: [] };
    const { controller, state, dispatch } = harness({
      forecastAccuracy: async (...args): Promise<BackendResult<typeof report>> => {
        asked.push(args);
        return { ok: true, value: report };
      },
    });
    dispatch({ type: 'team', action: { type: 'accuracy', action: { type: 'setKind', kind: 'month' } } });
    await controller.forecastAccuracy();
    expect(asked).toEqual([['month', 'en']]);
    expect(state().team.accuracy.report).toEqual(report);
    expect(state().notice).toBe('Forecast accuracy sheet rebuilt; no period is closed yet.');
  });

  it('shows the host’s message in the banner when it fails', async () => {
    const { controller, state } = harness({ forecastAccuracy: async () => ({ ok: false, message: 'Pipeline history row 7: bad date' }) });
    await controller.forecastAccuracy();
    expect(state().error).toBe('Pipeline history row 7: bad date');
    expect(state().team.accuracy.report).toBeNull();
    expect(state().pending).toBe(0);
  });

  it('on a sidebar whose deployed server lacks it, is not left busy and says to push the latest build', async () => {
    // Every host's Backend has every operation; only an Apps Script project older than the sidebar can lack one.
    const oldServer = (): ScriptRun => {
      const runner: ScriptRun = { withSuccessHandler: () => runner, withFailureHandler: () => runner };
      return runner;
    };
    const { controller, state } = harness(createSheetsBackend(oldServer));
    await controller.forecastAccuracy();
    expect(state().pending).toBe(0);
    expect(state().team.accuracy.report).toBeNull();
    expect(state().error).toBe('The server function dealkitForecastAccuracy is missing: push the latest DealKit build');
  });
});
