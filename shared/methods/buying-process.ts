import { text, tr, type Locale, type Text } from '../i18n';
import { CUSTOMER_PROCUREMENT_STEPS, SIGNATURE_SELLING_STEPS } from './stage-work';
import type { LadderId } from './types';

/*
 * The customer's own buying process beside each ladder's selling stages: which step the customer is
 * typically at when a deal reaches a stage, so a rep can record the step the customer has evidently
 * reached and a deal whose customer lags its claimed stage is flagged. Numbered from 1 because reps
 * and dropdowns name a step by its number.
 */

export interface BuyingStep {
  /** 1-based, in the order the customer goes through them. */
  readonly number: number;
  readonly label: Text;
}

export interface BuyingProcess {
  readonly name: Text;
  readonly steps: readonly BuyingStep[];
  /** Stage code → the number of the step the customer is expected to be at in that stage. */
  readonly expected: Readonly<Record<string, number>>;
}

function numbered(labels: readonly Text[]): BuyingStep[] {
  return labels.map((label, i) => ({ number: i + 1, label }));
}

/** Seed 001's customer procurement steps (客户内部采购流程), paired with the milestones step for step. */
const PROCUREMENT = numbered(CUSTOMER_PROCUREMENT_STEPS.map((step) => step.label));

/**
 * Signature Selling's customer buying steps (客户购买步骤) in the seed's order: step 5 is 选择解决方案
 * ("当客户正在: 选择解决方案"), step 6 解除担心并作出决定 ("第六步:成交, 当客户正在: 解除担心并作出决定").
 */
const SIGNATURE_BUYING = numbered(SIGNATURE_SELLING_STEPS.map((step) => step.customerStep));

export const BUYING_PROCESSES: Readonly<Record<LadderId, BuyingProcess>> = {
  MILESTONES: {
    name: text('Customer procurement steps', '客户内部采购流程'),
    steps: PROCUREMENT,
    expected: { G10: 1, G20: 2, E25: 3, D30: 4, C50: 5, B75: 6, A90: 7, S100: 8 },
  },
  // Each stage closes the selling step of the same number, taken while the customer is at that buying step; steps 1 and 7 have no stage.
  SIGNATURE: {
    name: text('Customer buying steps', '客户购买步骤'),
    steps: SIGNATURE_BUYING,
    expected: { Identified: 2, Validated: 3, Qualified: 4, Proposed: 5, Won: 6 },
  },
  // The CES funnel names no buying steps of its own; this pairing with the procurement steps is DealKit's, by what each layer's proof needs the customer to have done.
  FUNNEL: {
    name: text('Customer procurement steps', '客户内部采购流程'),
    steps: PROCUREMENT,
    expected: { L1: 1, L2: 2, L3: 4, L4: 6, L5: 7, SIGNED: 8 },
  },
};

/** "5. 选择解决方案": what the dropdown offers and the sheet holds. */
export function buyingStepWord(step: BuyingStep, locale: Locale): string {
  return `${step.number}. ${tr(step.label, locale)}`;
}

function sameCode(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The step a stage expects on a ladder; undefined for LOST and codes the ladder does not have. */
export function expectedBuyingStep(ladder: LadderId, stageCode: string): BuyingStep | undefined {
  const process = BUYING_PROCESSES[ladder];
  const code = Object.keys(process.expected).find((candidate) => sameCode(candidate, stageCode));
  return code === undefined ? undefined : process.steps[process.expected[code] - 1];
}

const squeeze = (raw: string): string => raw.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * The step a cell names: its leading number ("5", "5.", "5、…") or a step's label in either language;
 * undefined for a blank cell or words that name no step.
 */
export function readBuyingStep(ladder: LadderId, raw: unknown): BuyingStep | undefined {
  if (raw === null || raw === undefined) return undefined;
  const typed = String(raw).normalize('NFKC').trim();
  if (typed === '') return undefined;
  const { steps } = BUYING_PROCESSES[ladder];
  const leading = /^(\d+)(?:[.、:)\s]|$)/.exec(typed);
  if (leading) return steps[Number(leading[1]) - 1];
  const key = squeeze(typed);
  return steps.find((step) => squeeze(step.label.en) === key || squeeze(step.label['zh-CN']) === key);
}

/** How far the customer's evidenced step lags what the stage expects, in steps (0 when on or ahead of it). */
export function buyingStepsBehind(ladder: LadderId, stageCode: string, evidenced: BuyingStep): number {
  const expected = expectedBuyingStep(ladder, stageCode);
  return expected === undefined ? 0 : Math.max(0, expected.number - evidenced.number);
}
