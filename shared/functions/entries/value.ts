import { text } from '../../i18n';
import { businessGrade } from '../../scoring/grade';
import { netValue, payback, roi } from '../../scoring/value';
import type { ParamSpec } from '../types';
import { defineFunction } from '../types';
import { numbersOf, sumOf } from './read';
import { withArgumentNames } from './rename-argument';

const BENEFITS = {
  name: 'benefits',
  kind: 'range',
  help: text('The benefits in money: one amount, or a range of amounts to add up (blanks skipped)', '以金额计的收益：一个金额，或要相加的一组金额(空白忽略)'),
} as const satisfies ParamSpec;

const COSTS = {
  name: 'costs',
  kind: 'range',
  help: text(
    'The costs in money — acquisition, possession, usage: one amount or a range to add up',
    '以金额计的成本(购置、持有、使用)：一个金额或要相加的一组金额',
  ),
} as const satisfies ParamSpec;

export const NETVALUE = defineFunction({
  name: 'NETVALUE',
  description: text('The net value of a proposal: benefits − costs − risks', '方案的净价值：收益 − 成本 − 风险'),
  params: [
    BENEFITS,
    COSTS,
    {
      name: 'risks',
      kind: 'range',
      optional: true,
      help: text(
        'The risks and consequences in money (disruption, process changes): one amount or a range; none when omitted',
        '以金额计的风险与后果(业务中断、流程变更等)：一个金额或一组金额；省略时为 0',
      ),
    },
  ],
  result: 'value',
  resultHelp: text('Sum of benefits − sum of costs − sum of risks', '收益合计 − 成本合计 − 风险合计'),
  examples: [
    { args: [[[120000], [30000]], [[60000], [25000]], [[5000]]], result: 60000 },
    { args: [[[50000]], [[80000]]], result: -30000, note: text('costs above benefits: negative value', '成本高于收益：净价值为负') },
  ],
  implement: ([benefits, costs, risks]) =>
    netValue(sumOf(benefits, 'benefits'), sumOf(costs, 'costs'), risks === undefined ? 0 : sumOf(risks, 'risks')),
});

export const ROI = defineFunction({
  name: 'ROI',
  description: text('Return on investment: (benefits − costs) ÷ costs', '投资回报率：(收益 − 成本) ÷ 成本'),
  params: [BENEFITS, COSTS],
  result: 'value',
  resultHelp: text('A fraction: 0.25 means 25 %; an error when costs are 0 or less', '一个比例：0.25 即 25%；成本为 0 或负数时报错'),
  examples: [
    { args: [[[150000]], [[100000]]], result: 0.5 },
    { args: [[[90000], [30000]], [[60000], [20000]]], result: 0.5 },
  ],
  implement: ([benefits, costs]) => roi(sumOf(benefits, 'benefits'), sumOf(costs, 'costs')),
});

export const PAYBACK = defineFunction({
  name: 'PAYBACK',
  description: text('How many periods until an investment pays for itself', '投资需要多少期才能回本'),
  params: [
    {
      name: 'cashflows',
      kind: 'range',
      help: text(
        'Net cash flow per period in time order, the investment first (negative); blanks skipped',
        '按时间顺序排列的每期净现金流，第一期为投资(负数)；空白忽略',
      ),
    },
  ],
  result: 'value',
  resultHelp: text(
    'Periods after the first cash flow until the running total reaches 0, interpolated within the period; an error if it never does',
    '从第一期现金流之后算起、累计现金流回到 0 所需的期数(期内按比例插值)；始终无法回本时报错',
  ),
  examples: [
    { args: [[[-100000], [30000], [50000], [40000]]], result: 2.5 },
    { args: [[[-60000], [20000], [20000], [20000], [20000]]], result: 3 },
  ],
  implement: ([cashflows]) => withArgumentNames({ values: 'cashflows' }, () => payback(numbersOf(cashflows, 'cashflows'))),
});

const SCALE_HELP = (whose: string, zhWhose: string) =>
  text(`The deal's value to ${whose} on a 1–5 scale (5 = highest)`, `这笔交易对${zhWhose}的价值，1–5 分(5 为最高)`);

export const DEAL_GRADE = defineFunction({
  name: 'DEAL_GRADE',
  description: text(
    'The business-model grade of a deal, A (deep strategic partnership) to E (we give away value)',
    '交易的商业模式等级，从 A(深度战略合作)到 E(我方让出价值却收不回)',
  ),
  params: [
    { name: 'value_to_customer', kind: 'number', help: SCALE_HELP('the customer', '客户') },
    { name: 'value_to_us', kind: 'number', help: SCALE_HELP('us', '我方') },
    {
      name: 'strategic',
      kind: 'boolean',
      optional: true,
      default: false,
      help: text('TRUE when the deal solves a strategic problem for the customer (needed for A); FALSE when omitted', '交易为客户解决战略性问题时为 TRUE(评为 A 的前提)；省略时为 FALSE'),
    },
  ],
  result: 'value',
  resultHelp: text(
    'A both ≥ 4 and strategic; B both ≥ 3; D ours ≥ 4 and theirs ≤ 2; E theirs ≥ 4 and ours ≤ 2; C otherwise',
    'A：双方都 ≥ 4 且具战略性；B：双方都 ≥ 3；D：我方 ≥ 4 且客户 ≤ 2；E：客户 ≥ 4 且我方 ≤ 2；其余为 C',
  ),
  examples: [
    { args: [5, 4, true], result: 'A' },
    { args: [5, 4], result: 'B' },
    { args: [2, 5], result: 'D' },
    { args: [5, 1], result: 'E' },
    { args: [2, 3], result: 'C' },
  ],
  implement: ([valueToCustomer, valueToUs, strategic], context) =>
    withArgumentNames({ valueToCustomer: 'value_to_customer', valueToUs: 'value_to_us' }, () =>
      businessGrade(valueToCustomer, valueToUs, strategic, context.settings),
    ),
});
