import type { ValueAnswers, ValueSheetRest } from '../workbook/backend';
import { valueStatementIds } from '../workbook/method-data';
import { readNumberText } from '../numbers/read-number';
import { trackSave, withSaveCheck, type SaveConflict } from '../workbook/save-conflict';
import { slotKey } from '../workbook/value-sheet';
import type { DealOption } from './deal-choice';

/**
 * The Build-a-value-proposition wizard as a pure reducer: one step per value statement (its slots),
 * then the benefit / cost figures per period, then the summary. Statements, net value, ROI and
 * payback are derived live (value-live.ts), never stored.
 */

export type ValueStep = { readonly kind: 'statement'; readonly statementId: number } | { readonly kind: 'figures' } | { readonly kind: 'summary' };

export interface ValueState {
  readonly step: number;
  readonly slots: Readonly<Record<string, string>>;
  /** Figures as typed, so a half-typed number is never lost; parsed when used. */
  readonly benefits: readonly string[];
  readonly costs: readonly string[];
  readonly risks: string;
  /** The Deal ID the sheet carries, picked from the rep's pipeline or a new deal's; '' for none yet. */
  readonly dealId: string;
  /** The rep's pipeline deals the Deal ID is picked from (empty until listed, or without a pipeline). */
  readonly dealOptions: readonly DealOption[];
  readonly sheetName: string | null;
  readonly resumed: boolean;
  readonly dirty: boolean;
  /** The sheet's rows the wizard does not edit, as last read: counted in the live figures. */
  readonly rest?: ValueSheetRest;
  /** The figures as last read from or saved to sheetName: a save is compared against them. */
  readonly read?: ValueRead;
  /** Cells someone else changed since that read: the save was refused and the rep chooses. */
  readonly conflicts?: readonly SaveConflict[];
  /** The sheet changed outside the pane while the rep had unsaved figures: they stay until the rep reloads. */
  readonly sheetChanged?: boolean;
}

type ValueRead = NonNullable<ValueAnswers['read']>;

export type ValueAction =
  | { readonly type: 'slot'; readonly statementId: number; readonly slotId: string; readonly text: string }
  | { readonly type: 'figure'; readonly kind: 'benefits' | 'costs'; readonly period: number; readonly text: string }
  | { readonly type: 'risks'; readonly text: string }
  | { readonly type: 'periods'; readonly count: number }
  | { readonly type: 'chooseDeal'; readonly dealId: string }
  /** The rep's pipeline deals, listed when the wizard opens. */
  | { readonly type: 'dealsListed'; readonly options: readonly DealOption[] }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'goTo'; readonly step: number }
  | { readonly type: 'resume'; readonly answers: ValueAnswers }
  /** The wizard's sheet read again after the workbook changed outside the pane. */
  | { readonly type: 'sheetRead'; readonly answers: ValueAnswers }
  /** The rep drops unsaved figures for the sheet's, on the step they are on. */
  | { readonly type: 'reload'; readonly answers: ValueAnswers }
  | { readonly type: 'saved'; readonly sheetName: string }
  | { readonly type: 'conflict'; readonly conflicts: readonly SaveConflict[] }
  /** The rep keeps the sheet's values: the wizard's unsaved figures give way to the next read. */
  | { readonly type: 'keepSheet' };

/** Year 0 (the investment) and three years after it, as the value-proposition sheet starts. */
export const DEFAULT_PERIODS = 4;
/** The sheet's cash-flow table runs from year 0 to year 5. */
export const MAX_PERIODS = 6;
export const MIN_PERIODS = 2;

export const INITIAL_VALUE_STATE: ValueState = {
  step: 0,
  slots: {},
  benefits: Array<string>(DEFAULT_PERIODS).fill(''),
  costs: Array<string>(DEFAULT_PERIODS).fill(''),
  risks: '',
  dealId: '',
  dealOptions: [],
  sheetName: null,
  resumed: false,
  dirty: false,
};

export function valueSteps(): readonly ValueStep[] {
  return [...valueStatementIds().map((statementId) => ({ kind: 'statement' as const, statementId })), { kind: 'figures' }, { kind: 'summary' }];
}

/**
 * A figure as typed in the pane: blank is 0 (an empty period); otherwise the product's one number
 * reader with `.` as the decimal mark, so 12,000 and 12 000 are twelve thousand, and 1,5 — which
 * could be either — is not a number: the live summary says so instead of guessing.
 */
export function parseFigure(raw: string): number | null {
  if (raw.trim() === '') return 0;
  const reading = readNumberText(raw, { decimalMark: '.' });
  return reading.ok ? reading.value : null;
}

function resized(values: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => values[i] ?? '');
}

function clampStep(step: number): number {
  return Math.max(0, Math.min(valueSteps().length - 1, step));
}

/** The pipeline's deals stay listed whatever the wizard does, until they are listed again. */
export function valueReducer(state: ValueState, action: ValueAction): ValueState {
  if (action.type === 'dealsListed') return { ...state, dealOptions: action.options };
  const next = figuresReducer(state, action);
  return next.dealOptions === state.dealOptions ? next : { ...next, dealOptions: state.dealOptions };
}

function figuresReducer(state: ValueState, action: Exclude<ValueAction, { type: 'dealsListed' }>): ValueState {
  switch (action.type) {
    case 'slot':
      return { ...state, slots: { ...state.slots, [slotKey(action.statementId, action.slotId)]: action.text }, dirty: true };
    case 'figure': {
      const list = state[action.kind];
      if (action.period < 0 || action.period >= list.length) return state;
      return { ...state, [action.kind]: list.map((old, i) => (i === action.period ? action.text : old)), dirty: true };
    }
    case 'risks':
      return { ...state, risks: action.text, dirty: true };
    case 'chooseDeal':
      return action.dealId === state.dealId ? state : { ...state, dealId: action.dealId, dirty: true };
    case 'periods': {
      if (!Number.isFinite(action.count)) return state;
      const count = Math.max(MIN_PERIODS, Math.min(MAX_PERIODS, Math.floor(action.count)));
      return { ...state, benefits: resized(state.benefits, count), costs: resized(state.costs, count), dirty: true };
    }
    case 'next':
      return { ...state, step: clampStep(state.step + 1) };
    case 'back':
      return { ...state, step: clampStep(state.step - 1) };
    case 'goTo':
      return { ...state, step: clampStep(action.step) };
    case 'resume':
      // Reopening the wizard reads the sheet again; figures not saved yet are the rep's work and win.
      if (state.dirty) return state;
      return resumed(action.answers, 0);
    case 'sheetRead': {
      // Another sheet is active, or the rep is choosing between the sheet's values and theirs: the save still compares.
      if (action.answers.sheetName !== state.sheetName || (state.conflicts?.length ?? 0) > 0) return state;
      const rest = action.answers.rest ? { rest: action.answers.rest } : {};
      // Rows the wizard does not edit only feed its live figures: taking them loses nothing of the rep's.
      if (sameRead(readOf(action.answers), state.read)) return { ...state, ...rest };
      if (state.dirty) return { ...state, ...rest, sheetChanged: true };
      return { ...resumed(action.answers, state.step), resumed: state.resumed };
    }
    case 'reload':
      // Only the wizard's own sheet: another one may be active by the time the rep clicks.
      if (action.answers.sheetName !== state.sheetName) return state;
      return { ...resumed(action.answers, state.step), resumed: state.resumed };
    case 'saved':
    case 'conflict':
    case 'keepSheet':
      return { ...trackSave(state, action, plainAnswers), sheetChanged: undefined };
  }
}

function readOf(answers: ValueAnswers): ValueRead {
  return {
    sheetName: answers.sheetName,
    slots: answers.slots,
    benefits: answers.benefits,
    costs: answers.costs,
    risks: answers.risks,
    ...(answers.dealId === undefined ? {} : { dealId: answers.dealId }),
  };
}

/** Figures as a save writes them: a blank slot is no slot, a missing period is 0. */
function sameRead(a: ValueRead, b: ValueRead | undefined): boolean {
  if (b === undefined) return false;
  const slots = (read: ValueRead) => Object.entries(read.slots).filter(([, value]) => value.trim() !== '');
  const figures = (values: readonly number[]) =>
    values.slice(
      0,
      values.reduce((last, value, i) => (value !== 0 ? i + 1 : last), 0),
    );
  const plain = (read: ValueRead) => JSON.stringify([read.sheetName, slots(read).sort(), figures(read.benefits), figures(read.costs), read.risks, read.dealId ?? '']);
  return plain(a) === plain(b);
}

/** The wizard on `step` with the figures as a sheet holds them, and those figures as what a save compares with. */
function resumed(answers: ValueAnswers, step: number): ValueState {
  const count = Math.max(MIN_PERIODS, Math.min(MAX_PERIODS, Math.max(answers.benefits.length, answers.costs.length)));
  return {
    step: clampStep(step),
    slots: { ...answers.slots },
    benefits: resized(answers.benefits.map(String), count),
    costs: resized(answers.costs.map(String), count),
    risks: answers.risks === 0 ? '' : String(answers.risks),
    dealId: answers.dealId ?? '',
    dealOptions: [],
    sheetName: answers.sheetName,
    resumed: true,
    dirty: false,
    ...(answers.rest ? { rest: answers.rest } : {}),
    read: readOf(answers),
    conflicts: [],
  };
}

/** The figures as numbers, or the first field that is not a number (so the view can point at it). */
export type ParsedFigures =
  | { readonly ok: true; readonly benefits: readonly number[]; readonly costs: readonly number[]; readonly risks: number }
  | { readonly ok: false; readonly field: 'benefits' | 'costs' | 'risks'; readonly period: number };

export function parsedFigures(state: ValueState): ParsedFigures {
  const parse = (kind: 'benefits' | 'costs'): number[] | number => {
    const numbers: number[] = [];
    for (let i = 0; i < state[kind].length; i += 1) {
      const value = parseFigure(state[kind][i]);
      if (value === null) return i;
      numbers.push(value);
    }
    return numbers;
  };
  const benefits = parse('benefits');
  if (typeof benefits === 'number') return { ok: false, field: 'benefits', period: benefits };
  const costs = parse('costs');
  if (typeof costs === 'number') return { ok: false, field: 'costs', period: costs };
  const risks = parseFigure(state.risks);
  if (risks === null) return { ok: false, field: 'risks', period: 0 };
  return { ok: true, benefits, costs, risks };
}

function plainAnswers(state: ValueState): ValueRead | null {
  const figures = parsedFigures(state);
  if (!figures.ok) return null;
  return { sheetName: state.sheetName, slots: state.slots, benefits: figures.benefits, costs: figures.costs, risks: figures.risks, dealId: state.dealId };
}

/**
 * The answers the backend writes, or null while a figure is not a number, with what the wizard read
 * from the sheet they go to; overwrite only once a save was refused and the rep chose the wizard's figures.
 */
export function valueAnswers(state: ValueState, overwrite = false): ValueAnswers | null {
  const answers = plainAnswers(state);
  if (answers === null) return null;
  return withSaveCheck(answers, state, overwrite);
}
