/**
 * The scoring rules the wizards show, gathered in one place so the wizards do not depend on how
 * shared/scoring names its files.
 */
import { text, type Locale, type Text } from '../i18n';
import type { AssessmentResult } from '../scoring';
import type { StrategyAnswers, StrategyInputId } from './backend';
import { valueStatements } from './method-data';

export interface ControlView {
  readonly id: 'inControl' | 'atRisk' | 'notInControl';
  readonly label: Text;
}

// TEMPORARY until shared/scoring/control.ts lands.
export function controlOf(ticked: number): ControlView {
  if (ticked >= 3) return { id: 'notInControl', label: text('Not in control', '失控') };
  if (ticked >= 2) return { id: 'atRisk', label: text('At risk', '有风险') };
  return { id: 'inControl', label: text('In control', '可控') };
}

export interface StrategyView {
  readonly id: string;
  readonly label: Text;
  readonly description: Text;
}

// TEMPORARY until shared/scoring/strategy.ts lands.
export function strategyOf(inputs: Readonly<Record<StrategyInputId, boolean>>): StrategyView {
  const pick = (id: string, en: string, zh: string): StrategyView => ({ id, label: text(en, zh), description: text('', '') });
  if (inputs.compelling && inputs.canCompete) {
    if (inputs.lead3to1) return pick('Frontal', 'Frontal', '正面进攻');
    if (inputs.canChangeCriteria) return pick('Flanking', 'Flanking', '侧面进攻');
    if (inputs.canFragment) return pick('Fragment', 'Fragment', '分割');
  }
  if (inputs.positionToProtect) return pick('Defend', 'Defend', '防御');
  if (inputs.futureValue) return pick('Develop', 'Develop', '开发');
  return pick('Disengage', 'Disengage', '放弃');
}

// TEMPORARY until shared/scoring/strategy.ts lands.
export function strategyPrefill(result: AssessmentResult): StrategyAnswers {
  const compete = result.keyQuestions.find((question) => question.id === 'compete');
  const prefill: { -readonly [K in StrategyInputId]?: boolean } = {};
  if (compete && compete.answer !== 'unknown') prefill.canCompete = compete.answer === 'yes';
  if (result.lead) prefill.lead3to1 = result.lead.hasLead;
  return prefill;
}

// TEMPORARY until shared/scoring/statements.ts lands.
export function filledStatement(id: number, values: readonly string[], locale: Locale): string {
  const statement = valueStatements().find((candidate) => candidate.id === id);
  if (!statement) return '';
  let sentence = statement.sentence[locale];
  statement.slots.forEach((slot, i) => {
    sentence = sentence.split(`{${slot.id}}`).join(values[i] ?? '');
  });
  return sentence;
}
