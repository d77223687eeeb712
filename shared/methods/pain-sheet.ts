import { text, type Text } from '../i18n';
import type { DescribedTerm } from './types';

export type PainSheetRowId = 'reasons' | 'impact' | 'capabilities';
export type PainSheetColumnId = 'open' | 'control' | 'confirming';

/** What each row of the pain sheet (痛苦清单) finds out, for one pain of one person. */
export const PAIN_SHEET_ROWS: readonly DescribedTerm<PainSheetRowId>[] = [
  {
    id: 'reasons',
    label: text('Reasons', '原因'),
    description: text('Diagnose why the pain exists', '诊断痛苦产生的原因'),
  },
  {
    id: 'impact',
    label: text('Impact', '影响'),
    description: text('Explore who else and what else it affects', '探究它还影响到哪些人、哪些事'),
  },
  {
    id: 'capabilities',
    label: text('Capabilities', '能力'),
    description: text('Picture what would solve it, in the person’s own terms', '用对方自己的话描绘解决问题所需的能力'),
  },
];

/** Each row is asked left to right: open first, then control, then confirming. */
export const PAIN_SHEET_COLUMNS: readonly DescribedTerm<PainSheetColumnId>[] = [
  {
    id: 'open',
    label: text('Open questions', '开放式问题'),
    description: text('Let the person talk freely', '让对方自由讲述'),
  },
  {
    id: 'control',
    label: text('Control questions', '控制式问题'),
    description: text('Offer what we have seen elsewhere and ask if it applies', '提出我们在别处见过的情况，询问是否适用'),
  },
  {
    id: 'confirming',
    label: text('Confirming questions', '确认式问题'),
    description: text('Sum up and get a yes', '总结并得到对方确认'),
  },
];

export interface PainSheetBlock {
  /** 1–9, in asking order. */
  readonly number: number;
  readonly row: PainSheetRowId;
  readonly column: PainSheetColumnId;
  readonly prompt: Text;
}

/** The nine blocks, row by row, each with a question to start from. */
export const PAIN_SHEET_BLOCKS: readonly PainSheetBlock[] = [
  {
    number: 1,
    row: 'reasons',
    column: 'open',
    prompt: text('Tell me about this problem — what is behind it?', '请谈谈这个问题——是什么造成的?'),
  },
  {
    number: 2,
    row: 'reasons',
    column: 'control',
    prompt: text('Others we work with found it came from … — is that the case for you too?', '我们合作过的客户发现原因在于……您这里也是这样吗?'),
  },
  {
    number: 3,
    row: 'reasons',
    column: 'confirming',
    prompt: text('So the main causes are … — have I got that right?', '所以主要原因是……我理解得对吗?'),
  },
  {
    number: 4,
    row: 'impact',
    column: 'open',
    prompt: text('Besides you, who else does this affect, and how?', '除了您，这个问题还影响到谁? 怎样影响?'),
  },
  {
    number: 5,
    row: 'impact',
    column: 'control',
    prompt: text('Does it also hit … (costs, customers, other departments)?', '它是否也影响到……（成本、客户、其他部门）?'),
  },
  {
    number: 6,
    row: 'impact',
    column: 'confirming',
    prompt: text('So the problem is also costing … — is that fair to say?', '所以这个问题还造成了……可以这么说吗?'),
  },
  {
    number: 7,
    row: 'capabilities',
    column: 'open',
    prompt: text('What would it take to solve this?', '要解决这个问题需要什么?'),
  },
  {
    number: 8,
    row: 'capabilities',
    column: 'control',
    prompt: text('What if you had a way to … — would that help?', '如果您有办法……会有帮助吗?'),
  },
  {
    number: 9,
    row: 'capabilities',
    column: 'confirming',
    prompt: text('So if you could …, you could solve this problem?', '所以如果您能够……就能解决这个问题，对吗?'),
  },
];
