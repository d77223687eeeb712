import type { CsvExport, CsvFormat, PipelineChange, SnapshotTaken, TeamRollUp } from '../workbook/backend';
import { accuracyReducer, INITIAL_ACCURACY_STATE, type AccuracyAction, type AccuracyState } from './wizard-accuracy';

/** The Team pipeline panel as a pure reducer: roll up, snapshot, compare two snapshots, export a CSV. */

/** Where a running roll-up is: Excel and the playground report each step; an Apps Script call is one request. */
export type TeamProgress = 'request' | 'reading' | 'computing' | 'writing' | 'done';

export interface TeamState {
  /** As typed: 2026-Q4, 2026-11, 2026, or blank for every open deal. */
  readonly period: string;
  readonly dates: readonly string[];
  readonly earlier: string;
  readonly later: string;
  /** The manager chose the earlier date himself (rather than DealKit picking the one before the later). */
  readonly earlierPicked: boolean;
  readonly format: CsvFormat;
  readonly rolledUp: TeamRollUp | null;
  readonly snapshot: SnapshotTaken | null;
  readonly change: PipelineChange | null;
  readonly csv: CsvExport | null;
  /** The running roll-up's step; null when none runs. */
  readonly progress: TeamProgress | null;
  /** Forecast accuracy: period kind, the forecast shown, the last report. */
  readonly accuracy: AccuracyState;
}

export type TeamAction =
  | { readonly type: 'datesLoaded'; readonly dates: readonly string[] }
  | { readonly type: 'setPeriod'; readonly period: string }
  | { readonly type: 'setEarlier'; readonly date: string }
  | { readonly type: 'setLater'; readonly date: string }
  | { readonly type: 'setFormat'; readonly format: CsvFormat }
  | { readonly type: 'rolledUp'; readonly summary: TeamRollUp }
  | { readonly type: 'snapshotTaken'; readonly snapshot: SnapshotTaken }
  | { readonly type: 'compared'; readonly change: PipelineChange }
  | { readonly type: 'exported'; readonly csv: CsvExport }
  | { readonly type: 'progress'; readonly step: TeamProgress | null }
  | { readonly type: 'accuracy'; readonly action: AccuracyAction };

export const INITIAL_TEAM_STATE: TeamState = {
  period: '',
  dates: [],
  earlier: '',
  later: '',
  earlierPicked: false,
  format: 'salesforce',
  rolledUp: null,
  snapshot: null,
  change: null,
  csv: null,
  progress: null,
  accuracy: INITIAL_ACCURACY_STATE,
};

/** The two most recent snapshots are compared unless the manager picks others. */
function withDefaults(state: TeamState, dates: readonly string[]): TeamState {
  const keep = (date: string): boolean => dates.includes(date);
  const later = keep(state.later) ? state.later : (dates[dates.length - 1] ?? '');
  const earlier = keep(state.earlier) ? state.earlier : (dates[Math.max(0, dates.length - 2)] ?? '');
  return { ...state, dates, earlier, later };
}

export function teamReducer(state: TeamState, action: TeamAction): TeamState {
  switch (action.type) {
    case 'datesLoaded':
      return withDefaults(state, action.dates);
    case 'setPeriod':
      return { ...state, period: action.period };
    case 'setEarlier':
      return { ...state, earlier: action.date, earlierPicked: true };
    case 'setLater':
      return { ...state, later: action.date };
    case 'setFormat':
      return { ...state, format: action.format, csv: null };
    case 'rolledUp':
      return { ...state, rolledUp: action.summary, progress: null };
    case 'snapshotTaken': {
      const dates = state.dates.includes(action.snapshot.date) ? state.dates : [...state.dates, action.snapshot.date].sort();
      const next = withDefaults({ ...state, snapshot: action.snapshot }, dates);
      // The snapshot just taken is what a manager compares next: against the one before it, unless the
      // manager picked an earlier date himself.
      const later = action.snapshot.date;
      const before = dates[dates.indexOf(later) - 1] ?? '';
      const earlier = state.earlierPicked && next.earlier !== '' && next.earlier < later ? next.earlier : before;
      return { ...next, earlier, later };
    }
    case 'compared':
      return { ...state, change: action.change };
    case 'exported':
      return { ...state, csv: action.csv };
    case 'progress':
      // A step arriving after the roll-up finished (a late host callback) must not bring the line back.
      if (action.step !== null && action.step !== 'request' && state.progress === null) return state;
      return { ...state, progress: action.step };
    case 'accuracy':
      return { ...state, accuracy: accuracyReducer(state.accuracy, action.action) };
  }
}

/** Comparing needs two different dates, the earlier one first. */
export function canCompare(state: TeamState): boolean {
  return state.earlier !== '' && state.later !== '' && state.earlier < state.later;
}
