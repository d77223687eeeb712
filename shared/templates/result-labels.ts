/**
 * The texts DealKit functions return, which the templates' traffic lights match on. Taken from the
 * scoring core so a renamed result keeps its colour.
 */
import { text, type Text } from '../i18n';
import { ANSWER_LABELS, VERDICT_LABELS } from '../scoring/assessment';
import type { Light } from './palette';

export interface LabelLight {
  readonly label: Text;
  readonly light: Light;
}

export const VERDICT_LIGHTS: readonly LabelLight[] = [
  { label: VERDICT_LABELS.pursue, light: 'green' },
  { label: VERDICT_LABELS.qualifyFurther, light: 'amber' },
  { label: VERDICT_LABELS.walkAway, light: 'red' },
];

export const ANSWER_LIGHTS: readonly LabelLight[] = [
  { label: ANSWER_LABELS.yes, light: 'green' },
  { label: ANSWER_LABELS.unknown, light: 'amber' },
  { label: ANSWER_LABELS.no, light: 'red' },
];

export const CONTROL_LIGHTS: readonly LabelLight[] = [
  { label: text('In control', '可控'), light: 'green' },
  { label: text('At risk', '有风险'), light: 'amber' },
  { label: text('Not in control', '失控'), light: 'red' },
];

export const STRATEGY_LIGHTS: readonly LabelLight[] = [
  { label: text('Frontal', '正面进攻'), light: 'green' },
  { label: text('Flanking', '侧面进攻'), light: 'green' },
  { label: text('Fragment', '分割'), light: 'green' },
  { label: text('Defend', '防御'), light: 'blue' },
  { label: text('Develop', '开发'), light: 'blue' },
  { label: text('Disengage', '放弃'), light: 'red' },
];
