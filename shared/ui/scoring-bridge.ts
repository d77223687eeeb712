/**
 * The scoring rules the wizards show, gathered in one place so the wizards do not depend on how
 * shared/scoring names its files.
 */
import { text, type Locale, type Text } from '../i18n';
import {
  chooseStrategy,
  CONTROL_LABELS,
  controlStatus,
  strategyInputsFromAssessment,
  type AssessmentResult,
  type ControlStatus,
  type StrategyId,
  type StrategyInputs,
} from '../scoring';
import type { StrategyAnswers } from './backend';
import { valueStatements } from './method-data';

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
}

// The strategies' names and what each means, until shared/methods/strategy-path.ts lands.
const STRATEGY_TEXTS: Readonly<Record<StrategyId, { label: Text; description: Text }>> = {
  frontal: {
    label: text('Frontal', '正面进攻'),
    description: text('Go head-on with the solution and our standing: it takes clear superiority, scale and speed.', '以方案和声誉正面迎战：需要明显的优势、规模和速度。'),
  },
  flanking: {
    label: text('Flanking', '侧面进攻'),
    description: text('Change the rules: move the buying criteria toward our strengths where the rival is weak.', '改变游戏规则：把采购标准引向我方强项、对手弱项。'),
  },
  fragment: {
    label: text('Fragment', '分割'),
    description: text('Take the profitable part we can win and coexist with the rival for the rest.', '拿下能赢且有利可图的一块业务，其余部分与对手共存。'),
  },
  defend: {
    label: text('Defend', '防御'),
    description: text('Protect our position in the account: isolate the rival and insulate our base.', '保护我方在客户中的地位：隔离对手，巩固基础。'),
  },
  develop: {
    label: text('Develop', '开发'),
    description: text('Invest for a later round: delay, build relationships and shape the next opportunity.', '为下一轮投入：拖延时间，建立关系，塑造下一个机会。'),
  },
  disengage: {
    label: text('Disengage', '放弃'),
    description: text('Walk away and spend the effort where it can win.', '放弃该机会，把精力投向能赢的地方。'),
  },
};

export function strategyOf(inputs: StrategyInputs): StrategyView {
  const id = chooseStrategy(inputs);
  return { id, ...STRATEGY_TEXTS[id] };
}

export function strategyPrefill(result: AssessmentResult): StrategyAnswers {
  return strategyInputsFromAssessment(result);
}

// TEMPORARY until shared/scoring/statements.ts lands: the slots in order.
export function filledStatement(id: number, values: readonly string[], locale: Locale): string {
  void locale;
  return valueStatements().some((candidate) => candidate.id === id) ? values.join(' → ') : '';
}
