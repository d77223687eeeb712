import type { KeyQuestionId, MethodId, QuestionSet } from '../methods/types';
import { KEY_QUESTION_IDS } from '../methods/types';
import { trackSave, withSaveCheck, type SaveConflict } from '../workbook/save-conflict';
import type { AssessmentAnswers, RatingValue, StrategyAnswers, StrategyInputId } from '../workbook/backend';
import { questionSetFor, notInControlSignCount } from '../workbook/method-data';
import type { DealOption } from './deal-choice';

/**
 * The Qualify-an-opportunity wizard as a pure reducer. The steps are derived from the chosen
 * question set: one step per key question that has criteria, then the not-in-control signs, the
 * competitive-strategy inputs and the result.
 */

export type QualifyStep =
  | { readonly kind: 'method' }
  | { readonly kind: 'question'; readonly group: KeyQuestionId; readonly criteria: readonly number[] }
  | { readonly kind: 'control' }
  | { readonly kind: 'strategy' }
  | { readonly kind: 'result' };

export interface QualifyState {
  readonly method: MethodId | null;
  readonly step: number;
  readonly ours: readonly RatingValue[];
  readonly theirs: readonly RatingValue[];
  readonly notes: readonly string[];
  readonly signs: readonly boolean[];
  readonly strategy: StrategyAnswers;
  /** The Deal ID the sheet carries, picked from the rep's pipeline or a new deal's; '' for none yet. */
  readonly dealId: string;
  /** The rep's pipeline deals the Deal ID is picked from (empty until listed, or without a pipeline). */
  readonly dealOptions: readonly DealOption[];
  /** The sheet the answers were read from; null means saving inserts a new assessment sheet. */
  readonly sheetName: string | null;
  /** True when the answers were read off a filled sheet. */
  readonly resumed: boolean;
  /** Answers changed since the last read or save. */
  readonly dirty: boolean;
  /** The answers as last read from or saved to sheetName: a save is compared against them. */
  readonly read?: AssessmentRead;
  /** Cells someone else changed since that read: the save was refused and the rep chooses. */
  readonly conflicts?: readonly SaveConflict[];
  /** The sheet changed outside the pane while the rep had unsaved answers: they stay until the rep reloads. */
  readonly sheetChanged?: boolean;
}

type AssessmentRead = NonNullable<AssessmentAnswers['read']>;

export type QualifyAction =
  | { readonly type: 'chooseMethod'; readonly method: MethodId }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'goTo'; readonly step: number }
  | { readonly type: 'rate'; readonly index: number; readonly side: 'ours' | 'theirs'; readonly rating: RatingValue }
  | { readonly type: 'note'; readonly index: number; readonly text: string }
  | { readonly type: 'toggleSign'; readonly index: number }
  | { readonly type: 'chooseDeal'; readonly dealId: string }
  /** The rep's pipeline deals, listed when the wizard opens. */
  | { readonly type: 'dealsListed'; readonly options: readonly DealOption[] }
  /** `undefined` returns the input to the value the assessment suggests. */
  | { readonly type: 'answerStrategy'; readonly input: StrategyInputId; readonly value: boolean | undefined }
  | { readonly type: 'resume'; readonly answers: AssessmentAnswers }
  /** The wizard's sheet read again after the workbook changed outside the pane. */
  | { readonly type: 'sheetRead'; readonly answers: AssessmentAnswers }
  /** The rep drops unsaved answers for the sheet's, on the step they are on. */
  | { readonly type: 'reload'; readonly answers: AssessmentAnswers }
  | { readonly type: 'saved'; readonly sheetName: string }
  | { readonly type: 'conflict'; readonly conflicts: readonly SaveConflict[] }
  /** The rep keeps the sheet's values: the wizard's unsaved answers give way to the next read. */
  | { readonly type: 'keepSheet' }
  | { readonly type: 'restart' };

export const INITIAL_QUALIFY_STATE: QualifyState = {
  method: null,
  step: 0,
  ours: [],
  theirs: [],
  notes: [],
  signs: [],
  strategy: {},
  dealId: '',
  dealOptions: [],
  sheetName: null,
  resumed: false,
  dirty: false,
};

export function qualifySteps(method: MethodId | null): readonly QualifyStep[] {
  if (method === null) return [{ kind: 'method' }];
  const set = questionSetFor(method);
  const questions: QualifyStep[] = KEY_QUESTION_IDS.map((group) => ({
    kind: 'question' as const,
    group,
    criteria: set.criteria.flatMap((criterion, index) => (criterion.group === group ? [index] : [])),
  })).filter((step) => step.criteria.length > 0);
  return [{ kind: 'method' }, ...questions, { kind: 'control' }, { kind: 'strategy' }, { kind: 'result' }];
}

export function currentQualifyStep(state: QualifyState): QualifyStep {
  const steps = qualifySteps(state.method);
  return steps[Math.min(state.step, steps.length - 1)];
}

function blankAnswers(set: QuestionSet): Pick<QualifyState, 'ours' | 'theirs' | 'notes' | 'signs' | 'strategy'> {
  const count = set.criteria.length;
  return {
    ours: Array<RatingValue>(count).fill('unknown'),
    theirs: set.ratesCompetitor ? Array<RatingValue>(count).fill('unknown') : [],
    notes: Array<string>(count).fill(''),
    signs: Array<boolean>(notInControlSignCount()).fill(false),
    strategy: {},
  };
}

/** Pads or trims a list read off a sheet to the length the method needs, so a short sheet never breaks the wizard. */
function fitted<T>(values: readonly T[], length: number, filler: T): T[] {
  return Array.from({ length }, (_, index) => (index < values.length ? values[index] : filler));
}

function replaced<T>(values: readonly T[], index: number, value: T): readonly T[] {
  if (index < 0 || index >= values.length) return values;
  return values.map((old, i) => (i === index ? value : old));
}

function clampStep(state: QualifyState, step: number): number {
  const last = qualifySteps(state.method).length - 1;
  return Math.max(0, Math.min(last, step));
}

/** The pipeline's deals stay listed whatever the wizard does, until they are listed again. */
export function qualifyReducer(state: QualifyState, action: QualifyAction): QualifyState {
  if (action.type === 'dealsListed') return { ...state, dealOptions: action.options };
  const next = answersReducer(state, action);
  return next.dealOptions === state.dealOptions ? next : { ...next, dealOptions: state.dealOptions };
}

function answersReducer(state: QualifyState, action: Exclude<QualifyAction, { type: 'dealsListed' }>): QualifyState {
  switch (action.type) {
    case 'chooseMethod': {
      if (state.method === action.method) return { ...state, step: 1 };
      const set = questionSetFor(action.method);
      // Another question set has other criteria: its answers start blank, and the sheet read for the old
      // method is not its sheet, so saving inserts a new assessment instead of overwriting that one.
      return { ...state, method: action.method, step: 1, ...blankAnswers(set), sheetName: null, resumed: false, dirty: false };
    }
    case 'next':
      if (state.method === null) return state;
      return { ...state, step: clampStep(state, state.step + 1) };
    case 'back':
      return { ...state, step: clampStep(state, state.step - 1) };
    case 'goTo':
      if (state.method === null) return state;
      return { ...state, step: clampStep(state, action.step) };
    case 'rate': {
      if (action.side === 'theirs') {
        const theirs = replaced(state.theirs, action.index, action.rating);
        return theirs === state.theirs ? state : { ...state, theirs, dirty: true };
      }
      const ours = replaced(state.ours, action.index, action.rating);
      return ours === state.ours ? state : { ...state, ours, dirty: true };
    }
    case 'note': {
      const notes = replaced(state.notes, action.index, action.text);
      return notes === state.notes ? state : { ...state, notes, dirty: true };
    }
    case 'toggleSign': {
      const signs = replaced(state.signs, action.index, !state.signs[action.index]);
      return signs === state.signs ? state : { ...state, signs, dirty: true };
    }
    case 'chooseDeal':
      return action.dealId === state.dealId ? state : { ...state, dealId: action.dealId, dirty: true };
    case 'answerStrategy': {
      const strategy: StrategyAnswers = { ...state.strategy };
      if (action.value === undefined) delete strategy[action.input];
      else strategy[action.input] = action.value;
      return { ...state, strategy, dirty: true };
    }
    case 'resume':
      // Reopening the wizard reads the sheet again; answers not saved yet are the rep's work and win.
      if (state.dirty) return state;
      return resumed(action.answers, 1);
    case 'sheetRead': {
      // Another sheet is active, or the rep is choosing between the sheet's values and theirs: the save still compares.
      if (action.answers.sheetName !== state.sheetName || action.answers.method !== state.method || (state.conflicts?.length ?? 0) > 0) return state;
      if (sameRead(readOf(action.answers), state.read)) return state;
      if (state.dirty) return { ...state, sheetChanged: true };
      return { ...resumed(action.answers, state.step), resumed: state.resumed };
    }
    case 'reload':
      // Only the wizard's own sheet: another one may be active by the time the rep clicks.
      if (action.answers.sheetName !== state.sheetName) return state;
      return { ...resumed(action.answers, action.answers.method === state.method ? state.step : 1), resumed: state.resumed };
    case 'saved':
    case 'conflict':
    case 'keepSheet':
      return { ...trackSave(state, action, plainAnswers), sheetChanged: undefined };
    case 'restart':
      return INITIAL_QUALIFY_STATE;
  }
}

function readOf(answers: AssessmentAnswers): AssessmentRead {
  return {
    sheetName: answers.sheetName,
    method: answers.method,
    ours: answers.ours,
    theirs: answers.theirs,
    notes: answers.notes,
    signs: answers.signs,
    strategy: answers.strategy,
    ...(answers.dealId === undefined ? {} : { dealId: answers.dealId }),
  };
}

function sameRead(a: AssessmentRead, b: AssessmentRead | undefined): boolean {
  return b !== undefined && JSON.stringify(readOf(a)) === JSON.stringify(readOf(b));
}

/** The wizard on `step` with the answers as a sheet holds them, and those answers as what a save compares with. */
function resumed(answers: AssessmentAnswers, step: number): QualifyState {
  const set = questionSetFor(answers.method);
  const count = set.criteria.length;
  const state: QualifyState = {
    method: answers.method,
    step,
    ours: fitted(answers.ours, count, 'unknown'),
    theirs: set.ratesCompetitor ? fitted(answers.theirs, count, 'unknown') : [],
    notes: fitted(answers.notes, count, ''),
    signs: fitted(answers.signs, notInControlSignCount(), false),
    strategy: { ...answers.strategy },
    dealId: answers.dealId ?? '',
    dealOptions: [],
    sheetName: answers.sheetName,
    resumed: true,
    dirty: false,
    read: readOf(answers),
    conflicts: [],
  };
  return { ...state, step: clampStep(state, step) };
}

function plainAnswers(state: QualifyState): AssessmentRead | null {
  if (state.method === null) return null;
  return {
    sheetName: state.sheetName,
    method: state.method,
    ours: state.ours,
    theirs: state.theirs,
    notes: state.notes,
    signs: state.signs,
    strategy: state.strategy,
    dealId: state.dealId,
  };
}

/**
 * The answers as the backend writes them, with what the wizard read from the sheet they go to;
 * overwrite only once a save was refused for conflicts and the rep chose the wizard's answers.
 */
export function qualifyAnswers(state: QualifyState, overwrite = false): AssessmentAnswers | null {
  const answers = plainAnswers(state);
  if (answers === null) return null;
  return withSaveCheck(answers, state, overwrite);
}
