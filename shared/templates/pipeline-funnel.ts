import { text, tr, type Locale, type Text } from '../i18n';
import type { A1 } from '../plan';
import { dealkitCall } from './dealkit-call';
import { LADDER_IDS, LOST_STAGE, METHOD_IDS, type LadderId } from '../methods/types';
import { pipelineHeader, proofColumnHeader, type PipelineColumnId } from '../pipeline/columns';
import { FORECAST_LABELS, type ForecastCategory } from '../scoring/pipeline';
import { absoluteA1, cellAt, columnLettersOfNumber, parseA1, rangeAt } from '../a1';
import { LADDERS } from './method-data';
import { PALETTE, lightColours } from './palette';
import { SETTINGS_NAMES } from '../settings/names';
import { SheetBuilder, type ValidationRule } from './sheet-builder';
import { lightRules, type TemplateSheetBuild } from './template-build';
import { CURRENCY_CODES, STAGE_TABLE_ROWS } from './settings';
import { AMOUNT_FORMAT } from '../numbers/amount-format';
import { addBuyingSteps, type BuyingStepsLayout } from './pipeline-buying-steps';

export const PIPELINE_SHEET_KEY = 'pipeline';
/** Deal rows the table and its spill formulas cover. */
export const PIPELINE_ROWS = 200;
/** Months the weighted forecast shows, from the "from month" cell. */
export const FORECAST_MONTHS = 6;

/**
 * The deal columns the template writes, in order. The last two let a rep type a probability
 * over the stage's default, with the reason; WINPROB, WEIGHTED and FORECAST_CATEGORY read them.
 */
export const PIPELINE_TEMPLATE_COLUMNS: readonly PipelineColumnId[] = [
  'id',
  'account',
  'opportunity',
  'owner',
  'amount',
  'currency',
  'stage',
  'closeDate',
  'stageEntered',
  'nextStep',
  'competitor',
  'method',
  'evidence',
  'probabilityOverride',
  'overrideReason',
];

export type ComputedColumn = 'winProbability' | 'weighted' | 'category' | 'stalled' | 'evidenced';
export const COMPUTED_COLUMNS: readonly ComputedColumn[] = ['winProbability', 'weighted', 'category', 'stalled', 'evidenced'];

/** Forecast categories the month table lists, in its row order. */
export const FORECAST_ROWS: readonly ForecastCategory[] = ['pipeline', 'bestCase', 'commit', 'won'];

export interface PipelineFunnelOptions {
  readonly locale: Locale;
  /** Must match the workbook's Settings ladder: the proof columns are one per stage. */
  readonly ladder?: LadderId;
}

export interface PipelineFunnelLayout {
  readonly sheetKey: string;
  readonly ladder: LadderId;
  readonly asOf: A1;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: Readonly<Partial<Record<PipelineColumnId, string>>>;
  /** One tick-box column per ladder stage, in ladder order. */
  readonly proofColumns: readonly { readonly stage: string; readonly column: string }[];
  /** Column letter of each computed column; its formula sits in the first row and spills down. */
  readonly computed: Readonly<Record<ComputedColumn, string>>;
  /** Column letter of the per-row "override vs stage (points)" column, right of the computed ones. */
  readonly overridePoints: string;
  /** The customer's buying step beside each stage: the per-row expected / behind columns and the reference table. */
  readonly buying: BuyingStepsLayout;
  /** The cell mirroring DK_OVERRIDE_FLAG_POINTS, which the override flag's conditional format reads. */
  readonly overrideFlagLimit: A1;
  /** Top-left of the FUNNEL spill (stage, deals, amount, weighted; one row per stage, LOST last). */
  readonly funnel: A1;
  /** Stages the funnel lists (LOST is left out). */
  readonly funnelRows: number;
  readonly forecast: {
    readonly fromMonth: A1;
    /** Month start dates across, one column each. */
    readonly monthCells: readonly A1[];
    readonly rows: readonly { readonly category: ForecastCategory; readonly row: number }[];
    readonly totalRow: number;
  };
}

const T = {
  sheetName: text('Pipeline', '销售管道'),
  title: text('Pipeline and funnel', '销售管道与漏斗'),
  intro: text(
    'One row per deal. Tick a stage’s proof when the customer has done what proves it; the evidenced stage is the highest stage proven without gaps.',
    '每个商机一行。客户完成了某阶段的验证标准后勾选该阶段；“有据阶段”是连续验证到的最高阶段。',
  ),
  asOf: text('As of', '统计日期'),
  ladder: text('Ladder', '阶段体系'),
  computed: {
    winProbability: text('Win probability', '赢单概率'),
    weighted: text('Weighted amount', '加权金额'),
    category: text('Forecast category', '预测类别'),
    stalled: text('Days stalled', '停滞天数'),
    evidenced: text('Evidenced stage', '有据阶段'),
  } satisfies Record<ComputedColumn, Text>,
  overridePoints: text('Override vs stage (points)', '调整与阶段概率之差（百分点）'),
  flagLimit: text('Flag overrides beyond (points)', '调整超过此百分点即标记'),
  funnel: text('Funnel by stage', '各阶段漏斗'),
  funnelHeaders: [text('Stage', '阶段'), text('Deals', '商机数'), text('Amount', '金额'), text('Weighted', '加权金额')],
  funnelChart: text('Pipeline funnel (deals by stage)', '销售漏斗（各阶段商机数）'),
  forecast: text('Weighted forecast by month of close', '按成交月份的加权预测'),
  fromMonth: text('From month', '起始月份'),
  category: text('Category', '类别'),
  total: text('Total', '合计'),
  forecastChart: text('Weighted forecast by category and month', '按类别和月份的加权预测'),
};

/**
 * The "points from stage" column, one formula per row: the override minus the stage's probability in
 * DK_STAGES, in percentage points; blank without an override or with a stage DK_STAGES does not list
 * (WINPROB names those). Rounded to 1e-6 points so an override exactly at the limit (0.75 over 0.5
 * with a limit of 25) stays at 25 rather than binary noise above it.
 */
export function overridePointsFormula(columns: Readonly<Partial<Record<PipelineColumnId, string>>>, row: number): string {
  const override = `$${columns.probabilityOverride}${row}`;
  const stageProbability = `INDEX(${SETTINGS_NAMES.stages},MATCH($${columns.stage}${row},${SETTINGS_NAMES.stageCodes},0),2)`;
  return `=IFERROR(IF(${override}="","",ROUND((${override}-${stageProbability})*100,6)),"")`;
}

/**
 * The conditional format on the override and points columns, relative to the first row: true where the
 * points lie further from the stage than the limit. It reads only cells of this sheet — the points
 * column and the cell mirroring DK_OVERRIDE_FLAG_POINTS — because a conditional format that reaches
 * into another sheet or a named range is not accepted by every host.
 */
export function overrideFlagFormula(pointsColumn: string, firstRow: number, limit: A1): string {
  return `=AND(ISNUMBER($${pointsColumn}${firstRow}),ABS($${pointsColumn}${firstRow})>${absoluteA1(parseA1(limit))})`;
}

/**
 * The conditional format on the Deal ID column, relative to the first row: true where the id is typed
 * more than once in the table. COUNTIF, as every host has it in a conditional format; it matches
 * without regard to case and reads * and ? as wildcards, so it may flag a little more than the roll-up,
 * which sets aside a second row whose id is exactly the first's: as a warning, erring that way is safe.
 */
export function duplicateIdFormula(idColumn: string, firstRow: number, lastRow: number): string {
  // IF, not AND: a blank criterion is an error in HyperFormula's COUNTIF, and AND would carry it.
  return `=IF($${idColumn}${firstRow}="",FALSE(),COUNTIF($${idColumn}$${firstRow}:$${idColumn}$${lastRow},$${idColumn}${firstRow})>1)`;
}

/**
 * The pipeline table of METHODOLOGY §5 with one spill formula per computed column, the funnel by
 * stage with a funnel chart, and the weighted forecast by category and month.
 */
export function pipelineFunnelTemplate(options: PipelineFunnelOptions): TemplateSheetBuild<PipelineFunnelLayout> {
  const { locale } = options;
  const ladderId = options.ladder ?? 'MILESTONES';
  const ladder = LADDERS[ladderId];
  const L = (t: Text): string => tr(t, locale);
  const b = new SheetBuilder(PIPELINE_SHEET_KEY, { kind: 'new', baseName: L(T.sheetName) }, { activate: true }).landscape();

  const headRow = 5;
  const first = headRow + 1;
  const last = first + PIPELINE_ROWS - 1;
  const columns: Partial<Record<PipelineColumnId, string>> = {};
  PIPELINE_TEMPLATE_COLUMNS.forEach((id, i) => {
    columns[id] = columnLettersOfNumber(i + 1);
  });
  const colRange = (letter: string): A1 => `${letter}${first}:${letter}${last}`;
  const of = (id: PipelineColumnId): A1 => colRange(columns[id]!);
  const proofStart = PIPELINE_TEMPLATE_COLUMNS.length + 1;
  const proofColumns = ladder.stages.map((stage, i) => ({ stage: stage.code, column: columnLettersOfNumber(proofStart + i) }));
  // The customer's buying step follows the proofs: both are the evidence a rep records for the stage.
  columns.buyingStep = columnLettersOfNumber(proofStart + proofColumns.length);
  const computedStart = proofStart + proofColumns.length + 1;
  const computed = {} as Record<ComputedColumn, string>;
  COMPUTED_COLUMNS.forEach((c, i) => {
    computed[c] = columnLettersOfNumber(computedStart + i);
  });
  // Not one of the spill columns: plain per-row arithmetic, which every host computes without a DealKit call.
  const overridePoints = columnLettersOfNumber(computedStart + COMPUTED_COLUMNS.length);
  // The buying step's expected / behind pair sits right of the override points.
  const lastTableCol = computedStart + COMPUTED_COLUMNS.length + 2;
  const overrideFlagLimit: A1 = 'F3';

  b.value('A1', L(T.title)).style({ range: 'A1', bold: true, fontColor: PALETTE.title });
  b.value('A2', L(T.intro)).style({ range: 'A2', italic: true, fontColor: PALETTE.muted });
  b.value('A3', L(T.asOf)).style({ range: 'A3', bold: true });
  b.formula('B3', '=TODAY()').input('B3', { kind: 'date' });
  b.numberFormat('B3', 'yyyy-mm-dd');
  b.style({ range: 'B3', fill: PALETTE.inputFill });
  b.value('C3', L(T.ladder)).style({ range: 'C3', bold: true, align: 'right' });
  b.formula('D3', `=${SETTINGS_NAMES.ladder}`);
  b.value('E3', L(T.flagLimit)).style({ range: 'E3', bold: true, align: 'right' });
  b.formula(overrideFlagLimit, `=${SETTINGS_NAMES.overrideFlagPoints}`);

  // Header row: the shared pipeline headers, a proof column per stage, then the computed columns.
  b.row(`A${headRow}`, [
    ...PIPELINE_TEMPLATE_COLUMNS.map((id) => pipelineHeader(id, locale)),
    ...ladder.stages.map((s) => L(proofColumnHeader(s.code))),
    pipelineHeader('buyingStep', locale),
    ...COMPUTED_COLUMNS.map((c) => L(T.computed[c])),
    L(T.overridePoints),
  ]);
  b.style({ range: rangeAt(1, headRow, lastTableCol, headRow), bold: true, fill: PALETTE.headerFill, wrap: true });
  b.style({ range: rangeAt(computedStart, headRow, lastTableCol, headRow), fill: PALETTE.resultFill });

  const validations: Partial<Record<PipelineColumnId, ValidationRule>> = {
    amount: { kind: 'number', min: 0 },
    currency: { kind: 'list', items: CURRENCY_CODES },
    stage: { kind: 'listFromRange', source: SETTINGS_NAMES.stageCodes },
    closeDate: { kind: 'date' },
    stageEntered: { kind: 'date' },
    method: { kind: 'list', items: METHOD_IDS },
    // A fraction, shown as a percentage: 40 % is 0.4, and a bare 40 is refused by the cell and by the functions.
    probabilityOverride: { kind: 'number', min: 0, max: 1 },
  };
  // Consecutive free-text columns become one input range.
  let textRun: string[] = [];
  const flush = (): void => {
    if (textRun.length > 0) b.input(`${textRun[0]}${first}:${textRun[textRun.length - 1]}${last}`);
    textRun = [];
  };
  for (const id of PIPELINE_TEMPLATE_COLUMNS) {
    const rule = validations[id];
    if (rule) {
      flush();
      b.input(of(id), rule);
    } else textRun.push(columns[id]!);
  }
  flush();
  const proofs = `${proofColumns[0].column}${first}:${proofColumns[proofColumns.length - 1].column}${last}`;
  b.input(proofs, { kind: 'checkbox' });
  b.style({ range: `A${first}:${columns.buyingStep}${last}`, fill: PALETTE.inputFill });
  b.numberFormat(of('amount'), AMOUNT_FORMAT);
  b.numberFormat(`${columns.closeDate}${first}:${columns.stageEntered}${last}`, 'yyyy-mm-dd');
  b.numberFormat(of('probabilityOverride'), '0%');

  // One call per computed column over the whole table: hosts charge per call, not per row.
  const stageRange = of('stage');
  const overrides = of('probabilityOverride');
  b.formula(`${computed.winProbability}${first}`, `=${dealkitCall('WINPROB', [stageRange, SETTINGS_NAMES.stages, overrides])}`);
  b.formula(`${computed.weighted}${first}`, `=${dealkitCall('WEIGHTED', [of('amount'), stageRange, SETTINGS_NAMES.stages, overrides])}`);
  b.formula(`${computed.category}${first}`, `=${dealkitCall('FORECAST_CATEGORY', [stageRange, SETTINGS_NAMES.stages, overrides])}`);
  b.formula(`${computed.stalled}${first}`, `=${dealkitCall('STALLED', [stageRange, of('stageEntered'), '$B$3', SETTINGS_NAMES.stallLimits])}`);
  b.formula(`${computed.evidenced}${first}`, `=${dealkitCall('EVIDENCED_STAGE', [proofs, SETTINGS_NAMES.stages])}`);
  b.numberFormat(colRange(computed.winProbability), '0%');
  b.numberFormat(colRange(computed.weighted), AMOUNT_FORMAT);
  b.numberFormat(colRange(computed.stalled), '0');
  b.conditional({ range: colRange(computed.stalled), rule: { kind: 'number', operator: 'gt', values: [0] }, ...lightColours('red') });
  const categoryLights = FORECAST_ROWS.map((c) => ({ label: FORECAST_LABELS[c], light: c === 'pipeline' ? ('amber' as const) : c === 'bestCase' ? ('blue' as const) : ('green' as const) }));
  for (const rule of lightRules(colRange(computed.category), [...categoryLights, { label: FORECAST_LABELS.lost, light: 'red' }])) b.conditional(rule);
  // An evidenced stage that differs from the claimed one is the manager's first question.
  b.conditional({
    range: colRange(computed.evidenced),
    rule: { kind: 'formula', formula: `=AND($${columns.stage}${first}<>"",$${columns.stage}${first}<>"${LOST_STAGE}",$${computed.evidenced}${first}<>$${columns.stage}${first})` },
    ...lightColours('amber'),
  });

  // An override far from its stage's probability is what a manager asks about first: the rep sees the
  // same flag here as the Dashboard's "Probability overrides" list, driven by the same Settings limit.
  for (let row = first; row <= last; row += 1) b.formula(`${overridePoints}${row}`, overridePointsFormula(columns, row));
  b.numberFormat(colRange(overridePoints), '+0;-0;0');
  const flag = { rule: { kind: 'formula' as const, formula: overrideFlagFormula(overridePoints, first, overrideFlagLimit) }, ...lightColours('amber') };
  b.conditional({ range: of('probabilityOverride'), ...flag });
  b.conditional({ range: colRange(overridePoints), ...flag });
  // A Deal ID typed twice is flagged as it is typed: the roll-up counts only the first of the two.
  b.conditional({ range: of('id'), rule: { kind: 'formula', formula: duplicateIdFormula(columns.id!, first, last) }, ...lightColours('red') });

  // Funnel summary, right of the table
  const S = lastTableCol + 2;
  const sec = (r: number, label: Text, width: number): void => {
    b.value(cellAt(S, r), L(label));
    b.style({ range: rangeAt(S, r, S + width - 1, r), bold: true, fill: PALETTE.sectionFill, fontColor: PALETTE.sectionFont });
  };
  sec(1, T.funnel, 4);
  b.row(cellAt(S, 2), T.funnelHeaders.map(L));
  b.style({ range: rangeAt(S, 2, S + 3, 2), bold: true, fill: PALETTE.headerFill });
  const funnel = cellAt(S, 3);
  const funnelRows = ladder.stages.length;
  // HyperFormula sizes a spill before evaluating it: FUNNEL reserves the longest built-in ladder or the
  // Settings stage table, whichever is longer, so nothing may sit in those rows.
  const funnelReserve = Math.max(...LADDER_IDS.map((id) => LADDERS[id].stages.length), STAGE_TABLE_ROWS);
  b.formula(funnel, `=${dealkitCall('FUNNEL', [stageRange, of('amount'), SETTINGS_NAMES.stages, overrides])}`);
  b.numberFormat(rangeAt(S + 2, 3, S + 3, 2 + funnelRows), AMOUNT_FORMAT);
  b.chart({ kind: 'funnel', title: L(T.funnelChart), source: rangeAt(S, 2, S + 1, 2 + funnelRows), anchor: cellAt(S + 5, 1), width: 480, height: 300 });

  // Weighted forecast by category × month of close
  const fr = 3 + funnelReserve + 1;
  sec(fr, T.forecast, FORECAST_MONTHS + 1);
  b.value(cellAt(S, fr + 1), L(T.fromMonth)).style({ range: cellAt(S, fr + 1), bold: true });
  const fromMonth = cellAt(S + 1, fr + 1);
  b.formula(fromMonth, '=DATE(YEAR($B$3),MONTH($B$3),1)').input(fromMonth, { kind: 'date' });
  b.numberFormat(fromMonth, 'yyyy-mm');
  b.style({ range: fromMonth, fill: PALETTE.inputFill });
  const monthRow = fr + 2;
  b.value(cellAt(S, monthRow), L(T.category));
  const monthCells: A1[] = [];
  for (let m = 0; m < FORECAST_MONTHS; m += 1) {
    const cell = cellAt(S + 1 + m, monthRow);
    b.formula(cell, m === 0 ? `=${absoluteA1(parseA1(fromMonth))}` : `=EDATE(${cellAt(S + m, monthRow)},1)`);
    monthCells.push(cell);
  }
  b.numberFormat(rangeAt(S + 1, monthRow, S + FORECAST_MONTHS, monthRow), 'yyyy-mm');
  b.style({ range: rangeAt(S, monthRow, S + FORECAST_MONTHS, monthRow), bold: true, fill: PALETTE.headerFill });
  const abs = (r: A1): string => absoluteA1(parseA1(r));
  // From the header row down: a range that is exactly a spill area is one HyperFormula cannot sum over
  // (it throws), and a header never matches a category or a date, so including it changes nothing.
  const withHeader = (letter: string): A1 => abs(`${letter}${headRow}:${letter}${last}`);
  const weightedCol = withHeader(computed.weighted);
  const categoryCol = withHeader(computed.category);
  const closeCol = withHeader(columns.closeDate!);
  const rows = FORECAST_ROWS.map((category, i) => {
    const r = monthRow + 1 + i;
    b.value(cellAt(S, r), L(FORECAST_LABELS[category]));
    for (let m = 0; m < FORECAST_MONTHS; m += 1) {
      const c = S + 1 + m;
      const month = `${columnLettersOfNumber(c)}$${monthRow}`;
      b.formula(cellAt(c, r), `=SUMIFS(${weightedCol},${categoryCol},$${columnLettersOfNumber(S)}${r},${closeCol},">="&${month},${closeCol},"<"&EDATE(${month},1))`);
    }
    return { category, row: r };
  });
  const totalRow = monthRow + 1 + FORECAST_ROWS.length;
  b.value(cellAt(S, totalRow), L(T.total)).style({ range: rangeAt(S, totalRow, S + FORECAST_MONTHS, totalRow), bold: true });
  for (let m = 0; m < FORECAST_MONTHS; m += 1) {
    const c = columnLettersOfNumber(S + 1 + m);
    b.formula(`${c}${totalRow}`, `=SUM(${c}${monthRow + 1}:${c}${totalRow - 1})`);
  }
  b.numberFormat(rangeAt(S + 1, monthRow + 1, S + FORECAST_MONTHS, totalRow), AMOUNT_FORMAT);
  b.chart({
    kind: 'column',
    title: L(T.forecastChart),
    source: rangeAt(S, monthRow, S + FORECAST_MONTHS, totalRow - 1),
    anchor: cellAt(S, totalRow + 2),
    width: 560,
    height: 300,
  });

  // Below the forecast chart (300 px, about 15 rows).
  const buying = addBuyingSteps(b, {
    ladder: ladderId,
    locale,
    sheetKey: PIPELINE_SHEET_KEY,
    headerRow: headRow,
    firstRow: first,
    lastRow: last,
    stageColumn: columns.stage!,
    buyingStepColumn: columns.buyingStep!,
    rowColumns: computedStart + COMPUTED_COLUMNS.length + 1,
    tableColumn: S,
    tableRow: totalRow + 19,
  });

  const widths: Partial<Record<PipelineColumnId, number>> = {
    id: 90,
    account: 160,
    opportunity: 180,
    owner: 110,
    amount: 110,
    currency: 70,
    stage: 90,
    closeDate: 100,
    stageEntered: 100,
    nextStep: 200,
    competitor: 130,
    method: 90,
    evidence: 200,
    probabilityOverride: 90,
    overrideReason: 200,
  };
  for (const id of PIPELINE_TEMPLATE_COLUMNS) b.width(columns[id]!, widths[id] ?? 100);
  for (const p of proofColumns) b.width(p.column, 70);
  b.width(columns.buyingStep, 220);
  for (const c of COMPUTED_COLUMNS) b.width(computed[c], c === 'category' ? 110 : 100);
  b.width(overridePoints, 110);
  b.width(columnLettersOfNumber(S - 1), 24).width(columnLettersOfNumber(S), 150);
  for (let m = 0; m < FORECAST_MONTHS; m += 1) b.width(columnLettersOfNumber(S + 1 + m), 100);
  b.freeze(headRow);

  return {
    sheet: b.build(),
    inputs: b.inputs(),
    layout: {
      sheetKey: PIPELINE_SHEET_KEY,
      ladder: ladderId,
      asOf: 'B3',
      headerRow: headRow,
      firstRow: first,
      lastRow: last,
      columns,
      proofColumns,
      computed,
      overridePoints,
      buying,
      overrideFlagLimit,
      funnel,
      funnelRows,
      forecast: { fromMonth, monthCells, rows, totalRow },
    },
  };
}
