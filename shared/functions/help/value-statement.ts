import { text } from '../../i18n';
import { VALUE_STATEMENTS } from '../../methods/value-statements';
import type { VALUE_STATEMENT } from '../entries/value-statement';
import type { HelpOf } from './types';

const templateList = VALUE_STATEMENTS.map((t) => `${t.number} ${t.slots.map((s) => s.label.en).join(' / ')}`).join('; ');
const templateListZh = VALUE_STATEMENTS.map((t) => `${t.number} ${t.slots.map((s) => s.label['zh-CN']).join('/')}`).join('；');

const slot = (index: number) =>
  text(`The statement’s ${['first', 'second', 'third', 'fourth'][index]} slot, in the order of the template’s slots`, `陈述的第 ${index + 1} 个空，按模板中空的顺序填写`);

export const VALUE_STATEMENT_HELP: HelpOf<typeof VALUE_STATEMENT> = {
  description: text('A value statement filled in from its slots', '按填空生成的价值陈述'),
  params: {
    template: text(`Which statement, 1–6, with its slots: ${templateList}`, `价值陈述编号 1–6 及其填空：${templateListZh}`),
    slot1: slot(0),
    slot2: slot(1),
    slot3: slot(2),
    slot4: slot(3),
  },
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
      args: [6, 'a fee tied to the savings'],
      result: 'We will ensure your return on investment by a fee tied to the savings.',
    },
  ],
};
