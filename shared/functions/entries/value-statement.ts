import { DealKitError, isDealKitError } from '../../errors';
import { text } from '../../i18n';
import { VALUE_STATEMENTS } from '../../methods/value-statements';
import { fillValueStatement } from '../../scoring/statements';
import type { ParamSpec } from '../types';
import { defineFunction } from '../types';
import { renameArgument } from './rename-argument';

const SLOT_NAMES = ['slot1', 'slot2', 'slot3', 'slot4'] as const;

const slot = (index: number, optional: boolean): ParamSpec => ({
  name: SLOT_NAMES[index],
  kind: 'text',
  ...(optional ? { optional: true } : {}),
  help: text(
    `The statement’s ${['first', 'second', 'third', 'fourth'][index]} slot, in the order of the template’s slots`,
    `陈述的第 ${index + 1} 个空，按模板中空的顺序填写`,
  ),
});

const templateList = VALUE_STATEMENTS.map((t) => `${t.number} ${t.slots.map((s) => s.label.en).join(' / ')}`).join('; ');
const templateListZh = VALUE_STATEMENTS.map((t) => `${t.number} ${t.slots.map((s) => s.label['zh-CN']).join('/')}`).join('；');

export const VALUE_STATEMENT = defineFunction({
  name: 'VALUE_STATEMENT',
  description: text('A value statement filled in from its slots', '按填空生成的价值陈述'),
  params: [
    {
      name: 'template',
      kind: 'number',
      help: text(`Which statement, 1–6, with its slots: ${templateList}`, `价值陈述编号 1–6 及其填空：${templateListZh}`),
    },
    slot(0, false),
    slot(1, false),
    slot(2, true),
    slot(3, true),
  ] as const,
  result: 'value',
  resultHelp: text(
    'The finished sentence in the workbook’s language; an error naming the slot when one the statement needs is blank',
    '用工作簿语言写成的完整句子；所需的空未填写时报错并指出是哪个空',
  ),
  examples: [
    {
      args: [1, 'close the books in three days', 'a 40% cut in overtime', 'finance cloud'],
      result: 'With our finance cloud in place you will be able to close the books in three days, bringing a 40% cut in overtime.',
    },
    {
      args: [6, 'a fee tied to the savings', 'a payback within a year'],
      result: 'Through a fee tied to the savings, we will make sure you get a payback within a year.',
    },
  ],
  implement: (args, context) => {
    const [number, ...slots] = args as readonly [number, ...(string | undefined)[]];
    const given = [...slots];
    while (given.length > 0 && (given[given.length - 1] ?? '').trim() === '') given.pop();
    try {
      return fillValueStatement(number, given, context.locale);
    } catch (error) {
      if (!isDealKitError(error)) throw error;
      throw renamed(error, number);
    }
  },
});

/** The core names a slot by its id (or "slots" when too many are given); users know the argument they typed. */
function renamed(error: DealKitError, number: number): DealKitError {
  if (error.subject === 'statement') return renameArgument(error, { statement: 'template' });
  const template = VALUE_STATEMENTS.find((t) => t.number === number);
  const index = error.subject === 'slots' ? (template?.slots.length ?? 0) : (template?.slots.findIndex((s) => s.id === error.subject) ?? -1);
  const argument = SLOT_NAMES[index];
  if (argument === undefined) return error;
  return new DealKitError(text(`${argument}: ${error.text.en}`, `${argument}：${error.text['zh-CN']}`), argument);
}
