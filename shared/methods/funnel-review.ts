import { text } from '../i18n';
import type { Term } from './types';

export type FunnelReviewQuestionId = 'justFinished' | 'evidence' | 'doingNow' | 'preparingNext';

/** The four questions a CES manager asks about each deal in a funnel review, in order. */
export const FUNNEL_REVIEW_QUESTIONS: readonly Term<FunnelReviewQuestionId>[] = [
  { id: 'justFinished', label: text('Which step have you just completed?', '你刚刚完成了哪一步?') },
  { id: 'evidence', label: text('What is the evidence for it, or against it?', '有什么证据支持（或否定）这一点?') },
  { id: 'doingNow', label: text('What are you doing now?', '你现在在做什么?') },
  { id: 'preparingNext', label: text('How are you preparing for the next step?', '你如何为下一步做准备?') },
];
