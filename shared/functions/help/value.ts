import { text } from '../../i18n';
import type { DEAL_GRADE, NETVALUE, PAYBACK, ROI } from '../entries/value';
import type { HelpOf } from './types';

const SCALE_HELP = (whose: string, zhWhose: string) => text(`The deal's value to ${whose} on a 1–5 scale (5 = highest)`, `这笔交易对${zhWhose}的价值，1–5 分(5 为最高)`);
import { BENEFITS_HELP, COSTS_HELP } from './params';

export const NETVALUE_HELP: HelpOf<typeof NETVALUE> = {
  description: text('The net value of a proposal: benefits − costs − risks', '方案的净价值：收益 − 成本 − 风险'),
  params: {
    benefits: BENEFITS_HELP,
    costs: COSTS_HELP,
    risks: text(
      'The risks and consequences in money (disruption, process changes): one amount or a range; none when omitted',
      '以金额计的风险与后果(业务中断、流程变更等)：一个金额或一组金额；省略时为 0',
    ),
  },
  resultHelp: text('Sum of benefits − sum of costs − sum of risks', '收益合计 − 成本合计 − 风险合计'),
  examples: [
    { args: [[[120000], [30000]], [[60000], [25000]], [[5000]]], result: 60000 },
    { args: [[[50000]], [[80000]]], result: -30000, note: text('costs above benefits: negative value', '成本高于收益：净价值为负') },
  ],
};

export const ROI_HELP: HelpOf<typeof ROI> = {
  description: text('Return on investment: (benefits − costs) ÷ costs', '投资回报率：(收益 − 成本) ÷ 成本'),
  params: {
    benefits: BENEFITS_HELP,
    costs: COSTS_HELP,
  },
  resultHelp: text('A fraction: 0.25 means 25 %; an error when costs are 0 or less', '一个比例：0.25 即 25%；成本为 0 或负数时报错'),
  examples: [
    { args: [[[150000]], [[100000]]], result: 0.5 },
    {
      args: [
        [[90000], [30000]],
        [[60000], [20000]],
      ],
      result: 0.5,
    },
  ],
};

export const PAYBACK_HELP: HelpOf<typeof PAYBACK> = {
  description: text('How many periods until an investment pays for itself', '投资需要多少期才能回本'),
  params: {
    cashflows: text('Net cash flow per period in time order, the investment first (negative); blanks skipped', '按时间顺序排列的每期净现金流，第一期为投资(负数)；空白忽略'),
  },
  resultHelp: text(
    'Periods after the first cash flow until the running total reaches 0 for good — the last time it turns from negative to 0 or more — interpolated within that period; an error if it ends below 0',
    '从第一期现金流之后算起、累计现金流最终回到 0 所需的期数(以最后一次由负转为不小于 0 为准，期内按比例插值)；最终累计仍低于 0 时报错',
  ),
  examples: [
    { args: [[[-100000], [30000], [50000], [40000]]], result: 2.5 },
    { args: [[[-60000], [20000], [20000], [20000], [20000]]], result: 3 },
    {
      args: [[[-100000], [100000], [-300000], [600000]]],
      result: 2.5,
      note: text('back at 0 after one period, sunk again by the third: the last crossing counts', '第一期后回到 0，第三期又跌回负数：以最后一次回正为准'),
    },
  ],
};

export const DEAL_GRADE_HELP: HelpOf<typeof DEAL_GRADE> = {
  description: text('The business-model grade of a deal, A (deep strategic partnership) to E (we give away value)', '交易的商业模式等级，从 A(深度战略合作)到 E(我方让出价值却收不回)'),
  params: {
    value_to_customer: SCALE_HELP('the customer', '客户'),
    value_to_us: SCALE_HELP('us', '我方'),
    strategic: text('TRUE when the deal solves a strategic problem for the customer (needed for A); FALSE when omitted', '交易为客户解决战略性问题时为 TRUE(评为 A 的前提)；省略时为 FALSE'),
  },
  resultHelp: text(
    'D when value to us exceeds value to the customer by 2 or more; E when the customer’s exceeds ours by 2 or more; then A both ≥ 4 and strategic for the customer; B both ≥ 3; C otherwise',
    '对我方的价值比对客户的高出 2 或以上为 D；对客户的价值比对我方的高出 2 或以上为 E；其余：双方都 ≥ 4 且对客户有战略意义为 A；双方都 ≥ 3 为 B；其余为 C',
  ),
  examples: [
    { args: [5, 4, true], result: 'A' },
    { args: [5, 4], result: 'B' },
    { args: [3, 5], result: 'D' },
    { args: [5, 3], result: 'E' },
    { args: [2, 3], result: 'C' },
  ],
};
