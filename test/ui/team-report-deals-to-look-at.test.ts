import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import type { AddActionsRequest } from '../../shared/deals/add-actions';
import { serialFromParts } from '../../shared/pipeline/dates';
import { rollUpTeamOperation, type WorkbookRead } from '../../shared/pipeline/operations';
import { SETTINGS_NAMES } from '../../shared/settings/names';
import { buildTemplate, type ActionPlanLayout } from '../../shared/templates';
import type { BackendResult } from '../../shared/workbook/backend';
import { operationsOver } from '../../shared/workbook/run-operation';
import { teamReportOf, type TeamReport } from '../../shared/workbook/team-report';

/**
 * The Team panel's "Deals to look at" after a roll-up of the sample team on 2026-11-25, hand-counted:
 * - D-101 (Li Na, C50) records buying step 4 where C50 expects step 5: one deal behind. D-103 (B75)
 *   records step 6, as its stage expects; the five other open deals record no step.
 * - D-101's key-player map has a neutral decision maker: one deal to win the decision maker over.
 * - Overdue actions added here: Wang Wei 2, Li Na 1, Chen Jie 1; done, not-yet-due and due-today ones do not count.
 * - Nothing won in 2026-Q4, so the 80/20 figure is on the weighted pipeline: Li Na 90,000 + 180,000,
 *   Chen Jie 177,000, Wang Wei 23,750, Zhang Min 12,000 = 482,750; Li Na and Chen Jie make 447,000 ≥ 80 %.
 */

function ok<T>(result: BackendResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result.value;
}

const action = (text: string, due: string, owner = ''): AddActionsRequest['actions'][number] => ({ action: text, owner, due, source: 'Gap: Is there a compelling event?' });

function rolledUpSample(prepare: (workbook: PlaygroundWorkbook, ops: ReturnType<typeof operationsOver>) => void = () => undefined): TeamReport {
  const workbook = new PlaygroundWorkbook();
  loadSampleWorkbook(workbook);
  const ops = operationsOver(workbook.host());
  prepare(workbook, ops);
  // The roll-up's today is the workbook's.
  jest.useFakeTimers({ now: new Date(2026, 10, 25, 10) });
  try {
    const report = ok(ops.rollUpTeam(null, 'en')).report;
    if (!report) throw new Error('the roll-up gave no report');
    return report;
  } finally {
    jest.useRealTimers();
  }
}

function withActions(workbook: PlaygroundWorkbook, ops: ReturnType<typeof operationsOver>): void {
  ok(
    ops.addActions({ dealId: 'D-101', sheetName: null, actions: [action('Late one', '2026-11-01'), action('Later one', '2026-11-10', 'Chen Jie'), action('Due today', '2026-11-25')] }, 'en'),
  );
  ok(
    ops.addActions(
      {
        dealId: 'D-102',
        sheetName: null,
        actions: [action('Late for Wang', '2026-10-01'), action('Also late', '2026-11-20'), action('Finished', '2026-10-01'), action('Not yet', '2030-01-01')],
      },
      'en',
    ),
  );
  // Marked done by hand on whichever sheet the action went to.
  const { columns } = (buildTemplate('actionPlan', { locale: 'en' }).layout as ActionPlanLayout).actions;
  const actionColumn = columns.action.charCodeAt(0) - 65;
  for (const name of workbook.sheetNames()) {
    const row = workbook.snapshot(name, false)?.values.findIndex((r) => r[actionColumn] === 'Finished') ?? -1;
    if (row >= 0) workbook.setCellInput(name, `${columns.status}${row + 1}`, 'done');
  }
}

describe('the Team panel’s deals to look at', () => {
  it('counts overdue actions per rep (only reps with some, most first), the lagging buying steps, the decision makers and the 80/20 figure', () => {
    const look = rolledUpSample(withActions).dealsToLookAt;
    expect(look?.overdueByRep).toEqual([
      { rep: 'Wang Wei', overdue: 2 },
      // One each: the Dashboard's order (Li Na's action list is met first).
      { rep: 'Li Na', overdue: 1 },
      { rep: 'Chen Jie', overdue: 1 },
    ]);
    expect(look?.overdue).toBe(4);
    expect(look?.buyingBehind).toBe(1);
    expect(look?.buyingNotRecorded).toBe(5);
    expect(look?.decisionMakers).toBe(1);
    expect(look?.contactDays).toBe(30);
    expect(look?.topReps).toEqual({ reps: 2, of: 4, basis: 'weightedPipeline', period: '2026-Q4' });
    expect(look?.headings).toEqual({
      overdueActions: 'Overdue actions',
      buyingBehind: 'Customer buying step behind the stage',
      decisionMakers: 'Decision maker not won over or not contacted',
      healthyTeam: 'Healthy sales team (CES)',
    });
  });

  it('lists no rep when no action is overdue', () => {
    const look = rolledUpSample().dealsToLookAt;
    expect(look?.overdueByRep).toEqual([]);
    expect(look?.overdue).toBe(0);
  });

  it('quotes the Dashboard’s headings in the workbook’s language, whatever the panel’s', () => {
    const look = rolledUpSample((workbook) => {
      const language = workbook.namedCell(SETTINGS_NAMES.language);
      if (!language) throw new Error('the sample has no language setting');
      workbook.setCellInput(language.sheet, language.a1, 'zh-CN');
    }).dealsToLookAt;
    expect(look?.headings).toEqual({
      overdueActions: '逾期行动',
      buyingBehind: '客户购买步骤落后于销售阶段',
      decisionMakers: '决策人未争取到或久未接触',
      healthyTeam: '健康的销售团队（CES）',
    });
  });

  it('is plain data: it survives the JSON round trip google.script.run makes', () => {
    const report = rolledUpSample(withActions);
    expect(JSON.parse(JSON.stringify(report.dealsToLookAt))).toStrictEqual(report.dealsToLookAt);
  });
});

describe('the 80/20 figure in the Team panel', () => {
  const HEADER = ['Deal ID', 'Opportunity', 'Owner', 'Amount', 'Stage', 'Close date', 'Next step'];
  const DEC = (day: number): number => serialFromParts(2026, 12, day);
  const read = (rows: unknown[][]): WorkbookRead => ({ sheets: [{ name: 'Team', values: [HEADER, ...rows] }], named: {}, asOf: DEC(20) });

  it('is on the revenue won in the period once there is some: 90,000 of 100,000 is one rep of three', () => {
    const report = teamReportOf(
      rollUpTeamOperation(
        read([
          ['W-1', 'Big win', 'Ana', 90000, 'S100', DEC(3), ''],
          ['W-2', 'Small win', 'Bo', 5000, 'S100', DEC(4), ''],
          ['W-3', 'Small win', 'Cy', 5000, 'S100', DEC(5), ''],
          // Open pipeline does not count once something is won.
          ['O-1', 'Big open', 'Bo', 900000, 'B75', DEC(30), 'Call'],
        ]),
      ).view,
    );
    expect(report.dealsToLookAt?.topReps).toEqual({ reps: 1, of: 3, basis: 'wonInPeriod', period: '2026-Q4' });
  });

  it('says there is no revenue to share out when nothing is won and nothing is open', () => {
    const report = teamReportOf(rollUpTeamOperation(read([['L-1', 'Gone', 'Ana', 50000, 'LOST', DEC(3), '']])).view);
    expect(report.dealsToLookAt?.topReps).toEqual({ reps: 0, of: 1, basis: null, period: '2026-Q4' });
  });
});
