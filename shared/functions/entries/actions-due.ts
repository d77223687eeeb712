import { tr } from '../../i18n';
import { actionStatusOf, ACTION_STATUS_LABELS } from '../../deals/action-status';
import { dateFromCell, rowError, showCell } from '../coerce';
import type { ResultScalar } from '../types';
import { defineFunction, param, rowsParam } from '../types';
import { asColumn, checkSameLength, isBlankCell, listOf } from './read';

/**
 * Where each action of an action list stands on a day: done, dropped, or for an open one how many
 * days it is overdue or has left. `today` is an argument, never the clock: a custom function that
 * reads the clock recalculates in Excel only when marked volatile and never in Google Sheets, so the
 * template passes TODAY() and both hosts move the answers on each day.
 */
export const ACTIONS_DUE = defineFunction({
  name: 'ACTIONS_DUE',
  params: [rowsParam('due'), rowsParam('status'), param('today', 'date')],
  result: 'column',
  implement: ([due, status, today], context) => {
    const dueList = listOf(due, 'due');
    const statusList = listOf(status, 'status');
    checkSameLength(dueList, 'due', statusList, 'status');
    const say = (en: string, zh: string): string => (context.locale === 'en' ? en : zh);
    return asColumn(
      dueList.map((cell, i): ResultScalar => {
        const typed = statusList[i];
        if (isBlankCell(cell) && isBlankCell(typed)) return '';
        const state = actionStatusOf(typed);
        if (state === undefined) {
          throw rowError('status', i + 1, `${showCell(typed)} is not open, done or dropped`, `${showCell(typed)} 不是未完成、已完成或已放弃`);
        }
        if (state !== 'open') return tr(ACTION_STATUS_LABELS[state], context.locale);
        if (isBlankCell(cell)) return say('no due date', '无截止日期');
        const day = dateFromCell(cell);
        if (day === undefined) throw rowError('due', i + 1, `${showCell(cell)} is not a date`, `${showCell(cell)} 不是日期`);
        const days = Math.floor(day) - Math.floor(today);
        if (days === 0) return say('due today', '今天到期');
        const n = Math.abs(days);
        if (days < 0) return say(`overdue ${n} ${n === 1 ? 'day' : 'days'}`, `逾期 ${n} 天`);
        return say(`due in ${n} ${n === 1 ? 'day' : 'days'}`, `${n} 天后到期`);
      }),
    );
  },
});
