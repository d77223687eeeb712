import { text, type Text } from '../i18n';
import { PAIN_ROOT_NEEDS, PPVVC_DEAL_BASICS, PPVVC_SECTIONS } from '../methods/ppvvc-guide';
import { currentQualifyStep, type QualifyState } from './wizard-qualify';

/*
 * Method content the Qualify wizard shows beside a step's criteria. Each PPVVC step says what its
 * sections mean; the checklist is headed by the deal basics and every pain comes back to three root
 * needs, so a rep reads those on the Pain step, where the budget and the timetable are rated, and
 * writes the basics in the sheet's own block.
 */

export interface GuidanceItem {
  readonly id: string;
  readonly label: Text;
  readonly description?: Text;
}

export interface StepGuidance {
  readonly id: 'sections' | 'dealBasics' | 'rootNeeds';
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

const SECTIONS_TITLE = text('What these PPVVC sections ask', '这些 PPVVC 部分关注什么');

/** What the current step shows beside its criteria; none for the other methods and steps. */
export function qualifyStepGuidance(state: QualifyState): readonly StepGuidance[] {
  if (state.method !== 'PPVVC') return [];
  const step = currentQualifyStep(state);
  if (step.kind !== 'question') return [];
  const sections: StepGuidance = { id: 'sections', title: SECTIONS_TITLE, items: PPVVC_SECTIONS.filter((section) => section.group === step.group) };
  return step.group === 'real' ? [sections, DEAL_BASICS, ROOT_NEEDS] : [sections];
}
