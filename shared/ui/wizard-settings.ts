import type { WorkbookSettings } from '../workbook/backend';
import type { SaveConflict } from '../workbook/save-conflict';

/** The Settings panel as a pure reducer: a draft edited against what the workbook holds. */

export interface SettingsState {
  readonly saved: WorkbookSettings | null;
  readonly draft: WorkbookSettings | null;
  readonly justSaved: boolean;
  /** Settings another manager changed since the panel read them: the save was refused and the manager chooses. */
  readonly conflicts?: readonly SaveConflict[];
}

export type SettingsAction =
  | { readonly type: 'loaded'; readonly settings: WorkbookSettings }
  | { readonly type: 'edit'; readonly patch: Partial<WorkbookSettings> }
  | { readonly type: 'saved'; readonly settings: WorkbookSettings }
  | { readonly type: 'conflict'; readonly conflicts: readonly SaveConflict[] };

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
    case 'conflict':
      return { ...state, conflicts: action.conflicts, justSaved: false };
  }
}

/** The draft as the backend saves it, with the settings the panel read; overwrite only after a refused save. */
export function settingsRequest(state: SettingsState, overwrite = false): WorkbookSettings | null {
  if (!state.draft) return null;
  const plain = (settings: WorkbookSettings): WorkbookSettings => ({ locale: settings.locale, ladder: settings.ladder, currency: settings.currency, sheetName: settings.sheetName });
  return {
    ...plain(state.draft),
    ...(state.saved ? { read: plain(state.saved) } : {}),
    ...(overwrite && (state.conflicts?.length ?? 0) > 0 ? { overwrite: true } : {}),
  };
}

export function settingsChanged(state: SettingsState): boolean {
  return state.draft !== null && JSON.stringify(state.draft) !== JSON.stringify(state.saved);
}
