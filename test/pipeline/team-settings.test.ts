import { DealKitError } from '../../shared/errors';
import { teamSettingsFromNamedValues } from '../../shared/pipeline/team-settings';
import { rollUpPipeline } from '../../shared/pipeline/rollup';

describe('team settings from the Settings sheet names', () => {
  it('defaults to METHODOLOGY: milestones ladder, 50 % / 90 % bands, English, any currency', () => {
    const s = teamSettingsFromNamedValues({});
    expect(s.ladder).toBe('MILESTONES');
    expect(s.stages.stages.map((x) => [x.code, x.probability])).toEqual([
      ['G10', 0.1],
      ['G20', 0.2],
      ['E25', 0.25],
      ['D30', 0.3],
      ['C50', 0.5],
      ['B75', 0.75],
      ['A90', 0.9],
      ['S100', 1],
    ]);
    expect(s.scoring.forecast).toEqual({ bestCase: 0.5, commit: 0.9 });
    expect(s.locale).toBe('en');
    expect(s.currency).toBeUndefined();
  });

  it("takes the manager's probabilities, stall limits, labels and bands", () => {
    const s = teamSettingsFromNamedValues({
      DK_LADDER: [['signature']],
      DK_STAGES: [
        ['Identified', 0.05],
        ['Validated', '30%'],
        ['Qualified', 0.5],
        ['Proposed', 0.8],
        ['Won', 1],
        ['LOST', 0],
      ],
      DK_STAGE_LABELS: [['发现商机'], [null], [null], [null], [null], ['丢单']],
      DK_STALL_LIMITS: [
        ['Identified', 14],
        ['Validated', 21],
      ],
      DK_BEST_CASE_FROM: [[0.4]],
      DK_CURRENCY: [['cny']],
      DK_LANGUAGE: [['中文']],
    });
    expect(s.ladder).toBe('SIGNATURE');
    expect(s.stages.stages.map((x) => [x.code, x.probability, x.stallDays])).toEqual([
      ['Identified', 0.05, 14],
      ['Validated', 0.3, 21],
      ['Qualified', 0.5, 30],
      ['Proposed', 0.8, 30],
      ['Won', 1, 30],
    ]);
    expect(s.stageLabels).toEqual({ Identified: '发现商机' });
    expect(s.scoring.forecast.bestCase).toBe(0.4);
    expect(s.currency).toBe('CNY');
    expect(s.locale).toBe('zh-CN');
    // reps may type the workbook's own label
    const { deals } = rollUpPipeline(
      [
        {
          name: 'A',
          values: [
            ['Deal ID', 'Amount', 'Stage', 'Close date'],
            ['1', 5, '发现商机', 46400],
          ],
        },
      ],
      { settings: s },
    );
    expect(deals[0].stage).toBe('Identified');
  });

  it("reads a manager's own stage list as its own ladder", () => {
    const s = teamSettingsFromNamedValues({
      DK_STAGES: [
        ['Lead', 0.1],
        ['Deal', 0.6],
        ['Signed', 1],
        ['LOST', 0],
      ],
      DK_STALL_LIMITS: [['Lead', 7]],
    });
    expect(s.stages.stages.map((x) => [x.code, x.probability, x.stallDays, x.kind])).toEqual([
      ['Lead', 0.1, 7, 'open'],
      ['Deal', 0.6, 30, 'open'],
      ['Signed', 1, 30, 'won'],
    ]);
  });

  it('names the settings row that is wrong', () => {
    expect(() =>
      teamSettingsFromNamedValues({
        DK_STAGES: [
          ['G10', 0.1],
          ['G20', 7],
        ],
      }),
    ).toThrow('Settings DK_STAGES, row 2: the probability of G20 must be between 0 % and 100 %.');
    expect(() => teamSettingsFromNamedValues({ DK_QUOTAS: [['Ann', 'Q3', 100]] })).toThrow(DealKitError);
    let caught: unknown;
    try {
      teamSettingsFromNamedValues({
        DK_QUOTAS: [
          [null, null, null],
          ['Ann', '2026-Q3', 'lots'],
        ],
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DealKitError);
    expect((caught as DealKitError).subject).toBe('DK_QUOTAS[2]');
    expect((caught as DealKitError).text['zh-CN']).toContain('第 2 行');
  });

  it('reads quotas with blank rows between them', () => {
    const s = teamSettingsFromNamedValues({
      DK_QUOTAS: [
        ['Ann', '2026-q3', 100],
        [null, null, null],
        ['Bo', 2026, '1,000'],
      ],
    });
    expect(s.quotas).toEqual([
      { rep: 'Ann', period: '2026-Q3', amount: 100 },
      { rep: 'Bo', period: '2026', amount: 1000 },
    ]);
  });
});
