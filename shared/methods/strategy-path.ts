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

export const STRATEGIES: readonly Strategy[] = // id, label in English and Chinese, offensive.
  (
    [
      ['frontal', 'Frontal', '正面进攻', true],
      ['flanking', 'Flanking', '侧面进攻', true],
      ['fragment', 'Fragment', '分割', true],
      ['defend', 'Defend', '防御', false],
      ['develop', 'Develop', '开发', false],
      ['disengage', 'Disengage', '放弃', false],
    ] as const
  ).map(([id, en, zh, offensive]) => ({ id, label: text(en, zh), offensive }));

/** The yes/no questions of the decision path; ids match the scoring inputs of the same names. */
export type StrategyQuestionId = 'compelling' | 'canCompete' | 'lead3to1' | 'canChangeCriteria' | 'canFragment' | 'positionToProtect' | 'futureValue';

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
  /** Where a yes leads: the next question or a strategy. */
  readonly yes: StrategyQuestionId | StrategyId;
  readonly no: StrategyQuestionId | StrategyId;
}

/** The six steps of §2 in the order asked; the path starts at the first. */
export const STRATEGY_PATH: readonly StrategyQuestion[] = // id, step, where yes leads, where no leads: rows keep the functions script free of repeated keys.
  (
    [
      ['compelling', 1, 'canCompete', 'positionToProtect'],
      ['canCompete', 2, 'lead3to1', 'positionToProtect'],
      ['lead3to1', 3, 'frontal', 'canChangeCriteria'],
      ['canChangeCriteria', 4, 'flanking', 'canFragment'],
      ['canFragment', 4, 'fragment', 'positionToProtect'],
      ['positionToProtect', 5, 'defend', 'futureValue'],
      ['futureValue', 6, 'develop', 'disengage'],
    ] satisfies readonly (readonly [StrategyQuestionId, number, StrategyQuestion['yes'], StrategyQuestion['no']])[]
  ).map(([id, step, yes, no]): StrategyQuestion => ({ id, step, yes, no }));

/**
 * The path questions an assessment can answer, in path order (the others have none). Kept apart from
 * the path so the functions script, which walks the path, does not carry them.
 */
export const STRATEGY_PREFILLS: readonly (readonly [StrategyQuestionId, StrategyPrefill])[] = [
  ['compelling', { tags: ['compellingEvent'] }],
  ['canCompete', { keyQuestion: 'compete' }],
  ['lead3to1', { competitorLead: true }],
  ['positionToProtect', { tags: ['currentRelationship'] }],
  ['futureValue', { tags: ['futureRevenue', 'strategicValue'] }],
];
