import { PPVVC } from './ppvvc';
import { SIGNATURE } from './signature';
import { TAS } from './tas';
import type { MethodId, QuestionSet } from './types';

export const QUESTION_SETS: Readonly<Record<MethodId, QuestionSet>> = { TAS, SIGNATURE, PPVVC };
