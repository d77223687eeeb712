/**
 * The method data the wizards are built from, gathered in one place so the wizards do not depend on
 * how shared/methods splits its files.
 */
import type { Text } from '../i18n';
import { text } from '../i18n';
import { KEY_QUESTIONS } from '../methods/key-questions';
import { LADDERS, lostStage } from '../methods/ladders';
import { TAS } from '../methods/tas';
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

// TEMPORARY until shared/methods/not-in-control.ts lands.
const SIGNS: readonly SignView[] = [
  { id: 'calls', label: text('Calls are not returned', '电话不回') },
  { id: 'information', label: text('No access to information', '拿不到信息') },
  { id: 'slanted', label: text('Criteria slanted toward a rival', '标准偏向对手') },
  { id: 'changing', label: text('Criteria keep changing', '标准不断变化') },
  { id: 'delays', label: text('Delays', '一再拖延') },
  { id: 'budget', label: text('The budget disappears', '预算消失') },
  { id: 'probing', label: text('The customer probes your weaknesses', '客户追问你的弱点') },
  { id: 'players', label: text('Players change', '关键人物变动') },
  { id: 'meetings', label: text('Meetings cancelled or delegated', '会议被取消或委派他人') },
  { id: 'price', label: text('The customer is preoccupied with price', '客户只关心价格') },
  { id: 'insider', label: text('No inside support', '没有内部支持者') },
  { id: 'unsure', label: text('You don’t know whether you are winning', '不知道自己是否领先') },
];

export function notInControlSigns(): readonly SignView[] {
  return SIGNS;
}

export function notInControlSignCount(): number {
  return SIGNS.length;
}

export interface StatementView {
  readonly id: number;
  readonly title: Text;
  readonly slots: readonly { readonly id: string; readonly label: Text }[];
  readonly sentence: Text;
}

// TEMPORARY until shared/methods/value-statements.ts lands.
const STATEMENTS: readonly StatementView[] = [
  {
    id: 1,
    title: text('Initiative and outcome', '业务举措与成果'),
    slots: [
      { id: 'initiative', label: text('Business initiative', '业务举措') },
      { id: 'outcome', label: text('Measurable outcome', '可衡量的成果') },
      { id: 'solution', label: text('Our solution', '我方方案') },
    ],
    sentence: text('To support {initiative} and reach {outcome}, we provide {solution}.', '为支持{initiative}并实现{outcome}，我们提供{solution}。'),
  },
  {
    id: 2,
    title: text('Similar customer', '同类客户'),
    slots: [
      { id: 'customer', label: text('Similar customer', '同类客户') },
      { id: 'value', label: text('Value delivered there', '已交付的价值') },
    ],
    sentence: text('For {customer} we delivered {value}.', '我们为{customer}实现了{value}。'),
  },
];

export function valueStatements(): readonly StatementView[] {
  return STATEMENTS;
}

export function valueStatementIds(): number[] {
  return STATEMENTS.map((statement) => statement.id);
}

export function lostStageLabel(): Text {
  return lostStage.label;
}
