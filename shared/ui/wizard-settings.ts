import type { WorkbookSettings } from './backend';

/** The Settings panel as a pure reducer: a draft edited against what the workbook holds. */

export interface SettingsState {
  readonly saved: WorkbookSettings | null;
  readonly draft: WorkbookSettings | null;
  readonly justSaved: boolean;
}

export type SettingsAction =
  | { readonly type: 'loaded'; readonly settings: WorkbookSettings }
  | { readonly type: 'edit'; readonly patch: Partial<WorkbookSettings> }
  | { readonly type: 'saved'; readonly settings: WorkbookSettings };

export const INITIAL_SETTINGS_STATE: SettingsState = { saved: null, draft: null, justSaved: false };

export function settingsReducer(state: SettingsState, action: SettingsAction): SettingsState {
  switch (action.type) {
    case 'loaded':
      return { saved: action.settings, draft: action.settings, justSaved: false };
    case 'edit':
      if (!state.draft) return state;
      return { ...state, draft: { ...state.draft, ...action.patch }, justSaved: false };
    case 'saved':
      return { saved: action.settings, draft: action.settings, justSaved: true };
  }
}

export function settingsChanged(state: SettingsState): boolean {
  return state.draft !== null && JSON.stringify(state.draft) !== JSON.stringify(state.saved);
}
