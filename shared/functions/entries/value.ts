import { businessGrade } from '../../scoring/grade';
import { netValue, payback, roi } from '../../scoring/value';
import type { ParamSpec } from '../types';
import { defineFunction } from '../types';
import { numbersOf, sumOf } from './read';
import { withArgumentNames } from './rename-argument';

const BENEFITS = {
  name: 'benefits',
  kind: 'range',
} as const satisfies ParamSpec;

const COSTS = {
  name: 'costs',
  kind: 'range',
} as const satisfies ParamSpec;

export const NETVALUE = defineFunction({
  name: 'NETVALUE',
  params: [
    BENEFITS,
    COSTS,
    {
      name: 'risks',
      kind: 'range',
      optional: true,
    },
  ],
  result: 'value',
  implement: ([benefits, costs, risks]) =>
    netValue(sumOf(benefits, 'benefits'), sumOf(costs, 'costs'), risks === undefined ? 0 : sumOf(risks, 'risks')),
});

export const ROI = defineFunction({
  name: 'ROI',
  params: [BENEFITS, COSTS],
  result: 'value',
  implement: ([benefits, costs]) => roi(sumOf(benefits, 'benefits'), sumOf(costs, 'costs')),
});

export const PAYBACK = defineFunction({
  name: 'PAYBACK',
  params: [
    {
      name: 'cashflows',
      kind: 'range',
    },
  ],
  result: 'value',
  implement: ([cashflows]) => withArgumentNames({ values: 'cashflows' }, () => payback(numbersOf(cashflows, 'cashflows'))),
});


export const DEAL_GRADE = defineFunction({
  name: 'DEAL_GRADE',
  params: [
    { name: 'value_to_customer', kind: 'number', },
    { name: 'value_to_us', kind: 'number', },
    {
      name: 'strategic',
      kind: 'boolean',
      optional: true,
      default: false,
    },
  ],
  result: 'value',
  implement: ([valueToCustomer, valueToUs, strategic], context) =>
    withArgumentNames({ valueToCustomer: 'value_to_customer', valueToUs: 'value_to_us' }, () =>
      businessGrade(valueToCustomer, valueToUs, strategic, context.settings),
    ),
});
