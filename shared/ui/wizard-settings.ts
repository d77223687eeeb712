import type { StageConversion } from '../pipeline/stage-conversion';
import type { WorkbookSettings } from '../workbook/backend';
import type { AdoptedProbability } from '../workbook/stage-probability-operations';
import type { SaveConflict } from '../workbook/save-conflict';

/** The Settings panel as a pure reducer: a draft edited against what the workbook holds. */

export interface SettingsState {
  readonly saved: WorkbookSettings | null;
  readonly draft: WorkbookSettings | null;
  readonly justSaved: boolean;
  /** Settings another manager changed since the panel read them: the save was refused and the manager chooses. */
  readonly conflicts?: readonly SaveConflict[];
  /**
   * The team's own stage probabilities from the snapshot history, shown beside the ladder's while the
   * manager decides whether to adopt them; absent when the manager is not reviewing them.
   */
  readonly calibration?: StageConversion;
}

export type SettingsAction =
  | { readonly type: 'loaded'; readonly settings: WorkbookSettings }
  | { readonly type: 'edit'; readonly patch: Partial<WorkbookSettings> }
  | { readonly type: 'saved'; readonly settings: WorkbookSettings }
  | { readonly type: 'conflict'; readonly conflicts: readonly SaveConflict[] }
  | { readonly type: 'calibrationRead'; readonly calibration: StageConversion }
  /** The manager declined, or the adopted probabilities were written: the review closes either way. */
  | { readonly type: 'calibrationClosed' };

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
    case 'calibrationRead':
      return { ...state, calibration: action.calibration };
    case 'calibrationClosed': {
      const { calibration: _closed, ...rest } = state;
      return rest;
    }
  }
}

/**
 * What confirming the review writes: each stage whose team figure differs from the ladder's. A stage no
 * deal has closed from has no figure and keeps its probability.
 */
export function adoptionRequest(state: SettingsState): AdoptedProbability[] {
  return (state.calibration?.lines ?? []).flatMap((line) =>
    line.calibrated === null || line.calibrated === line.probability ? [] : [{ code: line.code, from: line.probability, to: line.calibrated }],
  );
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
