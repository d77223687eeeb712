import { text } from '../../i18n';
import type { EVIDENCED_STAGE, FORECAST_CATEGORY, FUNNEL, WEIGHTED, WINPROB } from '../entries/pipeline';
import type { HelpOf } from './types';
import { AMOUNTS_HELP, LADDER_HELP, OVERRIDES_HELP, STAGES_HELP } from './params';
import { columnResultHelp, summaryResultHelp } from './row-faults';

export const WINPROB_HELP: HelpOf<typeof WINPROB> = {
  description: text('The win probability of each deal’s stage', '每笔交易所处阶段的赢单概率'),
  params: {
    stages: STAGES_HELP,
    ladder: LADDER_HELP,
    overrides: OVERRIDES_HELP,
  },
  resultHelp: columnResultHelp(
    text(
      'A probability from 0 to 1 per row (LOST is 0), the override where one is given; blank for a blank stage',
      '每行一个 0 到 1 的概率(LOST 为 0)，有覆盖值时取覆盖值；阶段为空时结果为空',
    ),
  ),
  examples: [
    { args: [[['G10'], ['C50'], ['A90'], ['LOST']]], result: [[0.1], [0.5], [0.9], [0]] },
    {
      args: [[['Needs analysis & solution design'], ['商务谈判'], ['lost']]],
      result: [[0.5], [0.9], [0]],
      note: text('stages typed as their labels, in English or Chinese, in any case', '以阶段名称输入，英文或中文均可，不分大小写'),
    },
    {
      args: [
        [['Demo'], ['Deal']],
        [
          ['Demo', 0.3],
          ['Deal', 1],
          ['LOST', 0],
        ],
      ],
      result: [[0.3], [1]],
      note: text('a team’s own two-column ladder', '团队自定义的两列阶梯'),
    },
    {
      args: [[['C50'], ['C50'], ['S100']], undefined, [[0.8], [null], [0.3]]],
      result: [[0.8], [0.5], [1]],
      note: text('a rep’s override of 80 % on the first deal; a won deal keeps 100 %', '第一笔交易由销售改为 80%；赢单仍为 100%'),
    },
  ],
};

export const WEIGHTED_HELP: HelpOf<typeof WEIGHTED> = {
  description: text('Each deal’s amount weighted by its stage’s win probability', '每笔交易按所处阶段赢单概率加权后的金额'),
  params: {
    amounts: AMOUNTS_HELP,
    stages: STAGES_HELP,
    ladder: LADDER_HELP,
    overrides: OVERRIDES_HELP,
  },
  resultHelp: columnResultHelp(
    text(
      'Amount × probability per row (the override where one is given); blank where both the amount and the stage are blank',
      '每行为金额 × 概率(有覆盖值时用覆盖值)；金额和阶段都为空时结果为空',
    ),
  ),
  examples: [
    {
      args: [
        [[100000], [40000], [250000]],
        [['G20'], ['C50'], ['S100']],
      ],
      result: [[20000], [20000], [250000]],
    },
    {
      args: [[[100000], [40000]], [['G20'], ['C50']], undefined, [['60%'], [null]]],
      result: [[60000], [20000]],
      note: text('the first deal overridden to 60 %', '第一笔交易覆盖为 60%'),
    },
  ],
};

export const FORECAST_CATEGORY_HELP: HelpOf<typeof FORECAST_CATEGORY> = {
  description: text('Each deal’s forecast category, from its stage’s probability', '按阶段概率得出的每笔交易的预测类别'),
  params: {
    stages: STAGES_HELP,
    ladder: LADDER_HELP,
    overrides: OVERRIDES_HELP,
  },
  resultHelp: columnResultHelp(
    text(
      'Pipeline (below 50 %), Best case (50–89 %), Commit (90 % and up), Won (the last stage) or Lost, per row; an open deal’s band follows its override where one is given',
      '每行一个：管道(低于 50%)、最佳情况(50%–89%)、承诺(90% 及以上)、赢单(最后阶段)或丢单；在途交易有覆盖值时按覆盖值分类',
    ),
  ),
  examples: [
    { args: [[['D30'], ['C50'], ['A90'], ['S100'], ['LOST']]], result: [['Pipeline'], ['Best case'], ['Commit'], ['Won'], ['Lost']] },
    {
      args: [[['D30'], ['A90']], undefined, [[0.95], [0.4]]],
      result: [['Commit'], ['Pipeline']],
      note: text('overrides move each deal to the band of its own probability', '覆盖值使交易按其自身概率归类'),
    },
  ],
};

export const FUNNEL_HELP: HelpOf<typeof FUNNEL> = {
  description: text('The pipeline funnel: deals and amounts per stage of the ladder', '销售漏斗：阶梯上每个阶段的交易数与金额'),
  params: {
    stages: STAGES_HELP,
    amounts: AMOUNTS_HELP,
    ladder: LADDER_HELP,
    overrides: OVERRIDES_HELP,
  },
  resultHelp: summaryResultHelp(
    text(
      'One row per ladder stage in ladder order (lost deals are left out): stage, deals, amount, weighted amount (at each deal’s override where one is given)',
      '阶梯上每个阶段一行，按阶梯顺序(丢单不计入)：阶段、交易数、金额、加权金额(有覆盖值的交易按覆盖值加权)',
    ),
  ),
  examples: [
    {
      args: [
        [['G10'], ['C50'], ['C50'], ['LOST']],
        [[10000], [20000], [30000], [5000]],
      ],
      result: [
        ['G10', 1, 10000, 1000],
        ['G20', 0, 0, 0],
        ['E25', 0, 0, 0],
        ['D30', 0, 0, 0],
        ['C50', 2, 50000, 25000],
        ['B75', 0, 0, 0],
        ['A90', 0, 0, 0],
        ['S100', 0, 0, 0],
      ],
      note: text('the default MILESTONES ladder; the lost deal is left out', '默认的 MILESTONES 阶梯；丢单不计入'),
    },
  ],
};

export const EVIDENCED_STAGE_HELP: HelpOf<typeof EVIDENCED_STAGE> = {
  description: text(
    'The stage each deal has proven: the highest stage whose proof, and every earlier one, is ticked',
    '每笔交易已被证实的阶段：其证据及之前所有阶段的证据都已勾选的最高阶段',
  ),
  params: {
    proofs: text(
      'One row per deal, one column per stage of the ladder in order: a tick (x, TRUE, yes) where that stage’s proof is in hand',
      '每笔交易一行，阶梯上每个阶段按顺序一列：已取得该阶段证据时打勾(x、TRUE、是)',
    ),
    ladder: LADDER_HELP,
  },
  resultHelp: columnResultHelp(text('The stage code per row; blank when not even the first proof is ticked', '每行一个阶段代码；连第一个阶段的证据都没有时为空')),
  examples: [
    {
      args: [
        [
          ['x', 'x', 'x', null, 'x', null, null, null],
          ['x', null, null, null, null, null, null, null],
          [null, null, null, null, null, null, null, null],
        ],
      ],
      result: [['E25'], ['G10'], ['']],
      note: text('a gap at D30 stops the evidence at E25', 'D30 缺少证据，因此证实阶段止于 E25'),
    },
  ],
};
