/**
 * The scoring rules the wizards show, gathered in one place so the wizards do not depend on how
 * shared/scoring names its files.
 */
import type { Locale, Text } from '../i18n';
import {
  CONTROL_LABELS,
  controlStatus,
  fillStatement,
  statementTemplate,
  strategyInputsFromAssessment,
  type AssessmentResult,
  type ControlStatus,
  walkStrategyPath,
  type StrategyAnswersSoFar,
  type StrategyId,
  type StrategyInputId,
} from '../scoring';
import type { StrategyAnswers } from '../workbook/backend';
import { strategyText, valueStatements } from '../workbook/method-data';

export interface ControlView {
  readonly id: ControlStatus;
  readonly label: Text;
}

export function controlOf(ticked: number): ControlView {
  const id = controlStatus(ticked);
  return { id, label: CONTROL_LABELS[id] };
}

export interface StrategyView {
  readonly id: StrategyId;
  readonly label: Text;
  readonly description: Text;
  /** The conditions the strategy needs to work (the seeds' 条件). */
  readonly needs: Text;
}

/** The strategy the answers so far lead to, or the first question the path needs that is unanswered. */
export function strategyOf(answers: StrategyAnswersSoFar): StrategyView | { readonly id: null; readonly unanswered: StrategyInputId } {
  const walk = walkStrategyPath(answers);
  if (walk.strategy === null) return { id: null, unanswered: walk.unanswered };
  const strategy = strategyText(walk.strategy);
  return { id: walk.strategy, label: strategy.label, description: strategy.description, needs: strategy.needs };
}

export function strategyPrefill(result: AssessmentResult): StrategyAnswers {
  return strategyInputsFromAssessment(result);
}

/** The filled sentence; the caller only asks once every slot holds text. */
export function filledStatement(id: number, values: readonly string[], locale: Locale): string {
  const template = statementTemplate(valueStatements(), id);
  return fillStatement(template, Object.fromEntries(template.slots.map((slot, i) => [slot.id, values[i] ?? ''])), locale);
}
