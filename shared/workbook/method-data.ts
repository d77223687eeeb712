/**
 * The method data the wizards are built from, gathered in one place so the wizards do not depend on
 * how shared/methods splits its files.
 */
import type { Text } from '../i18n';
import { text } from '../i18n';
import { FUNNEL_REVIEW_QUESTIONS } from '../methods/funnel-review';
import { KEY_QUESTIONS } from '../methods/key-questions';
import { LADDERS, lostStage } from '../methods/ladders';
import { stageWork } from '../methods/stage-work';
import { NOT_IN_CONTROL_SIGNS } from '../methods/not-in-control';
import { QUESTION_SETS } from '../methods/question-sets';
import { STRATEGY_GUIDES, type StrategyGuide } from '../methods/strategy-guide';
import { STRATEGIES, type Strategy, type StrategyId } from '../methods/strategy-path';
import { METHOD_IDS, type KeyQuestionId, type Ladder, type LadderId, type MethodId, type QuestionSet } from '../methods/types';
import { TITLED_VALUE_STATEMENTS, type TitledValueStatement } from '../methods/value-statement-titles';

/** The methods the wizard offers, in the order it lists them. */
export const METHOD_CHOICES: readonly MethodId[] = METHOD_IDS;

export function questionSetFor(method: MethodId): QuestionSet {
  return QUESTION_SETS[method];
}

export function keyQuestionLabel(id: KeyQuestionId): Text {
  return KEY_QUESTIONS.find((question) => question.id === id)?.label ?? text(id, id);
}

export function ladderFor(id: LadderId): Ladder {
  return LADDERS[id];
}

/** What proves a stage of a built-in ladder was reached. */
export function stageProof(ladderId: LadderId, code: string): Text {
  return stageWork(ladderId, code).proof;
}

export function lostStageLabel(): Text {
  return lostStage.label;
}

export interface SignView {
  readonly id: string;
  readonly label: Text;
}

export function notInControlSigns(): readonly SignView[] {
  return NOT_IN_CONTROL_SIGNS;
}

export function notInControlSignCount(): number {
  return NOT_IN_CONTROL_SIGNS.length;
}

export type StatementView = TitledValueStatement;

export function valueStatements(): readonly StatementView[] {
  return TITLED_VALUE_STATEMENTS;
}

export function valueStatementIds(): number[] {
  return TITLED_VALUE_STATEMENTS.map((statement) => statement.id);
}

export function strategyText(id: StrategyId): Strategy & StrategyGuide {
  const found = STRATEGIES.find((strategy) => strategy.id === id);
  if (!found) throw new Error(`strategy ${id} has no text`); // unreachable: both lists are the same closed set
  return { ...found, ...STRATEGY_GUIDES[id] };
}

/** The four CES review questions in the methods' words, in the order the wizard asks them. */
export function funnelReviewQuestion(id: 'justFinished' | 'evidence' | 'doingNow' | 'preparingNext'): Text {
  return FUNNEL_REVIEW_QUESTIONS.find((question) => question.id === id)?.label ?? text(id, id);
}
