import { tr } from '../../i18n';
import { CONTROL_LABELS, parseTick, statusOfTickCount } from '../../scoring/control';
import { defineFunction, rangeParam } from '../types';

export const CONTROL = defineFunction({
  name: 'CONTROL',
  reads: ['control'],
  params: [rangeParam('signs')],
  result: 'value',
  implement: ([signs], context) => {
    const ticks = signs.flatMap((row, r) => row.map((cell) => parseTick(cell, `signs, row ${r + 1}`)));
    return tr(CONTROL_LABELS[statusOfTickCount(ticks.filter(Boolean).length, context.settings)], context.locale);
  },
});
