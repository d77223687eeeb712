import { text } from '../i18n';
import type { Term } from './types';

/*
 * The vocabularies of a key-player row (METHODOLOGY §3), each in the order a dropdown lists it.
 * Ids match the ones the scoring rules parse; how much each attitude weighs is a scoring setting.
 */

/** A vocabulary written as rows (id, English, Chinese) and built at load: data in the functions script, not repeated keys. */
function terms<Id extends string>(rows: readonly (readonly [Id, string, string])[]): Term<Id>[] {
  return rows.map(([id, en, zh]) => ({ id, label: text(en, zh) }));
}

export type SignatureBuyingRoleId = 'approver' | 'decisionMaker' | 'evaluator' | 'user';

/** Signature Selling buying roles, with the one-letter code used on its key-player charts. */
export interface BuyingRole extends Term<SignatureBuyingRoleId> {
  readonly letter: 'A' | 'D' | 'E' | 'U';
}

export const SIGNATURE_BUYING_ROLES: readonly BuyingRole[] = [
  { id: 'approver', letter: 'A', label: text('Approver (A)', '批准人 (A)') },
  { id: 'decisionMaker', letter: 'D', label: text('Decision maker (D)', '决策人 (D)') },
  { id: 'evaluator', letter: 'E', label: text('Evaluator (E)', '评估人 (E)') },
  { id: 'user', letter: 'U', label: text('User (U)', '用户 (U)') },
];

export type ProjectBuyerTypeId = 'decisionBuyer' | 'financialBuyer' | 'technicalBuyer' | 'userBuyer' | 'evaluator' | 'coach' | 'influencer';

/** Project-sales buyer types (seed 001); one person may play several. What each does is in key-player-guide.ts. */
export const PROJECT_BUYER_TYPES: readonly Term<ProjectBuyerTypeId>[] = terms([
  ['decisionBuyer', 'Decision buyer', '决策买家'],
  ['financialBuyer', 'Financial buyer', '财务买家'],
  ['technicalBuyer', 'Technical buyer', '技术买家'],
  ['userBuyer', 'User buyer', '使用买家'],
  ['evaluator', 'Evaluator', '评估者'],
  ['coach', 'Coach', '教练买家'],
  ['influencer', 'Influencer', '影响力买家'],
]);

export type LayerId = 'decision' | 'management' | 'operational';

export const PLAYER_LAYERS: readonly Term<LayerId>[] = terms([
  ['decision', 'Decision layer', '决策层'],
  ['management', 'Management layer', '管理层'],
  ['operational', 'Operational layer', '操作层'],
]);

export type AttitudeId = 'sponsor' | 'supporter' | 'neutral' | 'nonSupporter' | 'enemy';

/** An attitude toward us, with the short mark key-player charts draw for it (a sponsor has none). */
export interface AttitudeTerm extends Term<AttitudeId> {
  readonly mark?: '+' | '=' | '−' | 'X';
}

/** From most to least favourable. */
export const ATTITUDES: readonly AttitudeTerm[] = [
  { id: 'sponsor', label: text('Sponsor', '主办人') },
  { id: 'supporter', mark: '+', label: text('Supporter', '支持者') },
  { id: 'neutral', mark: '=', label: text('Neutral', '中立者') },
  { id: 'nonSupporter', mark: '−', label: text('Non-supporter', '非支持者') },
  { id: 'enemy', mark: 'X', label: text('Enemy', '敌对者') },
];

export type ContactLevelId = 'none' | 'brief' | 'several' | 'deep';

/** How much contact we have had with the person, from none to deep. */
export const CONTACT_LEVELS: readonly Term<ContactLevelId>[] = terms([
  ['none', 'None', '未接触'],
  ['brief', 'Brief', '暂短接触'],
  ['several', 'Several', '多次接触'],
  ['deep', 'Deep', '深入接触'],
]);
