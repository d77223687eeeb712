import { text } from '../i18n';
import type { KeyQuestion } from './types';

/** The four key questions (四个关键问题) all three question sets answer, in priority order. */
export const KEY_QUESTIONS: readonly KeyQuestion[] = (
  [
    ['real', 'Is there an opportunity? (Is it real?)', '商机存在吗?'],
    ['compete', 'Can we compete?', '我们有能力竞争吗?'],
    ['win', 'Can we win?', '我们能赢吗?'],
    ['worth', 'Is it worth winning?', '是否值得赢?'],
  ] as const
).map(([id, en, zh]) => ({ id, label: text(en, zh) }));
