import { evidencedStage, stageTable } from '../scoring';
import type { DealAsRead, DealUpdate, FunnelReview, PipelineDeal, PipelineView } from '../workbook/backend';
import type { SaveConflict } from '../workbook/save-conflict';

/**
 * The Update-a-deal wizard as a pure reducer: pick a row, choose a stage; moving to another stage
 * asks for that stage's proof and the four funnel review questions and records the date the stage
 * was entered. The evidenced stage is derived from the proof ticks and shown beside the claim.
 */

export type DealStep = 'pick' | 'stage' | 'proof' | 'review' | 'confirm';

export interface DealState {
  /** False until the backend has answered once: "no pipeline" is only said after looking. */
  readonly loaded: boolean;
  readonly view: PipelineView | null;
  /** Sheet row of the chosen deal. */
  readonly row: number | null;
  readonly stage: string;
  readonly proofs: readonly boolean[];
  readonly review: FunnelReview;
  /** ISO date the new stage is recorded as entered. */
  readonly stageEntered: string;
  /** Today's ISO date as the view last told the reducer (reducers never read the clock). */
  readonly today: string;
  readonly step: DealStep;
  /** Set after a successful update, cleared by the next edit. */
  readonly updated: boolean;
  /** The rep chose to keep the row's Next step rather than replace it with the review's answer. */
  readonly keepNextStep?: boolean;
  /** Cells someone else changed since the deals were read: the save was refused and the rep chooses. */
  readonly conflicts?: readonly SaveConflict[];
  /** The deal's row changed outside the pane while the rep had unsaved changes: they stay until the rep reloads. */
  readonly sheetChanged?: boolean;
  /** The customer's buying step the rep has evidence of, in the sheet's dropdown words ('' for none). */
  readonly buyingStep?: string;
}

export type DealAction =
  | { readonly type: 'loaded'; readonly view: PipelineView | null }
  | { readonly type: 'pick'; readonly row: number; readonly today: string }
  | { readonly type: 'chooseStage'; readonly stage: string }
  | { readonly type: 'toggleProof'; readonly index: number }
  | { readonly type: 'review'; readonly field: keyof FunnelReview; readonly text: string }
  | { readonly type: 'setEntered'; readonly date: string }
  | { readonly type: 'keepNextStep'; readonly keep: boolean }
  | { readonly type: 'chooseBuyingStep'; readonly step: string }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'updated'; readonly view: PipelineView }
  /** The deals read again after the workbook changed outside the pane. */
  | { readonly type: 'sheetRead'; readonly view: PipelineView | null }
  /** The rep drops unsaved changes for the row as the sheet now holds it, on the step they are on. */
  | { readonly type: 'reload'; readonly view: PipelineView | null }
  | { readonly type: 'conflict'; readonly conflicts: readonly SaveConflict[] };

const EMPTY_REVIEW: FunnelReview = { finished: '', evidence: '', doingNow: '', preparingNext: '' };

export const INITIAL_DEAL_STATE: DealState = {
  loaded: false,
  view: null,
  row: null,
  stage: '',
  proofs: [],
  review: EMPTY_REVIEW,
  stageEntered: '',
  today: '',
  step: 'pick',
  updated: false,
};

export function selectedDeal(state: DealState): PipelineDeal | null {
  if (!state.view || state.row === null) return null;
  return state.view.deals.find((deal) => deal.row === state.row) ?? null;
}

function sameStage(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** True once the chosen stage differs from the sheet's: only then are proof and review asked. */
export function stageChanges(state: DealState): boolean {
  const deal = selectedDeal(state);
  return deal !== null && !sameStage(deal.stage, state.stage);
}

export function dealSteps(state: DealState): readonly DealStep[] {
  if (selectedDeal(state) === null) return ['pick'];
  return stageChanges(state) ? ['pick', 'stage', 'proof', 'review', 'confirm'] : ['pick', 'stage', 'confirm'];
}

/** Position of a stage code on the ladder (case-insensitive), or -1 (unknown codes and LOST). */
export function stageIndex(view: PipelineView, code: string): number {
  return view.stages.findIndex((stage) => sameStage(stage.code, code));
}

export interface StageClaimCheck {
  readonly claimed: string;
  /** Code of the evidenced stage, or null when no proof is ticked. */
  readonly evidenced: string | null;
  /** The claim sits above the evidence: the manager's first question, so the UI always shows it. */
  readonly claimedAboveEvidence: boolean;
}

/** A claimed stage set against the proofs ticked for it. */
export function stageClaim(view: PipelineView, claimed: string, proofs: readonly boolean[]): StageClaimCheck {
  const table = stageTable(view.ladder);
  // One tick per stage of the view; the scoring core counts the same ladder.
  const evidenced = table.stages.length === proofs.length ? evidencedStage(table, proofs) : null;
  const evidencedIndex = evidenced ? stageIndex(view, evidenced.code) : -1;
  const claimedIndex = stageIndex(view, claimed);
  return {
    claimed,
    evidenced: evidencedIndex >= 0 ? view.stages[evidencedIndex].code : null,
    claimedAboveEvidence: claimedIndex > evidencedIndex,
  };
}

export function checkStageClaim(state: DealState): StageClaimCheck | null {
  const view = state.view;
  if (!view || selectedDeal(state) === null) return null;
  return stageClaim(view, state.stage, state.proofs);
}

/** The same check for a deal as the sheet holds it, for the list the rep picks from. */
export function dealClaim(view: PipelineView, deal: PipelineDeal): StageClaimCheck {
  return stageClaim(view, deal.stage, proofsOf(view, deal));
}

/** The proof ticks of a deal, one per ladder stage (a sheet with fewer columns reads as unticked). */
function proofsOf(view: PipelineView, deal: PipelineDeal): boolean[] {
  return view.stages.map((_, index) => deal.proofs[index] === true);
}

function move(state: DealState, delta: number): DealState {
  const steps = dealSteps(state);
  const at = steps.indexOf(state.step);
  const next = steps[Math.max(0, Math.min(steps.length - 1, (at < 0 ? 0 : at) + delta))];
  return { ...state, step: next };
}

export function dealReducer(state: DealState, action: DealAction): DealState {
  switch (action.type) {
    case 'loaded':
      return { ...INITIAL_DEAL_STATE, loaded: true, view: action.view };
    case 'pick': {
      const deal = state.view?.deals.find((candidate) => candidate.row === action.row);
      if (!state.view || !deal) return state;
      return {
        ...state,
        row: deal.row,
        stage: deal.stage,
        proofs: proofsOf(state.view, deal),
        review: EMPTY_REVIEW,
        // A stage move is dated today unless the rep says otherwise; an unchanged stage keeps the sheet's date.
        stageEntered: deal.stageEntered || action.today,
        step: 'stage',
        updated: false,
        conflicts: [],
        keepNextStep: false,
        today: action.today,
        buyingStep: deal.buyingStep ?? '',
      };
    }
    case 'chooseStage': {
      const deal = selectedDeal(state);
      if (!deal) return state;
      const entered = sameStage(deal.stage, action.stage) ? deal.stageEntered || state.today : state.today;
      return { ...state, stage: action.stage, stageEntered: entered, updated: false };
    }
    case 'toggleProof': {
      if (action.index < 0 || action.index >= state.proofs.length) return state;
      return { ...state, proofs: state.proofs.map((tick, i) => (i === action.index ? !tick : tick)), updated: false };
    }
    case 'review':
      return { ...state, review: { ...state.review, [action.field]: action.text }, updated: false };
    case 'setEntered':
      return { ...state, stageEntered: action.date, updated: false };
    case 'keepNextStep':
      return { ...state, keepNextStep: action.keep, updated: false };
    case 'chooseBuyingStep':
      return { ...state, buyingStep: action.step, updated: false };
    case 'next':
      return move(state, 1);
    case 'back':
      return move(state, -1);
    case 'conflict':
      return { ...state, conflicts: action.conflicts, updated: false, sheetChanged: undefined };
    case 'sheetRead': {
      if (!state.loaded || (state.conflicts?.length ?? 0) > 0) return state;
      const deal = selectedDeal(state);
      if (deal === null) return dealReducer(state, { type: 'loaded', view: action.view });
      // Another pipeline is active now: the picked deal's save still compares with its row.
      if (action.view?.sheetName !== state.view?.sheetName) return state;
      const now = action.view?.deals.find((candidate) => candidate.row === deal.row && candidate.id === deal.id);
      if (now && JSON.stringify(asRead(now)) === JSON.stringify(asRead(deal))) return { ...state, view: action.view };
      if (dealEdited(state)) return { ...state, sheetChanged: true };
      return repicked(state, action.view);
    }
    case 'reload':
      return repicked(state, action.view);
    case 'updated': {
      const deal = action.view.deals.find((candidate) => candidate.row === state.row);
      return {
        ...state,
        conflicts: [],
        sheetChanged: undefined,
        view: action.view,
        proofs: deal ? proofsOf(action.view, deal) : state.proofs,
        stage: deal ? deal.stage : state.stage,
        buyingStep: deal ? (deal.buyingStep ?? '') : state.buyingStep,
        updated: true,
      };
    }
  }
}

function asRead(deal: PipelineDeal): DealAsRead {
  return { stage: deal.stage, stageEntered: deal.stageEntered, nextStep: deal.nextStep, evidence: deal.evidence, proofs: deal.proofs, buyingStep: deal.buyingStep };
}

/** True when the rep changed the picked deal in the wizard since it was read or updated. */
export function dealEdited(state: DealState): boolean {
  const deal = selectedDeal(state);
  if (!deal || !state.view || state.updated) return false;
  const review = Object.values(state.review).some((answer) => answer.trim() !== '');
  return stageChanges(state) || JSON.stringify(state.proofs) !== JSON.stringify(proofsOf(state.view, deal)) || review || state.keepNextStep === true || buyingStepChanges(state);
}

/** The same deal picked again from a fresh view, on the step the rep is on; back to the list when its row holds another deal now. */
function repicked(state: DealState, view: PipelineView | null): DealState {
  const deal = selectedDeal(state);
  const fresh = deal ? view?.deals.find((candidate) => candidate.row === deal.row && candidate.id === deal.id) : undefined;
  const loaded = dealReducer(state, { type: 'loaded', view });
  if (!fresh) return loaded;
  const picked = dealReducer(loaded, { type: 'pick', row: fresh.row, today: state.today });
  return { ...picked, step: dealSteps(picked).includes(state.step) ? state.step : 'stage' };
}

/** True when the rep picked another buying step than the sheet holds (only for a table with the column). */
export function buyingStepChanges(state: DealState): boolean {
  const deal = selectedDeal(state);
  return deal !== null && deal.buyingStep !== undefined && state.buyingStep !== undefined && state.buyingStep.trim() !== deal.buyingStep.trim();
}

/** The update the backend writes; null until a deal is picked. */
export function dealUpdate(state: DealState, overwrite = false): DealUpdate | null {
  const deal = selectedDeal(state);
  if (!state.view || !deal) return null;
  return {
    sheetName: state.view.sheetName,
    row: deal.row,
    dealId: deal.id,
    stage: state.stage,
    proofs: state.proofs,
    review: state.review,
    stageEntered: stageChanges(state) ? state.stageEntered : deal.stageEntered,
    read: deal,
    ...(state.keepNextStep ? { keepNextStep: true } : {}),
    ...(buyingStepChanges(state) ? { buyingStep: state.buyingStep } : {}),
    ...(state.conflicts && state.conflicts.length > 0 && overwrite ? { overwrite: true } : {}),
  };
}

/**
 * The Next step cell as the update would leave it: null when the update leaves it alone (blank
 * answer, the same text, or the rep keeps the old one), else the old and new text to show before writing.
 */
export function nextStepChange(state: DealState): { readonly before: string; readonly after: string; readonly kept: boolean } | null {
  const deal = selectedDeal(state);
  const answer = state.review.preparingNext.trim();
  if (!deal || answer === '' || answer === deal.nextStep.trim()) return null;
  return { before: deal.nextStep, after: answer, kept: state.keepNextStep === true };
}
