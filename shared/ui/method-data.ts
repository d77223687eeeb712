/**
 * The method data the wizards are built from, gathered in one place so the wizards do not depend on
 * how shared/methods splits its files.
 */
import type { Text } from '../i18n';
import { text } from '../i18n';
import { KEY_QUESTIONS } from '../methods/key-questions';
import { LADDERS, lostStage } from '../methods/ladders';
import { TAS } from '../methods/tas';
// The wizard must offer exactly what the sheet holds, so it takes the data from where the templates take it.
import { NOT_IN_CONTROL_SIGNS, VALUE_STATEMENT_SHAPES } from '../templates/method-data';
import type { KeyQuestionId, Ladder, LadderId, MethodId, QuestionSet } from '../methods/types';

const QUESTION_SETS: Partial<Record<MethodId, QuestionSet>> = { TAS };

/** The methods the wizard offers, in the order it lists them. */
export const METHOD_CHOICES: readonly MethodId[] = (['TAS', 'SIGNATURE', 'PPVVC'] as const).filter(
  (method) => QUESTION_SETS[method] !== undefined,
);

export function questionSetFor(method: MethodId): QuestionSet {
  const set = QUESTION_SETS[method];
  if (!set) throw new Error(`question set ${method} is not available`);
  return set;
}

export function keyQuestionLabel(id: KeyQuestionId): Text {
  return KEY_QUESTIONS.find((question) => question.id === id)?.label ?? text(id, id);
}

export function ladderFor(id: LadderId): Ladder {
  return LADDERS[id];
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

export interface StatementView {
  readonly id: number;
  readonly title: Text;
  /** Slot ids are their 1-based position, as VALUE_STATEMENT numbers its slot arguments. */
  readonly slots: readonly { readonly id: string; readonly label: Text }[];
}

const STATEMENTS: readonly StatementView[] = VALUE_STATEMENT_SHAPES.map((shape) => ({
  id: shape.number,
  title: shape.name,
  slots: shape.slots.map((label, i) => ({ id: String(i + 1), label })),
}));

export function valueStatements(): readonly StatementView[] {
  return STATEMENTS;
}

export function valueStatementIds(): number[] {
  return STATEMENTS.map((statement) => statement.id);
}

export function lostStageLabel(): Text {
  return lostStage.label;
}
