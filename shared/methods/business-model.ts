import { text, type Text } from '../i18n';
import type { DescribedTerm } from './types';

export type BusinessModelGradeId = 'A' | 'B' | 'C' | 'D' | 'E';

/**
 * CES business-model grades (seed 004): value to the customer against value to us, A best and E worst.
 * The score thresholds that pick a grade are scoring settings, not part of this list.
 */
export const BUSINESS_MODEL_GRADES: readonly DescribedTerm<BusinessModelGradeId>[] = [
  {
    id: 'A',
    label: text('A – strategic partnership', 'A – 战略伙伴'),
    description: text('A deep partnership that solves the customer’s strategic problems; both sides gain a lot', '深度合作，解决客户的战略性问题；双方都获益良多'),
  },
  {
    id: 'B',
    label: text('B – fair mutual gain', 'B – 公平互利'),
    description: text('Both sides gain fairly: we sell advice along with the product', '双方公平获益：我们在卖产品的同时也提供建议'),
  },
  {
    id: 'C',
    label: text('C – commodity trade', 'C – 普通买卖'),
    description: text('Both gain a little: a plain commodity purchase', '双方获益都很少：普通的商品交易'),
  },
  {
    id: 'D',
    label: text('D – we win, they lose', 'D – 我赢客户输'),
    description: text('We gain at the customer’s expense; it will not be repeated', '我方获益而客户受损；只能做一次'),
  },
  {
    id: 'E',
    label: text('E – we give value away', 'E – 白送价值'),
    description: text('We give the customer value that we never recover', '我们给了客户价值，却收不回来'),
  },
];

/** The two axes a grade is read from, each scored 1–5. */
export const BUSINESS_MODEL_AXES: { readonly customer: Text; readonly us: Text } = {
  customer: text('Value to the customer', '对客户的价值'),
  us: text('Value to us', '对我方的价值'),
};
