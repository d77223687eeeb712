/**
 * The Dashboard's stage-probability block, written by "Roll up team" over the playground's sample
 * workbook (twelve weekly snapshots): the ladder's probability beside the team's conversion per stage,
 * the deals behind each, and the warning where they are too few.
 */
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { DASHBOARD_MARKER, HISTORY_MARKER } from '../../shared/pipeline/markers';
import { operationsOver } from '../../shared/workbook/run-operation';

function rolledUp(prepare?: (workbook: PlaygroundWorkbook, settings: string) => void): unknown[][] {
  const workbook = new PlaygroundWorkbook();
  const { settings } = loadSampleWorkbook(workbook);
  prepare?.(workbook, settings);
  const result = operationsOver(workbook.host()).rollUpTeam(null, 'en');
  if (!result.ok) throw new Error(result.message);
  const dashboard = workbook.sheetNames().find((name) => workbook.cellValue(name, 0, 0) === DASHBOARD_MARKER) as string;
  return (workbook.snapshot(dashboard, false)?.values ?? []) as unknown[][];
}

/** The block's rows from its title to the next blank row. */
function block(values: unknown[][], title: string): unknown[][] {
  const start = values.findIndex((row) => row[0] === title);
  if (start < 0) return [];
  const end = values.findIndex((row, i) => i > start && row.every((cell) => cell === null || cell === ''));
  return values.slice(start, end < 0 ? undefined : end).map((row) => row.slice(0, 7));
}

describe('the Dashboard’s stage probabilities', () => {
  it('puts the team’s conversion beside the ladder’s probability, with the deals behind it and a note that they are few', () => {
    const rows = block(rolledUp(), "Stage probabilities: the ladder's and the team's own");
    expect(rows[1]?.[0]).toMatch(/^From the pipeline history \(12 snapshots\)/);
    expect(rows[2]).toEqual(['Stage', 'Ladder probability', 'Team conversion', 'Deals reached', 'Won', 'Lost', 'Note']);
    // HyperFormula keeps 11 significant digits of 6 ÷ 7.
    const sevenths = expect.closeTo(6 / 7, 9);
    expect(rows.slice(3)).toEqual([
      ['G10 Plan & invite', 0.1, 0.75, 15, 6, 2, 'only 8 closed: too few to trust'],
      ['G20 Visit & research', 0.2, 0.75, 14, 6, 2, 'only 8 closed: too few to trust'],
      [expect.stringMatching(/^E25 /), 0.25, 0.75, 13, 6, 2, 'only 8 closed: too few to trust'],
      [expect.stringMatching(/^D30 /), 0.3, 0.75, 12, 6, 2, 'only 8 closed: too few to trust'],
      [expect.stringMatching(/^C50 /), 0.5, 0.75, 11, 6, 2, 'only 8 closed: too few to trust'],
      [expect.stringMatching(/^B75 /), 0.75, sevenths, 9, 6, 1, 'only 7 closed: too few to trust'],
      [expect.stringMatching(/^A90 /), 0.9, sevenths, 7, 6, 1, 'only 7 closed: too few to trust'],
    ]);
  });

  it('is written in the workbook’s language', () => {
    const rows = block(
      rolledUp((workbook, settings) => workbook.setCellInput(settings, 'B5', 'zh-CN')),
      '阶段概率：阶梯的与团队自己的',
    );
    expect(rows[2]).toEqual(['阶段', '阶梯概率', '团队转化率', '到达商机数', '赢单', '丢单', '备注']);
    expect(rows[3]?.[6]).toBe('仅 8 笔已成交或丢单：数量太少，不足为凭');
  });

  it('says why when the history cannot be read, and the roll-up still writes the rest', () => {
    const rows = block(
      rolledUp((workbook) => {
        const history = workbook.sheetNames().find((name) => workbook.cellValue(name, 0, 0) === HISTORY_MARKER) as string;
        workbook.setCellInput(history, 'H4', 'lots');
      }),
      "Stage probabilities: the ladder's and the team's own",
    );
    expect(rows[1]?.[0]).toBe('The pipeline history cannot be read: Pipeline history row 4: the amount is not a number.');
    expect(rows).toHaveLength(2);
  });
});
