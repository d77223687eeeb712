import { isoFromSerial, serialFromCell } from '../pipeline/dates';
import type { AddActionsRequest } from '../deals/add-actions';

/**
 * The fields the wizards share when they offer to add actions: which deal (the Qualify wizard may not
 * know it; the Update-a-deal wizard does), the owner (blank: the deal's rep), the due date, and which
 * offers were taken, so a button says it was added and is not clicked twice by mistake.
 */

export interface ActionOfferState {
  readonly dealId: string;
  readonly owner: string;
  /** ISO date; blank until the rep picks one, then a week from today is offered. */
  readonly due: string;
  /** Keys of the offers added since the panel opened. */
  readonly added: readonly string[];
}

export type ActionOfferAction =
  { readonly type: 'field'; readonly field: 'dealId' | 'owner' | 'due'; readonly value: string } | { readonly type: 'added'; readonly key: string } | { readonly type: 'reset' };

export const INITIAL_ACTION_OFFER: ActionOfferState = { dealId: '', owner: '', due: '', added: [] };

/** A week after `todayIso`: the due date offered until the rep picks one. */
export const DEFAULT_DUE_DAYS = 7;

export function defaultDue(todayIso: string): string {
  const today = serialFromCell(todayIso);
  return today === undefined ? todayIso : isoFromSerial(today + DEFAULT_DUE_DAYS);
}

export function actionOfferReducer(state: ActionOfferState, action: ActionOfferAction): ActionOfferState {
  switch (action.type) {
    case 'field':
      return { ...state, [action.field]: action.value };
    case 'added':
      return state.added.includes(action.key) ? state : { ...state, added: [...state.added, action.key] };
    case 'reset':
      // The owner and due date a rep chose carry over; which deal and what was added do not.
      return { ...state, dealId: '', added: [] };
  }
}

/** One offer: what to do and where it came from, under a key the panel knows it by. */
export interface ActionOffer {
  readonly key: string;
  readonly action: string;
  readonly source: string;
}

export function actionRequest(state: ActionOfferState, offer: ActionOffer, where: { readonly dealId?: string; readonly sheetName: string | null }, todayIso: string): AddActionsRequest {
  return {
    dealId: where.dealId ?? state.dealId,
    sheetName: where.sheetName,
    actions: [{ action: offer.action, owner: state.owner, due: state.due || defaultDue(todayIso), source: offer.source }],
  };
}
