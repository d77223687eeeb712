import type { Text } from '../i18n';

/** Question sets an assessment can use (METHODOLOGY §1). */
export type MethodId = 'TAS' | 'SIGNATURE' | 'PPVVC';
export const METHOD_IDS: readonly MethodId[] = ['TAS', 'SIGNATURE', 'PPVVC'];

/** The four key questions every question set answers, in priority order. */
export type KeyQuestionId = 'real' | 'compete' | 'win' | 'worth';
export const KEY_QUESTION_IDS: readonly KeyQuestionId[] = ['real', 'compete', 'win', 'worth'];

export interface KeyQuestion {
  readonly id: KeyQuestionId;
  readonly label: Text;
}

/** How a criterion is rated in the sheet: `+ - ?` (TAS, Signature) or yes/no/unknown (PPVVC). */
export type RatingScale = 'plusMinus' | 'yesNo';

/**
 * Roles a criterion plays elsewhere in the method: knock-outs (funding, compelling event) and the
 * competitive-strategy inputs prefilled from the assessment (METHODOLOGY §2) find criteria by tag.
 */
export type CriterionTag = 'funding' | 'compellingEvent' | 'currentRelationship' | 'futureRevenue' | 'strategicValue';

export interface Criterion {
  /** Stable id, e.g. `TAS.05` or `PPVVC.PAIN.5`; scoring settings (knock-outs, weights) refer to it. */
  readonly id: string;
  /** 1-based position within its question set, as printed in the sheet. */
  readonly number: number;
  readonly group: KeyQuestionId;
  /** PPVVC only: the Pain / Power / Vision / Value / Control section the item belongs to. */
  readonly section?: string;
  readonly label: Text;
  /* What the rep must know to rate it is in criteria-guidance.ts, by id: only sheets and panels show it. */
  readonly tags?: readonly CriterionTag[];
}

export interface QuestionSet {
  readonly id: MethodId;
  /* Its name is in method-names.ts: only panels and sheet titles show it. */
  readonly scale: RatingScale;
  /** TAS rates each criterion for the primary competitor too. */
  readonly ratesCompetitor: boolean;
  readonly criteria: readonly Criterion[];
}

/** Stage ladders a workbook can pick (METHODOLOGY §5). */
export type LadderId = 'MILESTONES' | 'SIGNATURE' | 'FUNNEL';
export const LADDER_IDS: readonly LadderId[] = ['MILESTONES', 'SIGNATURE', 'FUNNEL'];
/** The stage code of a lost deal on every ladder. */
export const LOST_STAGE = 'LOST';

export interface Stage {
  /** What users type in the stage column: `G10`, `Qualified`, `L3`, … and `LOST`. */
  readonly code: string;
  readonly label: Text;
  /** Default win probability, 0–1. */
  readonly probability: number;
  /* The work done in the stage and what proves it are in stage-work.ts, by code: only sheets and panels show them. */
}

export interface Ladder {
  readonly id: LadderId;
  /* Its name is in method-names.ts. */
  /** Stages in order of progress, the won stage last; LOST is not listed here (see LOST_STAGE). */
  readonly stages: readonly Stage[];
}

/** One entry of an ordered vocabulary (buying roles, attitudes, cost items, …): a stable id users or settings refer to, and its label. */
export interface Term<Id extends string = string> {
  readonly id: Id;
  readonly label: Text;
}

/** A term that also explains itself (signs, steps, strategies, review questions). */
export interface DescribedTerm<Id extends string = string> extends Term<Id> {
  readonly description: Text;
}

/** The five PPVVC sections, in checklist order (METHODOLOGY §1c). */
export type PpvvcSectionId = 'Pain' | 'Power' | 'Vision' | 'Value' | 'Control';
