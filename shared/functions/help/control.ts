import { text } from '../../i18n';
import type { CONTROL } from '../entries/control';
import type { HelpOf } from './types';

export const CONTROL_HELP: HelpOf<typeof CONTROL> = {
  description: text('Whether you are in control of a deal, from the TAS signs you are not', '根据 TAS 的“失控信号”判断是否掌控了这笔交易'),
  params: {
    signs: text(
      'The not-in-control signs, one tick per sign (x, TRUE, yes or 1 when the sign shows; blank when not)',
      '失控信号，每个信号一个勾选(出现该信号时填 x、TRUE、是 或 1；未出现则留空)',
    ),
  },
  resultHelp: text('In control (0–1 signs ticked), At risk (2) or Not in control (3 or more)', '可控(勾选 0–1 个)、有风险(2 个)或失控(3 个及以上)'),
  examples: [
    { args: [[['x'], [null], [null], [null], [null], [null], [null], [null], [null], [null], [null], [null]]], result: 'In control' },
    { args: [[[true], [false], [true], [false]]], result: 'At risk' },
    { args: [[['x'], ['x'], [null], ['x']]], result: 'Not in control' },
  ],
};
