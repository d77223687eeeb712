import { businessGrade } from '../../scoring/grade';
import { netValue, payback, roi } from '../../scoring/value';
import { defineFunction, optionalParam, param, rangeParam } from '../types';
import { amountsOf, decimalMarkOf, sumOf } from './read';
import { withArgumentNames } from './rename-argument';

const BENEFITS = rangeParam('benefits');

const COSTS = rangeParam('costs');

export const NETVALUE = defineFunction({
  name: 'NETVALUE',
  params: [BENEFITS, COSTS, optionalParam('risks', 'range')],
  result: 'value',
  implement: ([benefits, costs, risks], context) => {
    const decimalMark = decimalMarkOf(context);
    return netValue(sumOf(benefits, 'benefits', decimalMark), sumOf(costs, 'costs', decimalMark), risks === undefined ? 0 : sumOf(risks, 'risks', decimalMark));
  },
});

export const ROI = defineFunction({
  name: 'ROI',
  params: [BENEFITS, COSTS],
  result: 'value',
  implement: ([benefits, costs], context) => roi(sumOf(benefits, 'benefits', decimalMarkOf(context)), sumOf(costs, 'costs', decimalMarkOf(context))),
});

export const PAYBACK = defineFunction({
  name: 'PAYBACK',
  params: [rangeParam('cashflows')],
  result: 'value',
  implement: ([cashflows], context) => withArgumentNames({ values: 'cashflows' }, () => payback(amountsOf(cashflows, 'cashflows', decimalMarkOf(context)))),
});

export const DEAL_GRADE = defineFunction({
  name: 'DEAL_GRADE',
  params: [param('value_to_customer', 'number'), param('value_to_us', 'number'), { ...optionalParam('strategic', 'boolean'), default: false }],
  result: 'value',
  implement: ([valueToCustomer, valueToUs, strategic], context) =>
    withArgumentNames({ valueToCustomer: 'value_to_customer', valueToUs: 'value_to_us' }, () => businessGrade(valueToCustomer, valueToUs, strategic, context.settings)),
});
