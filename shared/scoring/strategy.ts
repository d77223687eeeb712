import { DealKitError } from '../errors';
import { text } from '../i18n';
import type { CriterionTag } from '../methods';
import type { AssessmentResult } from './assessment';

/** The competitive strategies of METHODOLOGY §2. */
export type StrategyId = 'frontal' | 'flanking' | 'fragment' | 'defend' | 'develop' | 'disengage';

/** The seven yes/no questions of the §2 decision path. */
export interface StrategyInputs {
  /** 1. Is there a compelling reason to act, or can we create one? */
  readonly compelling: boolean;
  /** 2. Can we compete ("Can we compete?" answers Yes)? */
  readonly canCompete: boolean;
  /** 3. Do we hold a 3:1 advantage? */
  readonly lead3to1: boolean;
  /** 4. Can we change or widen the buying criteria? */
  readonly canChangeCriteria: boolean;
  /** 4b. Can we split off a profitable part we can win? */
  readonly canFragment: boolean;
  /** 5. Do we have a position inside the account worth protecting? */
  readonly positionToProtect: boolean;
  /** 6. Is there future revenue or strategic value? */
  readonly futureValue: boolean;
}

export type StrategyInputId = keyof StrategyInputs;
export const STRATEGY_INPUT_IDS: readonly StrategyInputId[] = [
  'compelling',
  'canCompete',
  'lead3to1',
  'canChangeCriteria',
  'canFragment',
  'positionToProtect',
  'futureValue',
];

/** One question asked on the way to a strategy, with its answer. */
export interface StrategyStep {
  readonly input: StrategyInputId;
  readonly answer: boolean;
}

export interface StrategyDecision {
  readonly strategy: StrategyId;
  /** The questions the path actually asked, in order: the reason for the strategy. */
  readonly path: readonly StrategyStep[];
}

/**
 * Walks the §2 path. The offensive branch (steps 3–4) needs both urgency and the ability to
 * compete; a "no" there, or an offensive branch with no opening (no lead, criteria fixed, nothing
 * to split off), falls through to the defensive questions of steps 5–6.
 */
export function decideStrategy(inputs: StrategyInputs): StrategyDecision {
  for (const id of STRATEGY_INPUT_IDS) {
    if (typeof inputs[id] !== 'boolean') {
      throw new DealKitError(text(`${id}: expected TRUE or FALSE`, `${id}：应为 TRUE 或 FALSE`), id);
    }
  }
  const path: StrategyStep[] = [];
  const ask = (input: StrategyInputId): boolean => {
    path.push({ input, answer: inputs[input] });
    return inputs[input];
  };
  if (ask('compelling') && ask('canCompete')) {
    if (ask('lead3to1')) return { strategy: 'frontal', path };
    if (ask('canChangeCriteria')) return { strategy: 'flanking', path };
    if (ask('canFragment')) return { strategy: 'fragment', path };
  }
  if (ask('positionToProtect')) return { strategy: 'defend', path };
  if (ask('futureValue')) return { strategy: 'develop', path };
  return { strategy: 'disengage', path };
}

export function chooseStrategy(inputs: StrategyInputs): StrategyId {
  return decideStrategy(inputs).strategy;
}

/** Frontal, flanking and fragment attack and need urgency; defend and develop hold or wait. */
export function isOffensive(strategy: StrategyId): boolean {
  return strategy === 'frontal' || strategy === 'flanking' || strategy === 'fragment';
}

/**
 * What the criteria with these tags say: true if any is `+`, false only if every one is `-`, and
 * nothing otherwise — an unknown is left for the rep to answer, never guessed.
 */
function fromTags(result: AssessmentResult, ...tags: CriterionTag[]): boolean | undefined {
  const items = result.items.filter((item) => (item.criterion.tags ?? []).some((tag) => tags.includes(tag)));
  if (items.some((item) => item.rating === 'favourable')) return true;
  if (items.length > 0 && items.every((item) => item.rating === 'unfavourable')) return false;
  return undefined;
}

/**
 * The inputs §2 lets an assessment answer: compelling from the compelling-event criterion, can we
 * compete from the "Can we compete?" answer, the 3:1 lead from the competitor ratings, a position
 * to protect from the current-relationship criterion, and future value from the future-revenue and
 * strategic-value criteria. Whatever the assessment leaves unknown is omitted, for the rep to answer.
 */
export function strategyInputsFromAssessment(result: AssessmentResult): Partial<StrategyInputs> {
  const prefill: { -readonly [K in StrategyInputId]?: boolean } = {};
  const compelling = fromTags(result, 'compellingEvent');
  if (compelling !== undefined) prefill.compelling = compelling;
  const compete = result.answers.compete;
  if (compete !== 'unknown') prefill.canCompete = compete === 'yes';
  if (result.lead !== null) prefill.lead3to1 = result.lead.hasLead;
  const position = fromTags(result, 'currentRelationship');
  if (position !== undefined) prefill.positionToProtect = position;
  const future = fromTags(result, 'futureRevenue', 'strategicValue');
  if (future !== undefined) prefill.futureValue = future;
  return prefill;
}
