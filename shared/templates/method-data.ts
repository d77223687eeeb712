/**
 * The method data the templates are built from, gathered in one place so the templates do not depend
 * on how shared/methods splits its files.
 */
import type { Text } from '../i18n';
import { GOAL_POST_STEPS, GOSAT_STEPS, PRIME_TACTICS } from '../methods/planning';

export { LADDERS, lostStage } from '../methods/ladders';
export { stageWork } from '../methods/stage-work';
export { KEY_QUESTIONS } from '../methods/key-questions';
export { QUESTION_SETS as TEMPLATE_QUESTION_SETS } from '../methods/question-sets';
export { PPVVC_SECTIONS } from '../methods/ppvvc-guide';
export { NOT_IN_CONTROL_SIGNS } from '../methods/not-in-control';
export { STRATEGY_GUIDES } from '../methods/strategy-guide';
export { STRATEGIES } from '../methods/strategy-path';
export { ADOPTION_PROFILES, TYPICAL_PAINS_BY_TITLE } from '../methods/key-player-guide';
export { PAIN_ROOT_NEEDS, PPVVC_DEAL_BASICS } from '../methods/ppvvc-guide';
export { ATTITUDES, CONTACT_LEVELS, PLAYER_LAYERS as LAYERS, PROJECT_BUYER_TYPES, SIGNATURE_BUYING_ROLES } from '../methods/key-players';
export { BENEFITS_DECREASE, BENEFITS_INCREASE, COST_CATEGORIES, INVESTMENT_KINDS, type CostCategory } from '../methods/value';
export { TITLED_VALUE_STATEMENTS } from '../methods/value-statement-titles';
export { REFERENCE_STORY_PARTS } from '../methods/reference-story';
export { PAIN_SHEET_BLOCKS, PAIN_SHEET_COLUMNS, PAIN_SHEET_ROWS } from '../methods/pain-sheet';
export { BUSINESS_MODEL_GRADES } from '../methods/business-model';
export { FUNNEL_REVIEW_QUESTIONS } from '../methods/funnel-review';
export { EVALUATION_EVENT_FIELDS, EVALUATION_EVENT_KINDS, OBJECTIVE_PARTS } from '../methods/planning';

/** A checklist line: what the templates need of the method lists they show. */
export interface ChecklistItem {
  readonly id: string;
  readonly label: Text;
  readonly guidance?: Text;
}

/** The plan steps the action plan lists: GOSAT with the CES GoalPOST's Profile after the goal. */
export const PLAN_STEPS: readonly ChecklistItem[] = (() => {
  const profile = GOAL_POST_STEPS.find((step) => step.id === 'profile');
  const steps: ChecklistItem[] = [];
  for (const step of GOSAT_STEPS) {
    steps.push({ id: step.id, label: step.label, guidance: step.description });
    if (step.id === 'goal' && profile) steps.push({ id: profile.id, label: profile.label, guidance: profile.description });
  }
  return steps;
})();

/** PRIME as checklist lines. */
export const PRIME_CHECKLIST: readonly ChecklistItem[] = PRIME_TACTICS.map((t) => ({ id: t.id, label: t.label, guidance: t.description }));
