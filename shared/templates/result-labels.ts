/**
 * The texts DealKit functions return, which the templates' traffic lights match on. Taken from the
 * scoring core so a renamed result keeps its colour.
 */
import type { Text } from '../i18n';
import { STRATEGIES } from '../methods/strategy-path';
import { ANSWER_LABELS, VERDICT_LABELS } from '../scoring/assessment';
import { CONTROL_LABELS } from '../scoring/control';
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
  { label: CONTROL_LABELS.inControl, light: 'green' },
  { label: CONTROL_LABELS.atRisk, light: 'amber' },
  { label: CONTROL_LABELS.notInControl, light: 'red' },
];

/** Offensive strategies green, defensive blue, disengage red. */
export const STRATEGY_LIGHTS: readonly LabelLight[] = STRATEGIES.map((s) => ({
  label: s.label,
  light: s.offensive ? 'green' : s.id === 'disengage' ? 'red' : 'blue',
}));
