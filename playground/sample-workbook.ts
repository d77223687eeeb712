/**
 * The workbook the playground opens with: a pipeline-funnel sheet holding a few deals (with the shared
 * Settings sheet it brings along), a second rep's own pipeline sheet (so the Team panel rolls up two
 * tables), their pipeline history (twelve weekly snapshots, sample-history.ts) and one filled TAS
 * assessment of D-101 whose verdict reads "Qualify further" — "Can we win?" still has unknowns for the
 * Qualify wizard to close. A second assessment (D-203, in Commit with three not-in-control signs ticked)
 * and a value proposition of D-101 give the roll-up's deal-health table something to flag.
 */
import type { PlanValue, WritePlan } from '../shared/plan';
import { serialFromParts } from '../shared/pipeline/dates';
import { SETTINGS_NAMES } from '../shared/settings/names';
import type { PipelineColumnId } from '../shared/pipeline/columns';
import { buildTemplate, type PipelineFunnelLayout } from '../shared/templates';
import type { AssessmentAnswers, RatingValue } from '../shared/workbook/backend';
import { assessmentSavePlan } from '../shared/workbook/assessment-sheet';
import { valueSavePlan } from '../shared/workbook/value-sheet';
import type { ValuePropositionLayout } from '../shared/templates';
import type { PlaygroundWorkbook } from './playground-workbook';
import { loadSampleHistory } from './sample-history';
import { loadSampleKeyPlayers } from './sample-key-players';
import { BUYING_PROCESSES, buyingStepWord } from '../shared/methods/buying-process';

export interface SampleDeal {
  readonly id: string;
  readonly account: string;
  readonly opportunity: string;
  readonly owner: string;
  readonly amount: number;
  readonly stage: string;
  readonly close: [number, number, number];
  readonly entered: [number, number, number];
  readonly nextStep: string;
  readonly competitor: string;
  /** How many proofs, from the first stage on, are ticked. */
  readonly proven: number;
  /** The number of the customer's buying step the rep has evidence of (shared/methods/buying-process.ts); none when absent. */
  readonly buyingStep?: number;
}

export const SAMPLE_DEALS: readonly SampleDeal[] = [
  {
    id: 'D-101',
    account: 'Northwind Logistics',
    opportunity: 'Warehouse scanning',
    owner: 'Li Na',
    amount: 180000,
    stage: 'C50',
    close: [2026, 12, 18],
    entered: [2026, 10, 20],
    nextStep: 'Solution workshop',
    competitor: 'Contoso',
    proven: 5,
    buyingStep: 4,
  },
  {
    id: 'D-102',
    account: 'Fabrikam Health',
    opportunity: 'Patient portal',
    owner: 'Wang Wei',
    amount: 95000,
    stage: 'E25',
    close: [2027, 1, 30],
    entered: [2026, 11, 2],
    nextStep: 'Technical exchange',
    competitor: 'Litware',
    proven: 3,
  },
  {
    id: 'D-103',
    account: 'Tailspin Air',
    opportunity: 'Crew rostering',
    owner: 'Li Na',
    amount: 240000,
    stage: 'B75',
    close: [2026, 12, 5],
    entered: [2026, 9, 15],
    nextStep: 'Evaluation read-out',
    competitor: 'Contoso',
    proven: 4,
    buyingStep: 6,
  },
  {
    id: 'D-104',
    account: 'Adatum Retail',
    opportunity: 'Store analytics',
    owner: 'Zhang Min',
    amount: 60000,
    stage: 'G20',
    close: [2027, 3, 31],
    entered: [2026, 11, 10],
    nextStep: 'Send preliminary proposal',
    competitor: '',
    proven: 2,
  },
];

/** A second rep keeps a sheet of his own, so the Team panel has two tables to roll up. */
export const SECOND_REP = 'Chen Jie';

export const SECOND_REP_DEALS: readonly SampleDeal[] = [
  {
    id: 'D-201',
    account: 'Contoso Pharma',
    opportunity: 'Lab data platform',
    owner: SECOND_REP,
    amount: 150000,
    stage: 'B75',
    close: [2026, 12, 12],
    entered: [2026, 10, 28],
    nextStep: 'Reference call',
    competitor: 'Litware',
    proven: 6,
  },
  {
    id: 'D-202',
    account: 'Woodgrove Bank',
    opportunity: 'Branch kiosks',
    owner: SECOND_REP,
    amount: 80000,
    stage: 'D30',
    close: [2027, 2, 15],
    entered: [2026, 11, 5],
    nextStep: 'Requirements workshop',
    competitor: '',
    proven: 4,
  },
  {
    id: 'D-203',
    account: 'Proseware',
    opportunity: 'Field service app',
    owner: SECOND_REP,
    amount: 45000,
    stage: 'A90',
    close: [2026, 12, 4],
    entered: [2026, 11, 10],
    nextStep: 'Sign the contract',
    competitor: 'Contoso',
    proven: 5,
  },
];

/** Ratings per TAS criterion (1–20): "Can we win?" (11–15) is mostly unknown. */
const OURS: readonly RatingValue[] = [
  'favourable',
  'favourable',
  'favourable',
  'favourable',
  'favourable',
  'favourable',
  'favourable',
  'favourable',
  'favourable',
  'favourable',
  'favourable',
  'unknown',
  'unknown',
  'unknown',
  'unknown',
  'favourable',
  'favourable',
  'favourable',
  'favourable',
  'favourable',
];
const THEIRS: readonly RatingValue[] = [
  'favourable',
  'unknown',
  'unknown',
  'favourable',
  'favourable',
  'unfavourable',
  'unfavourable',
  'unknown',
  'unfavourable',
  'unfavourable',
  'unknown',
  'favourable',
  'unknown',
  'unknown',
  'unknown',
  'unknown',
  'unknown',
  'unknown',
  'unknown',
  'unknown',
];

export const SAMPLE_ASSESSMENT: AssessmentAnswers = {
  sheetName: null,
  method: 'TAS',
  ours: OURS,
  theirs: THEIRS,
  notes: ['Rollout of scanners to 14 warehouses', '', '', 'Budget approved in the FY27 plan', 'Peak season starts in March'],
  signs: [false, false, false, false, true],
  strategy: {},
  dealId: 'D-101',
};

/** D-203 sits in Commit, but its rep ticked three not-in-control signs: the roll-up flags it. */
export const SAMPLE_COMMIT_ASSESSMENT: AssessmentAnswers = {
  sheetName: null,
  method: 'TAS',
  ours: OURS.map((rating, i) => (i >= 11 && i <= 14 ? 'favourable' : rating)),
  theirs: THEIRS,
  notes: ['Field service app for 300 technicians'],
  signs: [true, false, false, false, true, false, false, false, false, true],
  strategy: {},
  dealId: 'D-203',
};

/** D-101's value: scanners paying back in the second year; worth more to the customer than to us. */
const SAMPLE_VALUE = { sheetName: null, slots: {}, benefits: [0, 120000, 160000, 160000], costs: [180000, 20000, 20000, 20000], risks: 15000, dealId: 'D-101' };
const SAMPLE_GRADE = { valueToCustomer: 5, valueToUs: 4 };

function serial(parts: readonly [number, number, number]): number {
  return serialFromParts(parts[0], parts[1], parts[2]);
}

/** The deal rows as one block per column run of the pipeline table. */
function dealRows(layout: PipelineFunnelLayout, deals: readonly SampleDeal[] = SAMPLE_DEALS): WritePlan {
  const column = (id: PipelineColumnId): string => layout.columns[id] ?? 'A';
  const values: { at: string; rows: PlanValue[][] }[] = [];
  const put = (id: PipelineColumnId, cells: readonly PlanValue[]): void => {
    values.push({ at: `${column(id)}${layout.firstRow}:${column(id)}${layout.firstRow + cells.length - 1}`, rows: cells.map((v) => [v]) });
  };
  put(
    'id',
    deals.map((d) => d.id),
  );
  put(
    'account',
    deals.map((d) => d.account),
  );
  put(
    'opportunity',
    deals.map((d) => d.opportunity),
  );
  put(
    'owner',
    deals.map((d) => d.owner),
  );
  put(
    'amount',
    deals.map((d) => d.amount),
  );
  put(
    'currency',
    deals.map(() => 'USD'),
  );
  put(
    'stage',
    deals.map((d) => d.stage),
  );
  put(
    'closeDate',
    deals.map((d) => serial(d.close)),
  );
  put(
    'stageEntered',
    deals.map((d) => serial(d.entered)),
  );
  put(
    'nextStep',
    deals.map((d) => d.nextStep),
  );
  put(
    'competitor',
    deals.map((d) => d.competitor),
  );
  put(
    'method',
    deals.map(() => 'TAS'),
  );
  put(
    'buyingStep',
    deals.map((d) => {
      const step = d.buyingStep === undefined ? undefined : BUYING_PROCESSES[layout.ladder].steps[d.buyingStep - 1];
      return step ? buyingStepWord(step, 'en') : null;
    }),
  );
  const first = layout.proofColumns[0].column;
  const last = layout.proofColumns[layout.proofColumns.length - 1].column;
  values.push({
    at: `${first}${layout.firstRow}:${last}${layout.firstRow + deals.length - 1}`,
    rows: deals.map((deal) => layout.proofColumns.map((_, i) => i < deal.proven)),
  });
  return { sheets: [{ key: 'pipeline', target: { kind: 'existing', name: '' }, values }] };
}

export interface SampleSheets {
  readonly pipeline: string;
  readonly assessment: string;
  readonly settings: string;
  /** The second rep's own pipeline sheet. */
  readonly secondPipeline: string;
  /** The key players of the first sample deal, joined to its pipeline row by its Deal ID. */
  readonly keyPlayers: string;
}

export interface SampleOptions {
  /** Twelve weekly snapshots across a closed quarter (sample-history.ts); default true. */
  readonly history?: boolean;
  /** The first pipeline sheet's deals; the sample's four when omitted. */
  readonly deals?: readonly SampleDeal[];
}

export function loadSampleWorkbook(workbook: PlaygroundWorkbook, options: SampleOptions = {}): SampleSheets {
  const pipelineBuild = buildTemplate('pipelineFunnel', { locale: 'en', ladder: 'MILESTONES' });
  const inserted = workbook.applyPlan(pipelineBuild.plan);
  const pipeline = inserted.sheetNames[pipelineBuild.sheetKey];
  const rows = dealRows(pipelineBuild.layout as PipelineFunnelLayout, options.deals);
  workbook.applyPlan({ sheets: rows.sheets.map((sheet) => ({ ...sheet, target: { kind: 'existing', name: pipeline } })) });

  const secondBuild = buildTemplate('pipelineFunnel', { locale: 'en', ladder: 'MILESTONES' });
  const secondInserted = workbook.applyPlan({
    ...secondBuild.plan,
    sheets: secondBuild.plan.sheets.map((sheet) => (sheet.key === secondBuild.sheetKey ? { ...sheet, target: { kind: 'new' as const, baseName: `Pipeline ${SECOND_REP}` } } : sheet)),
  });
  const secondPipeline = secondInserted.sheetNames[secondBuild.sheetKey];
  const secondRows = dealRows(secondBuild.layout as PipelineFunnelLayout, SECOND_REP_DEALS);
  workbook.applyPlan({ sheets: secondRows.sheets.map((sheet) => ({ ...sheet, target: { kind: 'existing', name: secondPipeline } })) });

  // The history tells the four sample deals' story: a made-up large pipeline gets none.
  if (options.history !== false && options.deals === undefined)
    loadSampleHistory(workbook, { pipeline, secondPipeline, secondRep: SECOND_REP, layout: pipelineBuild.layout as PipelineFunnelLayout });

  const keyPlayers = loadSampleKeyPlayers(workbook);

  const save = assessmentSavePlan(SAMPLE_ASSESSMENT, 'en');
  const assessed = workbook.applyPlan(save.plan);
  const assessment = assessed.sheetNames[save.sheetKey];

  // Named after their deals, so a sheet the user inserts still gets the template's own name.
  const named = (plan: WritePlan, key: string, baseName: string): WritePlan => ({
    ...plan,
    sheets: plan.sheets.map((sheet) => (sheet.key === key ? { ...sheet, target: { kind: 'new' as const, baseName } } : sheet)),
  });
  const commit = assessmentSavePlan(SAMPLE_COMMIT_ASSESSMENT, 'en');
  workbook.applyPlan(named(commit.plan, commit.sheetKey, 'Assessment D-203'));
  const value = valueSavePlan(SAMPLE_VALUE, 'en');
  const valueSheet = workbook.applyPlan(named(value.plan, value.sheetKey, 'Value D-101')).sheetNames[value.sheetKey];
  const { grade } = buildTemplate('valueProposition', { locale: 'en' }).layout as ValuePropositionLayout;
  workbook.applyPlan({
    sheets: [
      {
        key: 'grade',
        target: { kind: 'existing', name: valueSheet },
        values: [{ at: `${grade.valueToCustomer}:${grade.valueToUs}`, rows: [[SAMPLE_GRADE.valueToCustomer], [SAMPLE_GRADE.valueToUs]] }],
      },
    ],
  });
  const settings = workbook.namedCell(SETTINGS_NAMES.stages)?.sheet ?? '';
  workbook.activate(assessment);
  return { pipeline, assessment, settings, secondPipeline, keyPlayers };
}
