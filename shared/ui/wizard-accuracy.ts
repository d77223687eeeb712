import type { AccuracyPeriodKind } from '../pipeline/forecast-accuracy';
import type { AccuracyReport } from '../workbook/accuracy-report';

/** The Team panel's Forecast accuracy section as a pure reducer: period kind, which forecast to show, the last report. */

/** Which of the three forecasts the table shows: the rep's commit, the weighted figure or the manager's. */
export type AccuracyFigure = 'commit' | 'weighted' | 'manager';
export const ACCURACY_FIGURES: readonly AccuracyFigure[] = ['commit', 'weighted', 'manager'];

export interface AccuracyState {
  readonly kind: AccuracyPeriodKind;
  readonly figure: AccuracyFigure;
  /** The last run's report; cleared when the period kind changes, since it was worked out for the other one. */
  readonly report: AccuracyReport | null;
}

export type AccuracyAction =
  | { readonly type: 'setKind'; readonly kind: AccuracyPeriodKind }
  | { readonly type: 'setFigure'; readonly figure: AccuracyFigure }
  | { readonly type: 'loaded'; readonly report: AccuracyReport };

export const INITIAL_ACCURACY_STATE: AccuracyState = { kind: 'quarter', figure: 'commit', report: null };

export function accuracyReducer(state: AccuracyState, action: AccuracyAction): AccuracyState {
  switch (action.type) {
    case 'setKind':
      return action.kind === state.kind ? state : { ...state, kind: action.kind, report: null };
    case 'setFigure':
      return { ...state, figure: action.figure };
    case 'loaded':
      // The report says which kind it was worked out for; the choice follows it.
      return { ...state, kind: action.report.kind, report: action.report };
  }
}

/** The chosen forecast and its error at one point. */
export function figureAt(
  point: {
    readonly commit: number | null;
    readonly weighted: number | null;
    readonly manager: number | null;
    readonly commitError: number | null;
    readonly weightedError: number | null;
    readonly managerError: number | null;
  },
  figure: AccuracyFigure,
): { readonly forecast: number | null; readonly error: number | null } {
  switch (figure) {
    case 'commit':
      return { forecast: point.commit, error: point.commitError };
    case 'weighted':
      return { forecast: point.weighted, error: point.weightedError };
    case 'manager':
      return { forecast: point.manager, error: point.managerError };
  }
}
