import { rollUpTeamOperation, type WorkbookRead } from '../../shared/pipeline/operations';
import { serialFromParts } from '../../shared/pipeline/dates';
import { teamReportOf } from '../../shared/workbook/team-report';

/**
 * The Team panel's account of a roll-up, worked by hand from METHODOLOGY.md's milestone ladder
 * (C50 = 50 %, B75 = 75 %): Ana has 100,000 at C50, Bo 200,000 at B75, both closing in 2026-Q4;
 * one row has "lots" as its amount and one reuses Ana's deal ID.
 */

const HEADER = ['Deal ID', 'Opportunity', 'Owner', 'Amount', 'Stage', 'Close date', 'Next step'];
const DEC = (day: number): number => serialFromParts(2026, 12, day);

function workbook(named: WorkbookRead['named'] = {}): WorkbookRead {
  return {
    sheets: [
      { name: 'Ana', values: [HEADER, ['D-1', 'Scanners', 'Ana', 100000, 'C50', DEC(10), 'Demo'], ['D-2', 'Portal', 'Ana', 'lots', 'G20', DEC(12), 'Call']] },
      { name: 'Bo', values: [HEADER, ['D-3', 'Rostering', 'Bo', 200000, 'B75', DEC(20), 'Read-out'], ['D-1', 'Copy', 'Bo', 5000, 'G20', DEC(21), '']] },
    ],
    named,
    asOf: DEC(1),
  };
}

describe('teamReportOf', () => {
  it('reconciles read = counted + set aside and lists each set-aside row with its sheet, row and reason', () => {
    const report = teamReportOf(rollUpTeamOperation(workbook()).view);
    expect(report.read).toEqual({ deals: 4, amount: 305000 });
    expect(report.counted).toEqual({ deals: 2, amount: 300000 });
    expect(report.setAside).toEqual({ deals: 2, amount: 5000 });
    expect(report.balanced).toBe(true);
    expect(report.setAsideRows.map((r) => [r.sheet, r.row, r.id])).toEqual([
      ['Ana', 3, 'D-2'],
      ['Bo', 3, 'D-1'],
    ]);
    expect(report.setAsideRows[0].reasons[0].en).toMatch(/amount "lots" is not a number/);
    expect(report.setAsideRows[1].reasons[0].en).toMatch(/already used on Ana row 2/);
    expect(report.setAsideRows[1].reasons[0]['zh-CN']).toMatch(/商机编号已在/);
  });

  it('gives each rep and the team the open, weighted and forecast range for the quarter', () => {
    const report = teamReportOf(
      rollUpTeamOperation(
        workbook({
          DK_QUOTAS: [
            ['Ana', '2026-Q4', 80000],
            ['Bo', '2026-Q4', 220000],
          ],
        }),
      ).view,
    );
    expect(report.period).toBe('2026-Q4');
    expect(report.asOf).toBe('2026-12-01');
    expect(report.reps.map((r) => [r.rep, r.openAmount, r.weighted])).toEqual([
      ['Ana', 100000, 50000],
      ['Bo', 200000, 150000],
    ]);
    // Ana: 100,000 with 50 %: P10 0, P50 0 (exactly half closes nothing), P90 100,000; quota 80,000 reached half the time.
    expect(report.reps[0]).toMatchObject({ p10: 0, p50: 0, p90: 100000, chanceOfQuota: 0.5, quota: 80000 });
    // Team: 0 (12.5 %), 100k (12.5 %), 200k (37.5 %), 300k (37.5 %) → P10 0, P50 200k, P90 300k; mean 200k.
    expect(report.team).toMatchObject({ p10: 0, p50: 200000, p90: 300000, mean: 200000, quota: 300000 });
    expect(report.team.chanceOfQuota).toBeCloseTo(0.375, 12);
    expect(report.team.openAmount).toBe(report.reps[0].openAmount + report.reps[1].openAmount);
  });

  it('is plain data: it survives the JSON round trip google.script.run makes', () => {
    const report = teamReportOf(rollUpTeamOperation(workbook()).view);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('a rep without a quota has no chance of reaching one', () => {
    const report = teamReportOf(rollUpTeamOperation(workbook()).view);
    expect(report.reps.every((r) => r.quota === null && r.chanceOfQuota === null && r.coverage === null)).toBe(true);
  });
});
