import { isDealKitError } from '../../shared/errors';
import { funnelByStage, weightedAmount, weightedAmounts } from '../../shared/scoring/pipeline';
import { findStage, stageTable } from '../../shared/scoring/stage-table';

const table = stageTable('MILESTONES');

describe('weightedAmounts (a whole column at once)', () => {
  test('matches weightedAmount row by row, whatever the spelling of the stage', () => {
    const stages = ['C50', ' c50 ', 'G10', 'S100', 'LOST', 'A90'];
    const amounts = [40000, 10000, 100000, 250000, 5000, 20000];
    expect(weightedAmounts(table, amounts, stages)).toEqual(stages.map((stage, i) => weightedAmount(amounts[i], table, stage)));
    expect(weightedAmounts(table, amounts, stages)).toEqual([20000, 5000, 10000, 250000, 0, 18000]);
  });

  test('an override replaces an open deal’s probability; a won deal keeps 100 %', () => {
    expect(weightedAmounts(table, [100000, 100000, 100000], ['C50', 'C50', 'S100'], [0.8, undefined, 0.3])).toEqual([80000, 50000, 100000]);
  });

  test('an unknown stage names its row; a bad amount names its row', () => {
    expect(() => weightedAmounts(table, [1, 2], ['C50', 'Z99'])).toThrow(/stages row 2: "Z99" is not a stage/);
    expect(() => weightedAmounts(table, [1, Number.NaN], ['C50', 'C50'])).toThrow(/amounts row 2: NaN is not a number/);
    expect(() => weightedAmounts(table, [1], ['C50', 'C50'])).toThrow(/stages: has 2 rows but amounts has 1/);
  });
});

describe('stage lookup', () => {
  test('a stage is found by code or by label in either language, in any case, after it was looked up before', () => {
    const label = table.stages[3].label;
    for (let round = 0; round < 2; round += 1) {
      expect(findStage(table, label.en.toUpperCase()).code).toBe(table.stages[3].code);
      expect(findStage(table, ` ${label['zh-CN']} `).code).toBe(table.stages[3].code);
    }
  });

  test('a blank or unknown stage is refused with the argument named, even after good lookups', () => {
    findStage(table, 'C50');
    expect(() => findStage(table, '  ', 'deals row 4 stage')).toThrow('deals row 4 stage: the stage is blank');
    let error: unknown;
    try {
      findStage(table, 'Closing', 'stages, row 2');
    } catch (caught) {
      error = caught;
    }
    expect(isDealKitError(error) && error.messageIn('zh-CN')).toContain('stages, row 2：“Closing”不是有效阶段');
  });
});

describe('funnelByStage in one pass', () => {
  test('adds each stage’s deals, amounts and weighted amounts; a bad row is named', () => {
    const funnel = funnelByStage(table, [
      { stage: 'C50', amount: 40000 },
      { stage: 'c50', amount: 10000, override: 0.9 },
      { stage: 'LOST', amount: 5000, lostFrom: 'C50' },
    ]);
    const c50 = funnel.find((row) => row.stage === 'C50');
    expect(c50).toMatchObject({ deals: 2, amount: 50000, weighted: 29000 });
    expect(funnel[funnel.length - 1]).toMatchObject({ stage: 'LOST', deals: 1, amount: 5000, weighted: 0 });
    expect(() =>
      funnelByStage(table, [
        { stage: 'C50', amount: 1 },
        { stage: 'LOST', amount: 1, lostFrom: 'LOST' },
      ]),
    ).toThrow('deals row 2 lostFrom: must be a stage on the ladder, not LOST');
  });
});
