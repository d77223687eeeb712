import { argumentError } from '../errors';
import { STRATEGIES, STRATEGY_PATH, STRATEGY_PREFILLS, type CriterionTag, type StrategyId, type StrategyQuestionId } from '../methods';
import type { AssessmentResult } from './assessment';

export type { StrategyId } from '../methods';

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

/** The same ids as the methods' StrategyQuestionId. */
export type StrategyInputId = keyof StrategyInputs & StrategyQuestionId;
export const STRATEGY_INPUT_IDS: readonly StrategyInputId[] = ['compelling', 'canCompete', 'lead3to1', 'canChangeCriteria', 'canFragment', 'positionToProtect', 'futureValue'];

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

/** The answers given so far: a question left out (or null, a blank cell) is unanswered, never a No. */
export type StrategyAnswersSoFar = { readonly [K in StrategyInputId]?: boolean | null };

/** How far the answers take the path: to a strategy, or to the first question it needs that nobody answered. */
export type StrategyWalk = StrategyDecision | { readonly strategy: null; readonly path: readonly StrategyStep[]; readonly unanswered: StrategyInputId };

const STRATEGY_IDS: ReadonlySet<string> = new Set(STRATEGIES.map((strategy) => strategy.id));

function isStrategyId(next: StrategyQuestionId | StrategyId): next is StrategyId {
  return STRATEGY_IDS.has(next);
}

/**
 * Walks the §2 path as the methods data lays it out (STRATEGY_PATH): start at the first question,
 * follow yes or no to the next question or a strategy. The offensive branch (steps 3–4) needs both
 * urgency and the ability to compete; a "no" there, or an offensive branch with no opening (no
 * lead, criteria fixed, nothing to split off), falls through to the defensive steps 5–6.
 */
export function decideStrategy(inputs: StrategyInputs): StrategyDecision {
  for (const id of STRATEGY_INPUT_IDS) {
    if (typeof inputs[id] !== 'boolean') {
      throw argumentError(id, 'expected TRUE or FALSE', '应为 TRUE 或 FALSE');
    }
  }
  return walkStrategyPath(inputs) as StrategyDecision;
}

/**
 * The §2 path over the answers given so far: it stops at the first question it needs that is not
 * answered, so a recommendation is never built on blanks (the STRATEGY function's blank arguments
 * arrive as undefined).
 */
export function walkStrategyPath(inputs: StrategyAnswersSoFar): StrategyWalk {
  const path: StrategyStep[] = [];
  let question: (typeof STRATEGY_PATH)[number] | undefined = STRATEGY_PATH[0];
  // Each question is asked at most once, so a path longer than the list would be a loop in the data.
  while (question && path.length < STRATEGY_PATH.length) {
    const answer: boolean | null | undefined = inputs[question.id];
    if (answer === null || answer === undefined) return { strategy: null, path, unanswered: question.id };
    path.push({ input: question.id, answer });
    const next: StrategyQuestionId | StrategyId = answer ? question.yes : question.no;
    if (isStrategyId(next)) return { strategy: next, path };
    question = STRATEGY_PATH.find((q) => q.id === next);
  }
  // Kept short: this script ships in the Excel functions bundle, and the methods test walks every branch.
  throw new Error('STRATEGY_PATH ends in no strategy');
}

export function chooseStrategy(inputs: StrategyInputs): StrategyId {
  return decideStrategy(inputs).strategy;
}

/** Frontal, flanking and fragment attack and need urgency; defend and develop hold or wait. */
export function isOffensive(strategy: StrategyId): boolean {
  return STRATEGIES.find((s) => s.id === strategy)?.offensive === true;
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
 * The inputs §2 lets an assessment answer, as STRATEGY_PREFILLS says for each path question: compelling
 * from the compelling-event criterion, can we compete from the "Can we compete?" answer, the 3:1
 * lead from the competitor ratings, a position to protect from the current-relationship criterion,
 * and future value from the future-revenue and strategic-value criteria. Whatever the assessment
 * leaves unknown is omitted, for the rep to answer.
 */
export function strategyInputsFromAssessment(result: AssessmentResult): Partial<StrategyInputs> {
  const prefill: { -readonly [K in StrategyInputId]?: boolean } = {};
  for (const [id, rule] of STRATEGY_PREFILLS) {
    let answer: boolean | undefined;
    if (rule.tags) answer = fromTags(result, ...rule.tags);
    else if (rule.keyQuestion) {
      const given = result.answers[rule.keyQuestion];
      answer = given === 'unknown' ? undefined : given === 'yes';
    } else if (rule.competitorLead) answer = result.lead?.hasLead;
    if (answer !== undefined) prefill[id] = answer;
  }
  return prefill;
}
