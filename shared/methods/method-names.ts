import { text, type Text } from '../i18n';
import type { LadderId, MethodId } from './types';

/*
 * The names panels, sheet titles and the Settings sheet show for each question set and stage ladder.
 * They live apart from the sets and ladders: the functions script, which loads on every workbook
 * open, never shows a name.
 */

export const QUESTION_SET_NAMES: Readonly<Record<MethodId, Text>> = {
  TAS: text('TAS opportunity assessment (20 criteria)', 'TAS 机会评估（20 项标准）'),
  SIGNATURE: text('Signature Selling assessment (22 questions)', 'Signature Selling 商机评估（22 个问题）'),
  PPVVC: text('Pain, Power, Vision, Value, Control checklist', '痛苦、权力、构想、价值、控制 检查清单'),
};

export const LADDER_NAMES: Readonly<Record<LadderId, Text>> = {
  MILESTONES: text('Project milestones', '项目性销售里程碑'),
  SIGNATURE: text('Signature Selling stages', 'Signature Selling 销售阶段'),
  FUNNEL: text('CES sales funnel', 'CES 销售漏斗'),
};
