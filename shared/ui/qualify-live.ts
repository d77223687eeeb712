import { text, type Text } from '../i18n';
import type { Criterion, KeyQuestionId } from '../methods/types';
import { ANSWER_LABELS, assess, DEFAULT_SETTINGS, VERDICT_LABELS, type Answer, type AssessmentResult, type ScoringSettings, type Verdict } from '../scoring';
import { STRATEGY_INPUT_IDS, type StrategyInputId } from '../workbook/backend';
import { keyQuestionLabel, questionSetFor } from '../workbook/method-data';
import { controlOf, strategyOf, strategyPrefill, type ControlView, type StrategyView } from './scoring-bridge';
import { STRATEGY_QUESTIONS } from './strategy-questions';
import { strategyDisagreement } from './strategy-disagreement';
import type { QualifyState } from './wizard-qualify';

/** What the Qualify wizard shows as the rep rates: derived from the state by the scoring core, never stored. */

const STRATEGY_UNDECIDED = text('Not decided yet', '尚未确定');

export interface KeyQuestionRow {
  readonly group: KeyQuestionId;
  readonly label: Text;
  readonly score: number;
  readonly answerId: Answer;
  readonly answer: Text;
  readonly advantage: number | null;
  readonly unknownCount: number;
}

export interface StrategyInputRow {
  readonly id: StrategyInputId;
  readonly question: Text;
  /** null: neither answered nor suggested by the assessment — unanswered, never taken as a No. */
  readonly value: boolean | null;
  readonly source: 'answer' | 'assessment' | 'none';
}

/** One count the 3:1 lead compared: our + ratings, theirs, and how many of ours the rule asks for. */
export interface LeadCount {
  readonly ours: number;
  readonly theirs: number;
  readonly needed: number;
}

/** The 3:1 lead with the counts behind it: overall, and each key question that gives the lead on its own. */
export interface LeadView extends LeadCount {
  readonly hasLead: boolean;
  readonly ratio: number;
  readonly groups: readonly (LeadCount & { readonly label: Text })[];
}

export interface QualifyLive {
  readonly result: AssessmentResult;
  readonly ratesCompetitor: boolean;
  readonly verdictId: Verdict;
  readonly verdict: Text;
  readonly rows: readonly KeyQuestionRow[];
  readonly gaps: readonly Criterion[];
  readonly hasLead: boolean | null;
  /** Null when the method rates no competitor. */
  readonly lead: LeadView | null;
  readonly controlId: ControlView['id'];
  readonly control: Text;
  readonly strategyInputs: readonly StrategyInputRow[];
  /** null: the path stops at a question nobody answered (strategyMissing); no strategy is shown. */
  readonly strategyId: StrategyView['id'] | null;
  readonly strategy: Text;
  readonly strategyDescription: Text;
  /** What the recommended strategy needs to work; null while no strategy is shown. */
  readonly strategyNeeds: Text | null;
  /** The first question the path needs that is unanswered, while there is one. */
  readonly strategyMissing: StrategyInputRow | null;
  /** Why the verdict and the strategy point different ways, when they do. */
  readonly disagreement: Text | null;
}

/**
 * The counts `leadOver` compares (shared/scoring/assessment.ts): overall, ours against ratio × theirs;
 * within a key question, ours − theirs against multiple × theirs, i.e. ours against theirs + that. A
 * rival with no + counts as one, as the rule does.
 */
function leadView(result: AssessmentResult, settings: ScoringSettings): LeadView | null {
  if (!result.lead) return null;
  const { ratio, groupAdvantageMultiple } = settings.lead;
  const groups = result.keyQuestions.flatMap((q) =>
    q.lead === true && q.competitorFavourableCount !== null
      ? [
          {
            label: keyQuestionLabel(q.id),
            ours: q.favourableCount,
            theirs: q.competitorFavourableCount,
            needed: q.competitorFavourableCount + groupAdvantageMultiple * Math.max(q.competitorFavourableCount, 1),
          },
        ]
      : [],
  );
  const theirs = result.lead.competitorFavourableCount;
  return { hasLead: result.lead.hasLead, ratio, ours: result.lead.favourableCount, theirs, needed: ratio * Math.max(theirs, 1), groups };
}

export function qualifyLive(state: QualifyState): QualifyLive | null {
  if (state.method === null) return null;
  const set = questionSetFor(state.method);
  if (state.ours.length !== set.criteria.length) return null;
  const result = assess(set, state.ours, set.ratesCompetitor ? state.theirs : undefined, DEFAULT_SETTINGS);
  const rows: KeyQuestionRow[] = result.keyQuestions.map((question) => ({
    group: question.id,
    label: keyQuestionLabel(question.id),
    score: question.score,
    answerId: question.answer,
    answer: ANSWER_LABELS[question.answer],
    advantage: question.advantage,
    unknownCount: question.unknownCount,
  }));
  const prefill = strategyPrefill(result);
  const strategyInputs: StrategyInputRow[] = STRATEGY_INPUT_IDS.map((id) => {
    const answered = state.strategy[id];
    if (answered !== undefined) return { id, question: STRATEGY_QUESTIONS[id], value: answered, source: 'answer' };
    const suggested = prefill[id];
    if (suggested !== undefined) return { id, question: STRATEGY_QUESTIONS[id], value: suggested, source: 'assessment' };
    return { id, question: STRATEGY_QUESTIONS[id], value: null, source: 'none' };
  });
  const strategy = strategyOf(Object.fromEntries(strategyInputs.map((row) => [row.id, row.value])));
  const missing = strategy.id === null ? (strategyInputs.find((row) => row.id === strategy.unanswered) ?? null) : null;
  const control = controlOf(state.signs.filter(Boolean).length);
  return {
    result,
    ratesCompetitor: set.ratesCompetitor,
    verdictId: result.verdict,
    verdict: VERDICT_LABELS[result.verdict],
    rows,
    gaps: result.gaps,
    hasLead: result.lead ? result.lead.hasLead : null,
    lead: leadView(result, DEFAULT_SETTINGS),
    controlId: control.id,
    control: control.label,
    strategyInputs,
    strategyId: strategy.id,
    strategy: strategy.id === null ? STRATEGY_UNDECIDED : strategy.label,
    strategyDescription: missing
      ? text(`Answer this first: ${missing.question.en}`, `请先回答：${missing.question['zh-CN']}`)
      : strategy.id === null
        ? STRATEGY_UNDECIDED
        : strategy.description,
    strategyNeeds: strategy.id === null ? null : strategy.needs,
    strategyMissing: missing,
    disagreement: strategy.id === null ? null : strategyDisagreement(result.verdict, strategy.id),
  };
}
