import { text, type Text } from '../i18n';
import type { CriterionTag, KeyQuestionId } from './types';

/** The competitive strategies of METHODOLOGY §2 (竞争策略). */
export type StrategyId = 'frontal' | 'flanking' | 'fragment' | 'defend' | 'develop' | 'disengage';

export interface Strategy {
  readonly id: StrategyId;
  readonly label: Text;
  /* What it is and what it needs to work are in strategy-guide.ts: only the panels show them. */
  /** Offensive strategies need urgency; defend and develop hold or wait; disengage is neither. */
  readonly offensive: boolean;
}

export const STRATEGIES: readonly Strategy[] = [
  { id: 'frontal', label: text('Frontal', '正面进攻'), offensive: true },
  { id: 'flanking', label: text('Flanking', '侧面进攻'), offensive: true },
  { id: 'fragment', label: text('Fragment', '分割'), offensive: true },
  { id: 'defend', label: text('Defend', '防御'), offensive: false },
  { id: 'develop', label: text('Develop', '开发'), offensive: false },
  { id: 'disengage', label: text('Disengage', '放弃'), offensive: false },
];

/** The yes/no questions of the decision path; ids match the scoring inputs of the same names. */
export type StrategyQuestionId =
  | 'compelling'
  | 'canCompete'
  | 'lead3to1'
  | 'canChangeCriteria'
  | 'canFragment'
  | 'positionToProtect'
  | 'futureValue';

/** Where an assessment can answer a question before the rep does. */
export interface StrategyPrefill {
  /** The criteria with these tags: any `+` means yes, all `-` means no. */
  readonly tags?: readonly CriterionTag[];
  /** The answer to this key question. */
  readonly keyQuestion?: KeyQuestionId;
  /** The 3:1 lead computed from the competitor ratings (TAS). */
  readonly competitorLead?: boolean;
}

export interface StrategyQuestion {
  readonly id: StrategyQuestionId;
  /** The step number of METHODOLOGY §2; the fragment question is the second half of step 4. */
  readonly step: number;
  readonly prefill?: StrategyPrefill;
  /** Where a yes leads: the next question or a strategy. */
  readonly yes: StrategyQuestionId | StrategyId;
  readonly no: StrategyQuestionId | StrategyId;
}

/** The six steps of §2 in the order asked; the path starts at the first. */
export const STRATEGY_PATH: readonly StrategyQuestion[] = [
  {
    id: 'compelling',
    step: 1,
    prefill: { tags: ['compellingEvent'] },
    yes: 'canCompete',
    no: 'positionToProtect',
  },
  {
    id: 'canCompete',
    step: 2,
    prefill: { keyQuestion: 'compete' },
    yes: 'lead3to1',
    no: 'positionToProtect',
  },
  {
    id: 'lead3to1',
    step: 3,
    prefill: { competitorLead: true },
    yes: 'frontal',
    no: 'canChangeCriteria',
  },
  {
    id: 'canChangeCriteria',
    step: 4,
    yes: 'flanking',
    no: 'canFragment',
  },
  {
    id: 'canFragment',
    step: 4,
    yes: 'fragment',
    no: 'positionToProtect',
  },
  {
    id: 'positionToProtect',
    step: 5,
    prefill: { tags: ['currentRelationship'] },
    yes: 'defend',
    no: 'futureValue',
  },
  {
    id: 'futureValue',
    step: 6,
    prefill: { tags: ['futureRevenue', 'strategicValue'] },
    yes: 'develop',
    no: 'disengage',
  },
];
