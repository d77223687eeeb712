import type { Locale } from '../i18n';
import { actionOfferReducer, INITIAL_ACTION_OFFER, type ActionOfferAction, type ActionOfferState } from './action-offer';
import { dealReducer, INITIAL_DEAL_STATE, type DealAction, type DealState } from './wizard-deal';
import { INITIAL_INSERT_STATE, insertReducer, type InsertAction, type InsertState } from './wizard-insert';
import { INITIAL_QUALIFY_STATE, qualifyReducer, type QualifyAction, type QualifyState } from './wizard-qualify';
import { INITIAL_SETTINGS_STATE, settingsReducer, type SettingsAction, type SettingsState } from './wizard-settings';
import { INITIAL_TEAM_STATE, teamReducer, type TeamAction, type TeamState } from './wizard-team';
import { INITIAL_VALUE_STATE, valueReducer, type ValueAction, type ValueState } from './wizard-value';

/** The whole task pane / sidebar state: which panel is open, the language, the busy flag and each wizard. */

export type Panel = 'home' | 'qualify' | 'value' | 'deal' | 'templates' | 'team' | 'settings';
export const PANELS: readonly Panel[] = ['home', 'qualify', 'value', 'deal', 'templates', 'team', 'settings'];

export interface AppState {
  readonly locale: Locale;
  readonly panel: Panel;
  /** How many backend calls are under way; the view is busy while it is above 0. */
  readonly pending: number;
  /** The last backend failure, shown in the error banner until dismissed or the next call succeeds. */
  readonly error: string | null;
  /** A short confirmation of the last successful write. */
  readonly notice: string | null;
  /**
   * The pane was switched to this language while the workbook's Settings hold another: the pane asks
   * whether the workbook (the language its formulas answer in) switches too.
   */
  readonly languageOffer: Locale | null;
  readonly qualify: QualifyState;
  readonly value: ValueState;
  readonly deal: DealState;
  readonly insert: InsertState;
  readonly settings: SettingsState;
  readonly team: TeamState;
  /** Adding actions to a deal's action list, offered by the Qualify and Update-a-deal wizards. */
  readonly actions: ActionOfferState;
}

export type AppAction =
  | { readonly type: 'setLocale'; readonly locale: Locale }
  | { readonly type: 'offerWorkbookLanguage'; readonly locale: Locale }
  | { readonly type: 'closeWorkbookLanguageOffer' }
  | { readonly type: 'open'; readonly panel: Panel }
  | { readonly type: 'callStarted' }
  | { readonly type: 'callSucceeded'; readonly notice?: string }
  | { readonly type: 'callFailed'; readonly message: string }
  | { readonly type: 'dismissError' }
  | { readonly type: 'qualify'; readonly action: QualifyAction }
  | { readonly type: 'value'; readonly action: ValueAction }
  | { readonly type: 'deal'; readonly action: DealAction }
  | { readonly type: 'insert'; readonly action: InsertAction }
  | { readonly type: 'settings'; readonly action: SettingsAction }
  | { readonly type: 'team'; readonly action: TeamAction }
  | { readonly type: 'actions'; readonly action: ActionOfferAction };

export function initialAppState(locale: Locale = 'en', panel: Panel = 'home'): AppState {
  return {
    locale,
    panel,
    pending: 0,
    error: null,
    notice: null,
    languageOffer: null,
    qualify: INITIAL_QUALIFY_STATE,
    value: INITIAL_VALUE_STATE,
    deal: INITIAL_DEAL_STATE,
    insert: INITIAL_INSERT_STATE,
    settings: INITIAL_SETTINGS_STATE,
    team: INITIAL_TEAM_STATE,
    actions: INITIAL_ACTION_OFFER,
  };
}

/** Menus and start-up scripts name panels as text: unknown ones open home. */
export function parsePanel(raw: unknown): Panel {
  return PANELS.find((panel) => panel === raw) ?? 'home';
}

export function isBusy(state: AppState): boolean {
  return state.pending > 0;
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'setLocale':
      // An offer for the other language is moot once the pane speaks the workbook's language again.
      return { ...state, locale: action.locale, languageOffer: state.languageOffer === action.locale ? state.languageOffer : null };
    case 'offerWorkbookLanguage':
      return state.locale === action.locale ? { ...state, languageOffer: action.locale } : state;
    case 'closeWorkbookLanguageOffer':
      return { ...state, languageOffer: null };
    case 'open':
      return { ...state, panel: action.panel, notice: null, actions: actionOfferReducer(state.actions, { type: 'reset' }) };
    case 'callStarted':
      return { ...state, pending: state.pending + 1, notice: null };
    case 'callSucceeded':
      return { ...state, pending: Math.max(0, state.pending - 1), error: null, notice: action.notice ?? state.notice };
    case 'callFailed':
      return { ...state, pending: Math.max(0, state.pending - 1), error: action.message };
    case 'dismissError':
      return { ...state, error: null };
    case 'qualify':
      return { ...state, qualify: qualifyReducer(state.qualify, action.action) };
    case 'value':
      return { ...state, value: valueReducer(state.value, action.action) };
    case 'deal':
      return { ...state, deal: dealReducer(state.deal, action.action) };
    case 'insert':
      return { ...state, insert: insertReducer(state.insert, action.action) };
    case 'settings':
      return { ...state, settings: settingsReducer(state.settings, action.action) };
    case 'team':
      return { ...state, team: teamReducer(state.team, action.action) };
    case 'actions':
      return { ...state, actions: actionOfferReducer(state.actions, action.action) };
  }
}
