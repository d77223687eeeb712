import { text, type Text } from '../i18n';
import { PAIN_ROOT_NEEDS, PPVVC_DEAL_BASICS } from '../methods/ppvvc-guide';
import { currentQualifyStep, type QualifyState } from './wizard-qualify';

/*
 * Method content the Qualify wizard shows beside a step's criteria. PPVVC heads its checklist with the
 * deal basics and says every pain comes back to three root needs: a rep reads them on the Pain step,
 * where the budget and the timetable are rated, and writes the basics in the sheet's own block.
 */

export interface GuidanceItem {
  readonly id: string;
  readonly label: Text;
  readonly description?: Text;
}

export interface StepGuidance {
  readonly id: 'dealBasics' | 'rootNeeds';
  readonly title: Text;
  readonly items: readonly GuidanceItem[];
}

const DEAL_BASICS: StepGuidance = {
  id: 'dealBasics',
  title: text('Before you rate: the deal basics (write them in the Deal basics block of the sheet)', '评分之前：商机基本信息（写在工作表的“商机基本信息”栏中）'),
  items: PPVVC_DEAL_BASICS,
};

const ROOT_NEEDS: StepGuidance = {
  id: 'rootNeeds',
  title: text('Every pain comes back to one of three root needs: which one is it here?', '所有痛苦都归结为三个基本需求之一：这里是哪一个？'),
  items: PAIN_ROOT_NEEDS,
};

/** What the current step shows beside its criteria; none for the other methods and steps. */
export function qualifyStepGuidance(state: QualifyState): readonly StepGuidance[] {
  if (state.method !== 'PPVVC') return [];
  const step = currentQualifyStep(state);
  return step.kind === 'question' && step.group === 'real' ? [DEAL_BASICS, ROOT_NEEDS] : [];
}
