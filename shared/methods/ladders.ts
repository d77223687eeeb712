import { text, type Text } from '../i18n';
import { LOST_STAGE, type Ladder, type LadderId, type Stage } from './types';

/**
 * The stage a lost deal is moved to on any ladder. It sits outside every ladder's `stages` so that
 * "the last stage is won" and "probabilities rise along the ladder" hold without special cases.
 */
export const lostStage: Stage = {
  code: LOST_STAGE,
  label: text('Lost', '丢单'),
  probability: 0,
};

/** Project-sales milestones (项目性销售推进流程): eight work steps, each proven by what the customer does. */
const MILESTONE_STAGES: readonly Stage[] = [
  {
    code: 'G10',
    label: text('Plan & invite', '客户规划与电话邀约'),
    probability: 0.1,
  },
  {
    code: 'G20',
    label: text('Visit & research', '客户拜访与初步调研'),
    probability: 0.2,
  },
  {
    code: 'E25',
    label: text('Preliminary proposal', '提交初步方案'),
    probability: 0.25,
  },
  {
    code: 'D30',
    label: text('Demo & technical exchange', '方案演示与技术交流'),
    probability: 0.3,
  },
  {
    code: 'C50',
    label: text('Needs analysis & solution design', '需求分析与正式方案设计'),
    probability: 0.5,
  },
  {
    code: 'B75',
    label: text('Project evaluation', '项目评估'),
    probability: 0.75,
  },
  {
    code: 'A90',
    label: text('Commercial negotiation', '商务谈判'),
    probability: 0.9,
  },
  {
    code: 'S100',
    label: text('Signed & handed over', '签约成交并移交实施'),
    probability: 1,
  },
];

/** Signature Selling's five stages, each closing one of its selling steps (the steps are in stage-work.ts). */
export type SignatureStageCode = 'Identified' | 'Validated' | 'Qualified' | 'Proposed' | 'Won';

const SIGNATURE_STAGE_CODES: readonly SignatureStageCode[] = ['Identified', 'Validated', 'Qualified', 'Proposed', 'Won'];

const SIGNATURE_LABELS: Readonly<Record<SignatureStageCode, Text>> = {
  Identified: text('Identified', '发现'),
  Validated: text('Validated', '证实'),
  Qualified: text('Qualified', '确认'),
  Proposed: text('Proposed / verbal commitment', '口头承诺'),
  Won: text('Won', '成交'),
};

const SIGNATURE_PROBABILITIES: Readonly<Record<SignatureStageCode, number>> = {
  Identified: 0.1,
  Validated: 0.25,
  Qualified: 0.5,
  Proposed: 0.75,
  Won: 1,
};

const SIGNATURE_STAGES: readonly Stage[] = SIGNATURE_STAGE_CODES.map((code) => ({
  code,
  label: SIGNATURE_LABELS[code],
  probability: SIGNATURE_PROBABILITIES[code],
}));

/** CES sales funnel (seed 004): five layers, then signed. Probabilities are ours, not the seed's. */
const FUNNEL_STAGES: readonly Stage[] = [
  {
    code: 'L1',
    label: text('Layer 1 – why they buy', '第一层：了解购买原因'),
    probability: 0.1,
  },
  {
    code: 'L2',
    label: text('Layer 2 – judge the odds', '第二层：判断赢率'),
    probability: 0.3,
  },
  {
    code: 'L3',
    label: text('Layer 3 – insider & solution', '第三层：内线与方案'),
    probability: 0.5,
  },
  {
    code: 'L4',
    label: text('Layer 4 – formal consensus', '第四层：正式共识'),
    probability: 0.75,
  },
  {
    code: 'L5',
    label: text('Layer 5 – negotiation', '第五层：谈判签约'),
    probability: 0.9,
  },
  {
    code: 'SIGNED',
    label: text('Signed', '已签约'),
    probability: 1,
  },
];

export const LADDERS: Readonly<Record<LadderId, Ladder>> = {
  MILESTONES: {
    id: 'MILESTONES',
    name: text('Project milestones', '项目性销售里程碑'),
    stages: MILESTONE_STAGES,
  },
  SIGNATURE: {
    id: 'SIGNATURE',
    name: text('Signature Selling stages', 'Signature Selling 销售阶段'),
    stages: SIGNATURE_STAGES,
  },
  FUNNEL: {
    id: 'FUNNEL',
    name: text('CES sales funnel', 'CES 销售漏斗'),
    stages: FUNNEL_STAGES,
  },
};

/** The ladder a new workbook starts with (METHODOLOGY §5). */
export const DEFAULT_LADDER_ID: LadderId = 'MILESTONES';
