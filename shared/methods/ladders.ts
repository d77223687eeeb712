import { text } from '../i18n';
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

/** One stage as a row: code, label in English and Chinese, default probability. */
type StageRow = readonly [code: string, en: string, zh: string, probability: number];

/** Ladders are written as rows and built at load, so the functions script carries them as data, not repeated keys. */
function stages(rows: readonly StageRow[]): readonly Stage[] {
  return rows.map(([code, en, zh, probability]) => ({ code, label: text(en, zh), probability }));
}

/** Project-sales milestones (项目性销售推进流程): eight work steps, each proven by what the customer does. */
const MILESTONE_STAGES = stages([
  ['G10', 'Plan & invite', '客户规划与电话邀约', 0.1],
  ['G20', 'Visit & research', '客户拜访与初步调研', 0.2],
  ['E25', 'Preliminary proposal', '提交初步方案', 0.25],
  ['D30', 'Demo & technical exchange', '方案演示与技术交流', 0.3],
  ['C50', 'Needs analysis & solution design', '需求分析与正式方案设计', 0.5],
  ['B75', 'Project evaluation', '项目评估', 0.75],
  ['A90', 'Commercial negotiation', '商务谈判', 0.9],
  ['S100', 'Signed & handed over', '签约成交并移交实施', 1],
]);

/** Signature Selling's five stages, each closing one of its selling steps (the steps are in stage-work.ts). */
export type SignatureStageCode = 'Identified' | 'Validated' | 'Qualified' | 'Proposed' | 'Won';

const SIGNATURE_STAGES = stages([
  ['Identified', 'Identified', '发现', 0.1],
  ['Validated', 'Validated', '证实', 0.25],
  ['Qualified', 'Qualified', '确认', 0.5],
  ['Proposed', 'Proposed / verbal commitment', '口头承诺', 0.75],
  ['Won', 'Won', '成交', 1],
] satisfies readonly (readonly [SignatureStageCode, string, string, number])[]);

/** CES sales funnel (seed 004): five layers, then signed. Probabilities are ours, not the seed's. */
const FUNNEL_STAGES = stages([
  ['L1', 'Layer 1 – why they buy', '第一层：了解购买原因', 0.1],
  ['L2', 'Layer 2 – judge the odds', '第二层：判断赢率', 0.3],
  ['L3', 'Layer 3 – insider & solution', '第三层：内线与方案', 0.5],
  ['L4', 'Layer 4 – formal consensus', '第四层：正式共识', 0.75],
  ['L5', 'Layer 5 – negotiation', '第五层：谈判签约', 0.9],
  ['SIGNED', 'Signed', '已签约', 1],
]);

export const LADDERS: Readonly<Record<LadderId, Ladder>> = {
  MILESTONES: {
    id: 'MILESTONES',
    stages: MILESTONE_STAGES,
  },
  SIGNATURE: {
    id: 'SIGNATURE',
    stages: SIGNATURE_STAGES,
  },
  FUNNEL: {
    id: 'FUNNEL',
    stages: FUNNEL_STAGES,
  },
};

/** The ladder a new workbook starts with (METHODOLOGY §5). */
export const DEFAULT_LADDER_ID: LadderId = 'MILESTONES';
