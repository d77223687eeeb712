import type { MethodId, QuestionSet } from '../../methods/types';
import { TAS } from '../../methods/tas';

/** The question sets QUALIFY, ASSESSMENT and GAPS can score, by id. */
export const QUESTION_SETS: Readonly<Partial<Record<MethodId, QuestionSet>>> = { TAS };
