/**
 * Measurement 1: host round trips per operation. Each operation runs four ways on identical seeded
 * workbooks: DealKit's Excel shell (office-addin-mock, counting context.sync), DealKit's Sheets shell
 * (the SpreadsheetApp fake, counting logged read and write calls), and the per-cell baseline in each
 * host (naive-excel-applier.ts, naive-sheets-applier.ts) writing the same plan.
 *
 * Counts are exact and the same on every run (the fakes are deterministic), so they are measured once.
 */
import { applyPlan as applyPlanExcel, excelSyncBudget } from '../../excel-addin/apply-plan';
import { runExcelOperation } from '../../excel-addin/run-operation';
import { createExcelBackend } from '../../excel-addin/taskpane/excel-backend';
import { applyPlan as applyPlanSheets } from '../../gas/apply-plan';
import { spreadsheetWorkbook } from '../../gas/server-operation';
import { isoFromSerial } from '../../shared/pipeline/dates';
import type { WritePlan } from '../../shared/plan';
import { resolvePlan, type ResolvedPlan } from '../../shared/plan-resolve';
import { valuesFromA1 } from '../../shared/a1';
import { namedValuesFromReferences } from '../../shared/pipeline/named-values';
import type { WorkbookRead } from '../../shared/pipeline/operations';
import type { SheetValues } from '../../shared/sheet-values';
import { ROLLUP_SETTING_NAME_LIST } from '../../shared/pipeline/team-settings';
import { SETTINGS_NAMES } from '../../shared/settings/names';
import { buildTemplate, buildTemplatePlan, TEMPLATE_CATALOG, type TemplateId, type TemplateOptions } from '../../shared/templates';
import type { AssessmentAnswers, RatingValue, ValueAnswers } from '../../shared/workbook/backend';
import type { Backend } from '../../shared/workbook/operations';
import { pipelineOfSheet } from '../../shared/workbook/pipeline-sheet';
import { operationsOver, type SynchronousOperations, type SynchronousWorkbook } from '../../shared/workbook/run-operation';
import type { FakeGasGlobals } from '../../fakes/spreadsheet-app';
import { excelWorkbook, resetSheetsCalls, sheetsCalls, sheetsWorkbook, type ExcelWorkbook, type SheetsCalls } from './host-workbooks';
import { countingContext } from './counting-context';
import { naiveApplyPlanExcel } from './naive-excel-applier';
import { naiveApplyPlanSheets } from './naive-sheets-applier';
import { BENCH_AS_OF, teamSheets } from './team-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RoundTripRow {
  readonly family: 'template' | 'wizard save' | 'pipeline';
  readonly operation: string;
  /** Cells the plan writes (values and formulas, appended rows included). */
  readonly cells: number;
  /** Value, formula and append blocks in the resolved plan: the unit "one call per block" counts. */
  readonly blocks: number;
  readonly excel: {
    readonly syncs: number;
    readonly cellWrites: number;
    readonly naiveSyncs: number;
    /** Where the Excel baseline ran: the office-addin-mock workbook, or the counting stand-in at large sizes. */
    readonly naiveOn: 'office-addin-mock' | 'counting stand-in';
    /** At the size where the baseline ran on both: the mock's count (equal to naiveSyncs when they agree). */
    readonly naiveSyncsOnMock?: number;
  };
  readonly sheets: SheetsCalls & { readonly naive: SheetsCalls };
  /** Excel within its sync budget (2, or 3 when the plan has charts: excelSyncBudget) and, in both hosts, no more cell-writing calls than blocks. */
  readonly meetsGoal: { readonly excel: boolean; readonly sheets: boolean };
}

/** What an operation needs in the workbook before it runs (applied without counting). */
interface Scenario {
  readonly sheets: readonly SheetValues[];
  readonly templates: readonly { readonly id: TemplateId; readonly options: TemplateOptions }[];
}

interface Operation {
  readonly family: RoundTripRow['family'];
  readonly name: string;
  readonly scenario: Scenario;
  /** The questions an unbatched Excel add-in asks one sync at a time before writing (sheets by name, then names). */
  readonly naiveReads: (sheetNames: readonly string[]) => { readonly sheets: readonly string[]; readonly names: readonly string[] };
  /** DealKit's own shells. */
  readonly excel: (workbook: ExcelWorkbook) => Promise<void>;
  readonly sheets: (globals: FakeGasGlobals) => void;
  /** The plan the operation writes, computed on a seeded Sheets workbook; its reads are what the Sheets baseline counts. */
  readonly plan: (globals: FakeGasGlobals) => WritePlan;
}

function book(globals: FakeGasGlobals): Spreadsheet {
  return globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as Spreadsheet;
}

/** A backend result's value; a failure stops the benchmark with the host's message. */
function ok<T>(result: { readonly ok: true; readonly value: T } | { readonly ok: false }, what: string): T {
  if (!result.ok) throw new Error(`${what} failed in the benchmark: ${JSON.stringify(result)}`);
  return result.value;
}

async function prepareExcel(scenario: Scenario, perCellBaseline = false): Promise<ExcelWorkbook> {
  const workbook = excelWorkbook(scenario.sheets, perCellBaseline);
  for (const t of scenario.templates) await workbook.run((context) => applyPlanExcel(context, buildTemplatePlan(t.id, t.options), { modernCharts: true }));
  workbook.counter.syncs = 0;
  workbook.counter.cellWrites = 0;
  return workbook;
}

function prepareSheets(scenario: Scenario): FakeGasGlobals {
  const globals = sheetsWorkbook(scenario.sheets);
  for (const t of scenario.templates) applyPlanSheets(book(globals), buildTemplatePlan(t.id, t.options));
  resetSheetsCalls(globals);
  return globals;
}

/** The day every operation sees, in both hosts, so the plans do not change with the calendar. */
const BENCH_CLOCK = { today: isoFromSerial(BENCH_AS_OF), now: '2026-12-01T09:00:00.000Z' };

/** Sheets operations run as the server runs them, on the bench's clock, with the plans they apply kept. */
function sheetsOperations(globals: FakeGasGlobals): { ops: SynchronousOperations; plans: WritePlan[] } {
  const host = spreadsheetWorkbook(book(globals));
  const plans: WritePlan[] = [];
  const workbook: SynchronousWorkbook = {
    read: (request) => ({ ...host.read(request), ...BENCH_CLOCK }),
    apply: (plan) => {
      plans.push(plan);
      return host.apply(plan);
    },
  };
  return { ops: operationsOver(workbook), plans };
}

function activate(globals: FakeGasGlobals, name: string): void {
  const sheet = globals.SpreadsheetApp.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`the benchmark workbook has no sheet ${name}`);
  sheet.activate();
}

function excelBackend(workbook: ExcelWorkbook): Backend {
  return createExcelBackend((batch) => workbook.run(batch));
}

const RATING_CYCLE: readonly RatingValue[] = ['favourable', 'favourable', 'unknown', 'favourable', 'unfavourable'];

function assessmentAnswers(globals: FakeGasGlobals, sheetName: string): AssessmentAnswers {
  activate(globals, sheetName);
  const read = sheetsOperations(globals).ops.readAssessment('en');
  const answers = ok(read, 'reading the assessment');
  if (!answers) throw new Error('the benchmark assessment sheet was not recognised');
  return {
    ...answers,
    ours: answers.ours.map((_, i) => RATING_CYCLE[i % RATING_CYCLE.length]),
    theirs: answers.theirs.map((_, i) => RATING_CYCLE[(i + 2) % RATING_CYCLE.length]),
    notes: answers.notes.map((_, i) => `Evidence for criterion ${i + 1}`),
    signs: answers.signs.map((_, i) => i % 3 === 0),
  };
}

function valueAnswers(globals: FakeGasGlobals, sheetName: string): ValueAnswers {
  activate(globals, sheetName);
  const answers = ok(sheetsOperations(globals).ops.readValue('en'), 'reading the value proposition');
  if (!answers) throw new Error('the benchmark value sheet was not recognised');
  return {
    ...answers,
    benefits: answers.benefits.map((_, i) => 120000 + 40000 * i),
    costs: answers.costs.map((_, i) => (i === 0 ? 150000 : 20000)),
    risks: 15000,
  };
}

/** The sheet name a template lands on in an empty workbook (the same in both hosts: one resolver). */
function insertedName(id: TemplateId, options: TemplateOptions): string {
  const built = buildTemplate(id, options);
  const resolved = resolvePlan(built.plan, { sheets: [{ name: 'Sheet1', a1: '' }], namedRanges: [] }, 'sheets');
  return resolved.sheetNames[built.sheetKey];
}

const EN: TemplateOptions = { locale: 'en', ladder: 'MILESTONES' };
const SETTINGS_READ = [SETTINGS_NAMES.language, SETTINGS_NAMES.currency, SETTINGS_NAMES.ladder];

function templateOperations(): Operation[] {
  const variants: { id: TemplateId; options: TemplateOptions; label: string }[] = [];
  for (const template of TEMPLATE_CATALOG) {
    if (template.id === 'assessment') {
      for (const method of ['TAS', 'SIGNATURE', 'PPVVC'] as const) variants.push({ id: template.id, options: { ...EN, method }, label: `assessment (${method})` });
    } else variants.push({ id: template.id, options: EN, label: template.id });
  }
  return variants.map(({ id, options, label }): Operation => ({
    family: 'template',
    name: `insert ${label}`,
    scenario: { sheets: [], templates: [] },
    naiveReads: () => ({ sheets: [], names: [SETTINGS_NAMES.ladder] }),
    excel: async (workbook) => {
      ok(await excelBackend(workbook).insertTemplate({ id, ...(options.method ? { method: options.method } : {}) }, 'en'), `inserting ${id}`);
    },
    sheets: (globals) => {
      ok(sheetsOperations(globals).ops.insertTemplate({ id, ...(options.method ? { method: options.method } : {}) }, 'en'), `inserting ${id}`);
    },
    plan: () => buildTemplatePlan(id, options),
  }));
}

function wizardOperations(): Operation[] {
  const tas: TemplateOptions = { ...EN, method: 'TAS' };
  const assessmentSheet = insertedName('assessment', tas);
  const valueSheet = insertedName('valueProposition', EN);
  const dealSheets = teamSheets({ reps: 1, dealsPerRep: 200, seed: 3 });
  const dealSheet = dealSheets[0].name;
  const firstDealRow = 5;
  const dealId = String(dealSheets[0].values[firstDealRow - 1][0]);
  // The row as the wizard would have read it: the save compares its cells against it.
  const read = pipelineOfSheet(dealSheets, dealSheet, dealId).view.deals.find((deal) => deal.row === firstDealRow);
  if (!read) throw new Error(`bench: no deal in ${dealSheet} row ${firstDealRow}`);
  const dealUpdate = {
    sheetName: dealSheet,
    row: firstDealRow,
    dealId,
    read,
    stage: 'C50',
    proofs: [true, true, true, true, true, false, false, false],
    review: { finished: 'Proof of concept signed off', evidence: 'Sign-off mail from the CIO', doingNow: 'Pricing workshop', preparingNext: 'Executive sponsor meeting' },
    stageEntered: '2026-12-01',
  };
  return [
    {
      family: 'wizard save',
      name: 'save Qualify (TAS assessment)',
      scenario: { sheets: [], templates: [{ id: 'assessment', options: tas }] },
      naiveReads: () => ({ sheets: [assessmentSheet], names: [] }),
      excel: async (workbook) => void ok(await excelBackend(workbook).writeAssessment(assessmentAnswersFor(), 'en'), 'saving the assessment'),
      sheets: (globals) => {
        const answers = assessmentAnswers(globals, assessmentSheet);
        resetSheetsCalls(globals);
        ok(sheetsOperations(globals).ops.writeAssessment(answers, 'en'), 'saving the assessment');
      },
      plan: (globals) => capturePlan(globals, (ops) => ops.writeAssessment(assessmentAnswers(globals, assessmentSheet), 'en')),
    },
    {
      family: 'wizard save',
      name: 'save value proposition',
      scenario: { sheets: [], templates: [{ id: 'valueProposition', options: EN }] },
      naiveReads: () => ({ sheets: [valueSheet], names: [] }),
      excel: async (workbook) => void ok(await excelBackend(workbook).writeValue(valueAnswersFor(), 'en'), 'saving the value proposition'),
      sheets: (globals) => {
        const answers = valueAnswers(globals, valueSheet);
        resetSheetsCalls(globals);
        ok(sheetsOperations(globals).ops.writeValue(answers, 'en'), 'saving the value proposition');
      },
      plan: (globals) => capturePlan(globals, (ops) => ops.writeValue(valueAnswers(globals, valueSheet), 'en')),
    },
    {
      family: 'wizard save',
      name: 'save settings (currency)',
      scenario: { sheets: [], templates: [{ id: 'settings', options: EN }] },
      naiveReads: () => ({ sheets: [], names: SETTINGS_READ }),
      excel: async (workbook) => void ok(await excelBackend(workbook).writeSettings(settingsChange(), 'en'), 'saving settings'),
      sheets: (globals) => void ok(sheetsOperations(globals).ops.writeSettings(settingsChange(), 'en'), 'saving settings'),
      plan: (globals) => capturePlan(globals, (ops) => ops.writeSettings(settingsChange(), 'en')),
    },
    {
      family: 'wizard save',
      name: 'update a deal (200-deal table)',
      scenario: { sheets: dealSheets, templates: [] },
      naiveReads: () => ({ sheets: [dealSheet], names: [SETTINGS_NAMES.ladder] }),
      excel: async (workbook) => void ok(await excelBackend(workbook).updateDeal(dealUpdate, 'en'), 'updating a deal'),
      sheets: (globals) => {
        activate(globals, dealSheet);
        resetSheetsCalls(globals);
        ok(sheetsOperations(globals).ops.updateDeal(dealUpdate, 'en'), 'updating a deal');
      },
      plan: (globals) => {
        activate(globals, dealSheet);
        return capturePlan(globals, (ops) => ops.updateDeal(dealUpdate, 'en'));
      },
    },
  ];

  // The wizard's answers are plain data read on a Sheets copy of the same workbook; both hosts save them.
  function assessmentAnswersFor(): AssessmentAnswers {
    return assessmentAnswers(prepareSheets({ sheets: [], templates: [{ id: 'assessment', options: tas }] }), assessmentSheet);
  }
  function valueAnswersFor(): ValueAnswers {
    return valueAnswers(prepareSheets({ sheets: [], templates: [{ id: 'valueProposition', options: EN }] }), valueSheet);
  }
}

function settingsChange() {
  return { locale: 'en' as const, ladder: 'MILESTONES' as const, currency: 'EUR', sheetName: 'Settings' };
}

function capturePlan(globals: FakeGasGlobals, run: (ops: SynchronousOperations) => { readonly ok: true; readonly value: unknown } | { readonly ok: false }): WritePlan {
  const { ops, plans } = sheetsOperations(globals);
  ok(run(ops), 'computing the plan');
  if (plans.length !== 1) throw new Error(`expected one plan, the operation applied ${plans.length}`);
  return plans[0];
}

function pipelineOperations(sizes: readonly { reps: number; dealsPerRep: number }[]): Operation[] {
  return sizes.flatMap(({ reps, dealsPerRep }): Operation[] => {
    const sheets = teamSheets({ reps, dealsPerRep });
    const size = `${reps} reps × ${dealsPerRep} deals`;
    const allSheets = (names: readonly string[]) => ({ sheets: names, names: ROLLUP_SETTING_NAME_LIST });
    return [
      {
        family: 'pipeline',
        name: `roll up team, ${size}`,
        scenario: { sheets, templates: [] },
        naiveReads: allSheets,
        excel: async (workbook) => void (await workbook.run((context) => runExcelOperation(context, 'rollUpTeam', [null], 'en', { clock: BENCH_CLOCK, modernCharts: true }))),
        sheets: (globals) => void ok(sheetsOperations(globals).ops.rollUpTeam(null, 'en'), 'rolling up'),
        plan: (globals) => capturePlan(globals, (ops) => ops.rollUpTeam(null, 'en')),
      },
      {
        family: 'pipeline',
        name: `take snapshot, ${size}`,
        scenario: { sheets, templates: [] },
        naiveReads: allSheets,
        excel: async (workbook) => void (await workbook.run((context) => runExcelOperation(context, 'takeSnapshot', [], 'en', { clock: BENCH_CLOCK, modernCharts: true }))),
        sheets: (globals) => void ok(sheetsOperations(globals).ops.takeSnapshot('en'), 'taking a snapshot'),
        plan: (globals) => capturePlan(globals, (ops) => ops.takeSnapshot('en')),
      },
    ];
  });
}

/** The unbatched add-in's reads: one sync per question (each sheet's used range, each name). */
async function naiveExcelReads(context: Excel.RequestContext, questions: { sheets: readonly string[]; names: readonly string[] }): Promise<WorkbookRead> {
  const sheets: SheetValues[] = [];
  for (const name of questions.sheets) {
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    used.load('isNullObject,values,rowIndex,columnIndex');
    await context.sync();
    sheets.push({ name, values: used.isNullObject ? [] : valuesFromA1(used.values, used.rowIndex, used.columnIndex) });
  }
  const references: Record<string, string> = {};
  for (const name of questions.names) {
    const item = context.workbook.names.getItemOrNullObject(name);
    item.load('isNullObject,formula');
    await context.sync();
    if (!item.isNullObject) references[name] = String(item.formula).replace(/^=/, '');
  }
  return { sheets, named: namedValuesFromReferences(references, sheets), asOf: BENCH_AS_OF };
}

function countCells(resolved: ResolvedPlan): { cells: number; blocks: number } {
  let cells = 0;
  let blocks = 0;
  for (const sheet of resolved.sheets) {
    for (const block of [...sheet.values, ...sheet.formulas]) {
      blocks += 1;
      for (const row of block.rows) for (const v of row) if (v !== null) cells += 1;
    }
    for (const block of sheet.appends) {
      blocks += 1;
      cells += block.rows.length * block.width;
    }
  }
  return { cells, blocks };
}

async function measure(operation: Operation, mockBaselineUpTo: number, crossCheckUpTo: number): Promise<RoundTripRow> {
  // DealKit in Excel.
  const excel = await prepareExcel(operation.scenario);
  await operation.excel(excel);
  const { syncs: excelSyncs, cellWrites: excelCellWrites } = excel.counter;

  // DealKit in Sheets.
  const sheets = prepareSheets(operation.scenario);
  operation.sheets(sheets);
  const sheetsCounted = sheetsCalls(sheets);

  // The plan, its size, and the baselines.
  const planBook = prepareSheets(operation.scenario);
  const plan = operation.plan(planBook);
  const naiveSheets = prepareSheets(operation.scenario);
  const readsFor = operation.naiveReads(operation.scenario.sheets.map((s) => s.name));
  // The Sheets baseline reads what DealKit's Sheets shell reads (one call per sheet or name) and writes per cell.
  for (const name of readsFor.sheets) naiveSheets.SpreadsheetApp.spreadsheet.getSheetByName(name)?.getDataRange().getValues();
  for (const name of readsFor.names) naiveSheets.SpreadsheetApp.spreadsheet.getRangeByName(name)?.getValues();
  const resolved = naiveApplyPlanSheets(book(naiveSheets), plan);
  const naiveSheetsCounted = sheetsCalls(naiveSheets);

  const deals = operation.scenario.sheets.reduce((n, s) => n + Math.max(0, s.values.length - 4), 0);
  const onMock = operation.family !== 'pipeline' || deals <= mockBaselineUpTo;
  const onStandIn = operation.family === 'pipeline' && (deals <= crossCheckUpTo || !onMock);
  let naiveSyncsOnMock: number | undefined;
  if (onMock) {
    const naiveExcel = await prepareExcel(operation.scenario, true);
    await naiveExcel.run(async (context) => {
      await naiveExcelReads(context, readsFor);
      await naiveApplyPlanExcel(context, plan);
    });
    naiveSyncsOnMock = naiveExcel.counter.syncs;
  }
  let naiveSyncsStandIn: number | undefined;
  if (onStandIn) {
    const standIn = countingContext(operation.scenario.sheets);
    await naiveExcelReads(standIn.context, readsFor);
    await naiveApplyPlanExcel(standIn.context, plan);
    naiveSyncsStandIn = standIn.counter.syncs;
  }
  const naiveSyncs = (naiveSyncsStandIn ?? naiveSyncsOnMock) as number;

  const { cells, blocks } = countCells(resolved);
  return {
    family: operation.family,
    operation: operation.name,
    cells,
    blocks,
    excel: {
      syncs: excelSyncs,
      cellWrites: excelCellWrites,
      naiveSyncs,
      naiveOn: naiveSyncsStandIn === undefined ? 'office-addin-mock' : 'counting stand-in',
      ...(naiveSyncsStandIn !== undefined && naiveSyncsOnMock !== undefined ? { naiveSyncsOnMock } : {}),
    },
    sheets: { ...sheetsCounted, naive: naiveSheetsCounted },
    meetsGoal: { excel: excelSyncs <= excelSyncBudget(plan) && excelCellWrites <= blocks, sheets: sheetsCounted.cellWrites <= blocks },
  };
}

export interface RoundTripOptions {
  readonly pipelineSizes: readonly { reps: number; dealsPerRep: number }[];
  /** Teams up to this many deals get the Excel baseline on office-addin-mock; bigger ones on the counting stand-in. */
  readonly mockBaselineUpTo: number;
  /** Teams up to this many deals run the Excel baseline on both, to show the stand-in counts as the mock does. */
  readonly crossCheckUpTo: number;
  readonly log?: (line: string) => void;
}

export async function measureRoundTrips(options: RoundTripOptions): Promise<RoundTripRow[]> {
  const operations = [...templateOperations(), ...wizardOperations(), ...pipelineOperations(options.pipelineSizes)];
  const rows: RoundTripRow[] = [];
  for (const operation of operations) {
    const row = await measure(operation, options.mockBaselineUpTo, options.crossCheckUpTo);
    options.log?.(`  ${row.operation}: Excel ${row.excel.syncs} syncs (baseline ${row.excel.naiveSyncs}), Sheets ${row.sheets.writes} writes (baseline ${row.sheets.naive.writes})`);
    rows.push(row);
  }
  return rows;
}
