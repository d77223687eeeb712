import type { Locale, Text } from '../i18n';
import type { BuyingStep } from '../methods/buying-process';
import type { LadderId, MethodId } from '../methods/types';
import type { TeamReport } from './team-report';
import type { SaveConflict } from './save-conflict';

/**
 * What the panels and the workbook say to each other through the Backend (shared/workbook/operations.ts):
 * plain data only — strings, numbers, booleans, arrays, plain objects, dates as ISO `yyyy-mm-dd`
 * strings — because the Apps Script sidebar bridge drops Dates, functions and class instances on the way.
 */

/**
 * A failure carries the message the user should see (already in the UI's language when the host can);
 * a save refused because someone else changed its cells also lists them, so the wizard can ask.
 */
export type BackendResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string; readonly subject?: string; readonly conflicts?: readonly SaveConflict[] };

export function succeeded<T>(value: T): BackendResult<T> {
  return { ok: true, value };
}

export function failed<T>(message: string, subject?: string): BackendResult<T> {
  return subject === undefined ? { ok: false, message } : { ok: false, message, subject };
}

/** What users type in a rating cell is normalised to one of these before the wizard sees it. */
export type RatingValue = 'favourable' | 'unfavourable' | 'unknown';

export interface TemplateSummary {
  readonly id: string;
  readonly name: Text;
  readonly description: Text;
  /** Templates that come in one version per question set (the assessment) list them. */
  readonly methods?: readonly MethodId[];
}

export interface InsertTemplateRequest {
  readonly id: string;
  readonly method?: MethodId;
}

export interface InsertedSheet {
  readonly sheetName: string;
}

/** The seven yes/no inputs of the competitive-strategy path (METHODOLOGY §2). */
export type StrategyInputId = 'compelling' | 'canCompete' | 'lead3to1' | 'canChangeCriteria' | 'canFragment' | 'positionToProtect' | 'futureValue';

export const STRATEGY_INPUT_IDS: readonly StrategyInputId[] = ['compelling', 'canCompete', 'lead3to1', 'canChangeCriteria', 'canFragment', 'positionToProtect', 'futureValue'];

export type StrategyAnswers = Partial<Record<StrategyInputId, boolean>>;

/** An assessment as the wizard edits it and as a sheet holds it. */
export interface AssessmentAnswers {
  /** The sheet the answers came from or go to; null writes into a newly inserted assessment sheet. */
  readonly sheetName: string | null;
  readonly method: MethodId;
  /** One per criterion of the method, in criterion order. */
  readonly ours: readonly RatingValue[];
  /** TAS only: the primary competitor's ratings; empty for the other methods. */
  readonly theirs: readonly RatingValue[];
  /** Evidence note per criterion. */
  readonly notes: readonly string[];
  /** The not-in-control signs, one tick per sign. */
  readonly signs: readonly boolean[];
  /** Strategy inputs the rep answered; a missing one is taken from the assessment. */
  readonly strategy: StrategyAnswers;
  /** The deal the sheet belongs to (its Deal ID cell, shared/deals/deal-sheet.ts); undefined leaves the cell as it is. */
  readonly dealId?: string;
  /** Saving into an existing sheet: the answers as the wizard read them there (see SaveBasis). */
  readonly read?: Omit<AssessmentAnswers, keyof SaveBasis<unknown>>;
  readonly overwrite?: boolean;
}

/**
 * What a wizard sends with a save into a sheet it read: the host compares the cells the save writes
 * with what the wizard read and answers with the conflicts instead of writing over another user's
 * change; overwrite is set once the user saw them and chose the wizard's values.
 */
export interface SaveBasis<T> {
  readonly read?: T;
  readonly overwrite?: boolean;
}

/** Benefit, cost and risk figures per period plus the value-statement slots. */
export interface ValueAnswers {
  readonly sheetName: string | null;
  /** Keyed `statementId.slotId`, e.g. `1.initiative`. */
  readonly slots: Readonly<Record<string, string>>;
  /** Benefit per period (period 1 first). */
  readonly benefits: readonly number[];
  /** Cost per period; the first period usually carries the investment. */
  readonly costs: readonly number[];
  /** Risks and consequences priced as one amount. */
  readonly risks: number;
  /** The deal the sheet belongs to (its Deal ID cell); undefined leaves the cell as it is. */
  readonly dealId?: string;
  /** What the sheet's other rows hold (read from the sheet only; never written), so live figures match the sheet. */
  readonly rest?: ValueSheetRest;
  /** Saving into an existing sheet: the figures as the wizard read them there (see SaveBasis). */
  readonly read?: Omit<ValueAnswers, keyof SaveBasis<unknown>>;
  readonly overwrite?: boolean;
}

/**
 * Per year 0…5, the sums of the value-proposition rows the wizard does not edit: the other benefit
 * rows; the possession, usage and investment cost rows; the opportunity-cost (risks) row after year 0.
 */
export interface ValueSheetRest {
  readonly benefits: readonly number[];
  readonly costs: readonly number[];
  readonly risks: readonly number[];
}

export interface WorkbookSettings {
  readonly locale: Locale;
  readonly ladder: LadderId;
  readonly currency: string;
  /** The Settings sheet holding them; null when the workbook has none yet (saving inserts one). */
  readonly sheetName: string | null;
  /** Saving: the settings as the panel read them (see SaveBasis). */
  readonly read?: Omit<WorkbookSettings, keyof SaveBasis<unknown>>;
  readonly overwrite?: boolean;
}

export interface PipelineDeal {
  /** 1-based sheet row, so a message can name it. */
  readonly row: number;
  readonly id: string;
  readonly account: string;
  readonly opportunity: string;
  readonly owner: string;
  readonly amount: number | null;
  /** The claimed stage as typed. */
  readonly stage: string;
  /** ISO date or empty. */
  readonly stageEntered: string;
  readonly closeDate: string;
  readonly nextStep: string;
  readonly evidence: string;
  /** Proof ticks in ladder order. */
  readonly proofs: readonly boolean[];
  /** The customer's buying step as the sheet holds it; absent when the table has no buying-step column. */
  readonly buyingStep?: string;
}

export interface PipelineStage {
  readonly code: string;
  readonly label: Text;
  readonly proof: Text;
}

export interface PipelineView {
  readonly sheetName: string;
  readonly ladder: LadderId;
  readonly stages: readonly PipelineStage[];
  readonly deals: readonly PipelineDeal[];
  /** The customer's buying process beside the ladder (absent from views built before it existed). */
  readonly buying?: PipelineBuyingSteps;
}

/** The buying steps the wizard shows beside each stage, and whether the table can record one. */
export interface PipelineBuyingSteps {
  readonly name: Text;
  readonly steps: readonly BuyingStep[];
  /** Stage code → number of the step that stage expects. */
  readonly expected: Readonly<Record<string, number>>;
  /** Whether the table has a buying-step column to write the evidenced step to. */
  readonly recordable: boolean;
  /** The language the table's headers are in: a step is written in the words of the sheet's own dropdown. */
  readonly sheetLocale: Locale;
}

/** What a save compares: the fields of a deal that an update writes. */
export type DealAsRead = Pick<PipelineDeal, 'stage' | 'stageEntered' | 'nextStep' | 'evidence' | 'proofs' | 'buyingStep'>;

/** The four CES funnel review questions, answered when a deal moves. */
export interface FunnelReview {
  readonly finished: string;
  readonly evidence: string;
  readonly doingNow: string;
  readonly preparingNext: string;
}

export interface DealUpdate {
  readonly sheetName: string;
  readonly row: number;
  /** The deal id read with the row: a write is refused when the row now holds another deal. */
  readonly dealId: string;
  readonly stage: string;
  readonly proofs: readonly boolean[];
  readonly review: FunnelReview;
  /** ISO date the new stage was entered; unchanged stage keeps the sheet's date. */
  readonly stageEntered: string;
  /** The deal as the wizard read it: the save compares the cells it writes against it and refuses when they changed. */
  readonly read: DealAsRead;
  /** True: the user saw the conflicting cells and chose to save the wizard's values over them. */
  readonly overwrite?: boolean;
  /**
   * True: the row's Next step cell stays as it is even though the review says how the next step is
   * being prepared (the rep chose to keep it on the confirm step). Absent or false: the answer replaces it.
   */
  readonly keepNextStep?: boolean;
  /** The customer's buying step to record, as the sheet's dropdown words it; absent or null leaves the cell alone, '' clears it. */
  readonly buyingStep?: string | null;
}

/** What a team operation did, to confirm it in the panel (counts only: no cell text). */
export interface TeamSummary {
  readonly deals: number;
  readonly setAside: number;
  readonly amount: number;
  readonly tables: number;
}

/** A roll-up with what the Team panel can show about it (shared/workbook/team-report.ts), when the host builds it. */
export interface TeamRollUp extends TeamSummary {
  readonly report?: TeamReport;
}

export interface SnapshotTaken extends TeamSummary {
  /** ISO date of the snapshot. */
  readonly date: string;
}

export interface PipelineChange {
  readonly earlierDate: string;
  readonly laterDate: string;
  readonly earlierTotal: number;
  readonly laterTotal: number;
  /** Category ids of the snapshot diff (new, advanced, slipped…) with their deal counts and amounts. */
  readonly lines: readonly { readonly category: string; readonly deals: number; readonly change: number }[];
}

export type CsvFormat = 'salesforce' | 'hubspot';

/** A rep's .xlsx file picked in the task pane, read as base64. */
export interface RepWorkbookFile {
  readonly fileName: string;
  readonly base64: string;
}

export interface CsvExport {
  readonly csv: string;
  readonly fileName: string;
}
