/**
 * The playground's sample workbook rolled up through the same operations the hosts run: the
 * assessments and the value proposition carry Deal IDs of sample pipeline rows, so the Dashboard's
 * deal-health table shows their verdicts and flags the Commit deal that is not in control.
 */
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { operationsOver } from '../../shared/workbook/run-operation';

describe('the sample workbook’s deal health', () => {
  const workbook = new PlaygroundWorkbook();
  loadSampleWorkbook(workbook);
  const ops = operationsOver(workbook.host());
  const rolled = ops.rollUpTeam(null, 'en');

  it('counts the flags in the Team panel’s report', () => {
    expect(rolled.ok).toBe(true);
    if (!rolled.ok) return;
    const counts = rolled.value.report?.dealHealth;
    expect(counts?.flags.map((f) => [f.id, f.deals])).toEqual([
      // D-101 is at C50 (Best case) and its assessment says Qualify further; D-203 (A90, Commit) has three signs ticked.
      ['forecastQualifyFurther', 1],
      ['forecastWalkAway', 0],
      ['notInControl', 1],
      // D-101's key-player map reaches more than one person, its decision maker among them.
      ['singleThreaded', 0],
      ['noDecisionMaker', 0],
    ]);
    expect(counts?.withoutAssessment).toBe(5);
    expect(counts?.sheetsNotJoined).toBe(0);
  });

  it('writes the table to the Dashboard with the verdict, grade and net value beside the deal', () => {
    const board = workbook.sheetNames().find((name) => name.startsWith('Dashboard')) as string;
    const values = workbook.snapshot(board, false)?.values ?? [];
    const header = values.findIndex((row) => row[1] === 'Deal ID' && row[5] === 'Verdict');
    expect(header).toBeGreaterThan(0);
    const row = values.slice(header + 1).find((r) => r[1] === 'D-101') ?? [];
    // Worth 5 to the customer and 4 to us, not marked strategic: B. Benefits 440,000 less costs 240,000 and risks 15,000.
    expect([row[0], row[4], row[5], row[10], row[11]]).toEqual(['Li Na', 'Best case', 'Qualify further', 'B', 440000 - 240000 - 15000]);
    const noAssessment = values.slice(header + 1).find((r) => r[1] === 'D-102') ?? [];
    expect(noAssessment[5]).toBe('no assessment');
  });
});
