import { text, tr, type Locale, type Text } from '../i18n';
import { sheetToken, type PlanValue, type WritePlan } from '../plan';
import { boxToA1 } from '../a1';
import { FORECAST_LABELS } from '../scoring/pipeline';
import { pipelineHeader } from './columns';
import type { Dashboard, HygieneIssue, PricedDeal, RepFigures } from './dashboard';
import { isoFromSerial } from './dates';
import { DASHBOARD_MARKER, TEAM_PIPELINE_MARKER } from './markers';
import type { Reconciliation, Rollup } from './rollup';
import { REPORT_COLOURS, ReportSheet } from './sheet-writer';
import { writeHealthyTeam } from './healthy-team-block';
import { stageConversionSection, type DashboardStageConversion } from './stage-conversion-block';
import { AMOUNT_FORMAT } from '../numbers/amount-format';
import { overdueActionsSection } from './overdue-actions-section';
import { writeBuyingBehind } from './buying-behind-section';
import { writeDecisionMakerWatch } from '../deals/decision-maker-section';
import type { DealHealth } from './deal-health';
import { writeDealHealth } from './deal-health-plan';
import { shadeFlaggedDeals, teamPipelineHealthColumns } from './team-pipeline-health';

/**
 * What "Roll up team" writes: the Team pipeline sheet (every counted deal with its rep and source) and
 * the Dashboard sheet, both owned sheets marked in A1 so a re-run rebuilds them and nothing else. All
 * figures are written as values computed by the pure core; each list names its source sheet and row.
 */

export const TEAM_PIPELINE_KEY = 'teamPipeline';
/** Team pipeline layout the dashboard's formulas point at: header on row 6, deals from row 7. */
export const TEAM_PIPELINE_HEADER_ROW = 6;
const TEAM_COLUMNS = { amount: 4, stage: 6, weighted: 9 } as const;
export const DASHBOARD_KEY = 'dashboard';

const AMOUNT = AMOUNT_FORMAT;
const PERCENT = '0%';
const DATE = 'yyyy-mm-dd';
const RATIO = '0.00';
const WHOLE = '0';

const T = {
  teamSheet: text('Team pipeline', '团队商机管道'),
  dashboardSheet: text('Dashboard', '仪表板'),
  teamTitle: (asOf: string) => text(`Team pipeline as of ${asOf}`, `团队商机管道（截至 ${asOf}）`),
  dashboardTitle: (period: string, asOf: string) => text(`Team dashboard, ${period}, as of ${asOf}`, `团队仪表板：${period}（截至 ${asOf}）`),
  rebuilt: text('Rebuilt by DealKit "Roll up team" from the reps\' sheets: edit those, not this sheet.', '由 DealKit“汇总团队”根据各销售的工作表重建：请修改源工作表，而不是本表。'),
  rep: text('Rep', '销售代表'),
  sourceSheet: text('Source sheet', '来源工作表'),
  sourceRow: text('Source row', '来源行'),
  probability: text('Probability', '概率'),
  weighted: text('Weighted', '加权金额'),
  category: text('Forecast category', '预测类别'),
  evidenced: text('Evidenced stage', '有证据的阶段'),
  daysInStage: text('Days in stage', '停留天数'),
  perRep: text('Per rep', '按销售代表'),
  team: text('Team', '团队'),
  repHeaders: [
    text('Rep', '销售代表'),
    text('Open deals', '进行中商机数'),
    text('Open', '进行中金额'),
    text('Weighted', '加权金额'),
    text('Commit', '承诺'),
    text('Best case', '乐观'),
    text('Won (period)', '本期赢单'),
    text('Quota', '指标'),
    text('Coverage', '覆盖率'),
    text('Win rate', '赢率'),
    text('Average cycle (days)', '平均周期（天）'),
    text('Velocity per day', '每日销售速度'),
    text('P10', 'P10'),
    text('P50', 'P50'),
    text('P90', 'P90'),
    text('Chance of quota', '完成指标的概率'),
  ],
  rangeNote: (resolution: number) =>
    text(
      `P10 / P50 / P90: the amount the period closes at or below with 10 / 50 / 90 % probability (won so far plus open deals closing in the period, each at its stage probability, independently; amounts on a grid of ${resolution}).`,
      `P10 / P50 / P90：本期成交金额不超过该值的概率分别为 10% / 50% / 90%（已赢单金额加上本期内预计成交的进行中商机，各按其阶段概率独立计算；金额精度为 ${resolution}）。`,
    ),
  funnel: text('Funnel by stage', '按阶段的漏斗'),
  funnelHeaders: [text('Stage', '阶段'), text('Amount', '金额'), text('Weighted', '加权金额'), text('Deals', '商机数'), text('Code', '代码')],
  funnelChart: text('Pipeline funnel', '商机漏斗'),
  byMonth: text('Weighted forecast by month', '按月加权预测'),
  byQuarter: text('Weighted forecast by quarter', '按季度加权预测'),
  month: text('Month', '月份'),
  quarter: text('Quarter', '季度'),
  total: text('Total', '合计'),
  forecastChart: text('Weighted forecast by month', '按月加权预测'),
  stalled: text('Stalled deals', '停滞的商机'),
  stalledHeaders: [text('Stage', '阶段'), text('Days in stage', '停留天数'), text('Limit', '上限'), text('Days over', '超出天数')],
  overclaimed: text('Claimed stage above the evidence', '声称阶段高于证据'),
  overclaimedHeaders: [text('Claimed stage', '声称阶段'), text('Evidenced stage', '有证据的阶段'), text('Stages ahead', '超前阶段数')],
  noEvidence: text('none', '无'),
  attention: text('No next step or close date passed', '缺少下一步或已过预计成交日期'),
  attentionHeaders: [text('Close date', '预计成交日期'), text('Next step', '下一步'), text('Issue', '问题')],
  issues: {
    noNextStep: text('no next step', '没有下一步'),
    pastCloseDate: text('close date passed', '已过预计成交日期'),
  } as Record<HygieneIssue, Text>,
  views: text('Forecast: rep view and manager view', '预测：销售视图与经理视图'),
  viewHeaders: [
    text('Rep', '销售代表'),
    text('Period', '期间'),
    text('Won', '已赢单'),
    text('Rep commit', '销售承诺'),
    text('Manager commit', '经理承诺'),
    text('Commit difference', '承诺差额'),
    text('Rep best case', '销售最佳情况'),
    text('Manager best case', '经理最佳情况'),
    text('Best case difference', '最佳情况差额'),
    text('Rep weighted', '销售加权'),
    text('Manager note', '经理备注'),
  ],
  viewsNote: text(
    "Rep view: won + Commit deals (commit), and + Best case deals (best case), closing in the period. Manager view: the adjusted commit and best case entered on the Settings sheet's Forecast adjustments table, which the roll-up reads and never rewrites; where none is entered, the rep's figure stands. Difference = manager − rep.",
    '销售视图：本期内预计成交的已赢单加“承诺”商机（承诺），再加“最佳情况”商机（最佳情况）。经理视图：在设置表“预测调整”中填写的调整后承诺与最佳情况；汇总只读取、从不改写该表；未填写时沿用销售的数字。差额 = 经理 − 销售。',
  ),
  overrides: text('Probability overrides', '概率调整'),
  overrideHeaders: [
    text('Stage', '阶段'),
    text('Stage probability', '阶段概率'),
    text('Override', '调整后概率'),
    text('Difference (points)', '差异（百分点）'),
    text('Flagged', '标记'),
    text('Reason', '原因'),
  ],
  overridesNote: (points: number) =>
    text(
      `Deals whose probability a rep typed over the stage's default. Flagged: more than ${points} points from it (the limit is a setting on the Settings sheet).`,
      `销售覆盖了阶段默认概率的商机。标记：与默认值相差超过 ${points} 个百分点（该上限可在设置表中修改）。`,
    ),
  flagged: text('over the limit', '超出上限'),
  noReason: text('(no reason given)', '（未填写原因）'),
  setAside: text('Rows set aside', '未计入的行'),
  setAsideHeaders: [text('Sheet', '工作表'), text('Row', '行'), text('Deal ID', '商机编号'), text('Amount', '金额'), text('Reason', '原因')],
  sources: text('Tables read', '读取的表'),
  sourceHeaders: [text('Sheet', '工作表'), text('Header row', '表头行'), text('Rep', '销售代表'), text('Rows', '行数')],
  none: text('None.', '无。'),
  dealLabel: [text('Rep', '销售代表'), text('Deal ID', '商机编号'), text('Opportunity', '商机')],
  whereLabel: [text('Sheet', '工作表'), text('Row', '行')],
};

/** 1234567.5 → "1,234,567.50", the same in both languages and on every engine (no Intl data needed). */
export function money(n: number): string {
  const negative = n < 0;
  const cents = Math.round(Math.abs(n) * 100);
  const whole = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative && cents > 0 ? '-' : ''}${whole}.${String(cents % 100).padStart(2, '0')}`;
}

/** "Read 8 rows (108,449.50) = counted 3 (101,550.50) + set aside 5 (6,899.00)." */
export function reconciliationLine(r: Reconciliation, locale: Locale): string {
  const m = money;
  return tr(
    text(
      `Read ${r.read.deals} ${r.read.deals === 1 ? 'row' : 'rows'} (${m(r.read.amount)}) = counted ${r.counted.deals} (${m(r.counted.amount)}) + set aside ${r.setAside.deals} (${m(r.setAside.amount)}).`,
      `读取 ${r.read.deals} 行（${m(r.read.amount)}）= 计入 ${r.counted.deals} 行（${m(r.counted.amount)}）+ 未计入 ${r.setAside.deals} 行（${m(r.setAside.amount)}）。`,
    ),
    locale,
  );
}

const L = (t: Text, locale: Locale): string => tr(t, locale);

function stageName(code: string | null | undefined, dashboard: Dashboard, locale: Locale): string {
  if (code === null || code === undefined) return '';
  const stage = [...dashboard.funnel].find((f) => f.stage === code);
  return stage ? `${code} ${tr(stage.label, locale)}` : code;
}

function teamPipelineSheet(rollup: Rollup, dashboard: Dashboard, locale: Locale, dealHealth?: DealHealth): ReportSheet {
  const sheet = new ReportSheet(TEAM_PIPELINE_KEY, { kind: 'owned', baseName: L(T.teamSheet, locale), marker: TEAM_PIPELINE_MARKER });
  sheet.line([TEAM_PIPELINE_MARKER], { fontColor: REPORT_COLOURS.marker, italic: true });
  sheet.line([L(T.teamTitle(isoFromSerial(dashboard.asOf)), locale)], { bold: true, fontColor: REPORT_COLOURS.title });
  sheet.line([reconciliationLine(rollup.reconciliation, locale)]);
  sheet.line([L(T.rebuilt, locale)], { italic: true, fontColor: REPORT_COLOURS.marker });
  sheet.blank();
  const h = (id: Parameters<typeof pipelineHeader>[0]): string => pipelineHeader(id, locale);
  const headers = [
    L(T.rep, locale),
    h('id'),
    h('account'),
    h('opportunity'),
    h('amount'),
    h('currency'),
    h('stage'),
    h('closeDate'),
    L(T.probability, locale),
    L(T.weighted, locale),
    L(T.category, locale),
    L(T.evidenced, locale),
    h('stageEntered'),
    L(T.daysInStage, locale),
    h('nextStep'),
    h('competitor'),
    h('method'),
    h('evidence'),
    h('created'),
    L(T.sourceSheet, locale),
    L(T.sourceRow, locale),
  ];
  const health = dealHealth ? teamPipelineHealthColumns(dashboard.deals, dealHealth, locale) : undefined;
  const rows = dashboard.deals.map((d, i): PlanValue[] => [
    d.owner,
    d.id,
    d.account,
    d.opportunity,
    d.amount,
    d.currency,
    d.stage,
    d.closeDate,
    d.probability,
    d.weighted,
    L(FORECAST_LABELS[d.forecastCategory], locale),
    d.evidencedStage === undefined ? '' : (d.evidencedStage ?? L(T.noEvidence, locale)),
    d.stageEntered ?? null,
    d.daysInStage ?? null,
    d.nextStep,
    d.competitor,
    d.method,
    d.evidence,
    d.created ?? null,
    d.sheet,
    d.row,
    ...(health?.cells[i] ?? []),
  ]);
  const table = sheet.table([...headers, ...(health?.headers ?? [])], rows, [
    undefined,
    undefined,
    undefined,
    undefined,
    AMOUNT,
    undefined,
    undefined,
    DATE,
    PERCENT,
    AMOUNT,
    undefined,
    undefined,
    DATE,
    WHOLE,
    undefined,
    undefined,
    undefined,
    undefined,
    DATE,
    undefined,
    WHOLE,
  ]);
  if (health) shadeFlaggedDeals(sheet, table, headers.length, health);
  [110, 90, 160, 200, 110].forEach((w, i) => sheet.width(i, w));
  return sheet;
}

function repRow(r: RepFigures, label: string): PlanValue[] {
  const p = r.range.percentiles.map((x) => x.amount);
  return [
    label,
    r.openDeals,
    r.openAmount,
    r.weighted,
    r.commit,
    r.bestCase,
    r.periodWon,
    r.quota,
    r.coverage,
    r.winRate,
    r.averageCycleDays,
    r.velocity,
    p[0] ?? null,
    p[1] ?? null,
    p[2] ?? null,
    r.range.chanceOfReachingQuota ?? null,
  ];
}

function dealCells(d: PricedDeal): PlanValue[] {
  return [d.owner, d.id, d.opportunity || d.account];
}

function dashboardSheet(rollup: Rollup, dashboard: Dashboard, locale: Locale, stageConversion?: DashboardStageConversion, health?: DealHealth): ReportSheet {
  const sheet = new ReportSheet(DASHBOARD_KEY, { kind: 'owned', baseName: L(T.dashboardSheet, locale), marker: DASHBOARD_MARKER });
  const headersOf = (list: readonly Text[]): string[] => list.map((t) => L(t, locale));
  const section = (title: Text): void => {
    sheet.blank();
    sheet.line([L(title, locale)], { bold: true, fontColor: REPORT_COLOURS.title });
  };
  const noneIfEmpty = (count: number): void => {
    if (count === 0) sheet.line([L(T.none, locale)], { italic: true });
  };

  sheet.line([DASHBOARD_MARKER], { fontColor: REPORT_COLOURS.marker, italic: true });
  sheet.line([L(T.dashboardTitle(dashboard.period.key, isoFromSerial(dashboard.asOf)), locale)], { bold: true, fontColor: REPORT_COLOURS.title });
  sheet.line([reconciliationLine(rollup.reconciliation, locale)]);

  section(T.perRep);
  const repTable = sheet.table(
    headersOf(T.repHeaders),
    [...dashboard.reps.map((r) => repRow(r, r.rep)), repRow(dashboard.team, L(T.team, locale))],
    [undefined, WHOLE, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT, RATIO, PERCENT, '0.0', AMOUNT, AMOUNT, AMOUNT, AMOUNT, PERCENT],
  );
  const teamRow = repTable.header + repTable.rows;
  sheet.style(teamRow, 0, 1, T.repHeaders.length, { bold: true, fill: REPORT_COLOURS.totalFill });
  if (dashboard.reps.length > 0) {
    // The team's additive figures are live sums of the rep rows above, so the sheet shows where they come from.
    const sumOf = (column: number): string => `=SUM(${boxToA1(repTable.header + 1, column, dashboard.reps.length, 1)})`;
    const additive = [1, 2, 3, 4, 5, 6, ...(dashboard.team.quota === null ? [] : [7])];
    sheet.formulaRow(
      teamRow,
      1,
      Array.from({ length: 7 }, (_, i) => (additive.includes(i + 1) ? sumOf(i + 1) : null)),
    );
  }
  sheet.line([L(T.rangeNote(dashboard.team.range.resolution), locale)], { italic: true, fontColor: REPORT_COLOURS.marker });
  writeHealthyTeam(sheet, dashboard, locale);

  section(T.views);
  const viewRow = (v: Dashboard['teamView'], label: string): PlanValue[] => [
    label,
    v.period,
    v.repView.won,
    v.repView.commit,
    v.managerCommit,
    v.commitDifference,
    v.repView.bestCase,
    v.managerBestCase,
    v.bestCaseDifference,
    v.repView.weighted,
    v.note,
  ];
  const views = sheet.table(
    headersOf(T.viewHeaders),
    [...dashboard.forecastViews.map((v) => viewRow(v, v.rep)), viewRow(dashboard.teamView, L(T.team, locale))],
    [undefined, undefined, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT, undefined],
  );
  sheet.style(views.header + views.rows, 0, 1, T.viewHeaders.length, { bold: true, fill: REPORT_COLOURS.totalFill });
  sheet.line([L(T.viewsNote, locale)], { italic: true, fontColor: REPORT_COLOURS.marker });

  section(T.funnel);
  const funnelRows = dashboard.funnel.map((f): PlanValue[] => [`${f.stage} ${tr(f.label, locale)}`, f.amount, f.weighted, f.deals, f.stage]);
  const funnel = sheet.table(headersOf(T.funnelHeaders), funnelRows, [undefined, AMOUNT, AMOUNT, WHOLE, undefined]);
  if (dashboard.deals.length > 0) {
    // Amount, weighted and deal count per stage are read off the Team pipeline rows by stage code.
    const first = TEAM_PIPELINE_HEADER_ROW;
    const last = TEAM_PIPELINE_HEADER_ROW + dashboard.deals.length - 1;
    const team = sheetToken(TEAM_PIPELINE_KEY);
    const col = (index: number): string => `${team}!$${boxToA1(0, index, 1, 1).replace(/\d+$/, '')}$${first + 1}:$${boxToA1(0, index, 1, 1).replace(/\d+$/, '')}$${last + 1}`;
    sheet.formulaBlock(
      funnel.header + 1,
      1,
      dashboard.funnel.map((_, i) => {
        const code = boxToA1(funnel.header + 1 + i, 4, 1, 1);
        return [
          `=SUMIFS(${col(TEAM_COLUMNS.amount)},${col(TEAM_COLUMNS.stage)},${code})`,
          `=SUMIFS(${col(TEAM_COLUMNS.weighted)},${col(TEAM_COLUMNS.stage)},${code})`,
          `=COUNTIFS(${col(TEAM_COLUMNS.stage)},${code})`,
        ];
      }),
    );
  }
  const chartRows = dashboard.funnel.filter((f) => f.kind !== 'lost').length;
  // Charts sit in a column of their own right of the widest table (the per-rep one), one above the other.
  const chartColumn = T.repHeaders.length + 1;
  sheet.chart(
    { kind: 'funnel', title: L(T.funnelChart, locale), width: 480, height: 300 },
    { row: funnel.header, column: 0, height: chartRows + 1, width: 2 },
    { row: 4, column: chartColumn },
  );

  const grid = (title: Text, label: Text, rows: Dashboard['byMonth']): { header: number; rows: number } => {
    section(title);
    const categories = [FORECAST_LABELS.pipeline, FORECAST_LABELS.bestCase, FORECAST_LABELS.commit, FORECAST_LABELS.won, T.total];
    const placed = sheet.table(
      [L(label, locale), ...headersOf(categories)],
      rows.map((r) => [r.key, r.pipeline, r.bestCase, r.commit, r.won, r.total]),
      [undefined, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT],
    );
    noneIfEmpty(rows.length);
    return placed;
  };
  const months = grid(T.byMonth, T.month, dashboard.byMonth);
  if (months.rows > 0) {
    sheet.chart(
      { kind: 'column', title: L(T.forecastChart, locale), width: 480, height: 300 },
      { row: months.header, column: 0, height: months.rows + 1, width: 5 },
      { row: 22, column: chartColumn },
    );
  }
  grid(T.byQuarter, T.quarter, dashboard.byQuarter);

  const where = (d: PricedDeal): PlanValue[] => [d.sheet, d.row];
  section(T.stalled);
  sheet.table(
    [...headersOf(T.dealLabel), ...headersOf(T.stalledHeaders), ...headersOf(T.whereLabel)],
    dashboard.stalled.map((d) => [...dealCells(d), stageName(d.stage, dashboard, locale), d.daysInStage ?? null, d.stallLimit, d.stalledDays ?? null, ...where(d)]),
    [undefined, undefined, undefined, undefined, WHOLE, WHOLE, WHOLE, undefined, WHOLE],
  );
  noneIfEmpty(dashboard.stalled.length);

  section(T.overclaimed);
  sheet.table(
    [...headersOf(T.dealLabel), ...headersOf(T.overclaimedHeaders), ...headersOf(T.whereLabel)],
    dashboard.overclaimed.map((d) => [
      ...dealCells(d),
      stageName(d.stage, dashboard, locale),
      d.evidencedStage ? stageName(d.evidencedStage, dashboard, locale) : L(T.noEvidence, locale),
      d.evidenceGap ?? null,
      ...where(d),
    ]),
    [undefined, undefined, undefined, undefined, undefined, WHOLE, undefined, WHOLE],
  );
  noneIfEmpty(dashboard.overclaimed.length);

  section(T.overrides);
  sheet.line([L(T.overridesNote(dashboard.overrideFlagPoints), locale)], { italic: true, fontColor: REPORT_COLOURS.marker });
  const overrides = sheet.table(
    [...headersOf(T.dealLabel), ...headersOf(T.overrideHeaders), ...headersOf(T.whereLabel)],
    dashboard.overrides.map((d) => [
      ...dealCells(d),
      stageName(d.stage, dashboard, locale),
      d.stageProbability,
      d.probability,
      d.overridePoints,
      d.overrideFlagged ? L(T.flagged, locale) : '',
      d.overrideReason || L(T.noReason, locale),
      ...where(d),
    ]),
    [undefined, undefined, undefined, undefined, PERCENT, PERCENT, '+0;-0;0', undefined, undefined, undefined, WHOLE],
  );
  const flaggedCount = dashboard.overrides.filter((d) => d.overrideFlagged).length;
  // Flagged rows come first: shade them so the manager's eye lands there.
  if (flaggedCount > 0) sheet.style(overrides.header + 1, 0, flaggedCount, T.dealLabel.length + T.overrideHeaders.length + T.whereLabel.length, { fill: '#FCE4D6' });
  noneIfEmpty(dashboard.overrides.length);
  stageConversionSection(sheet, stageConversion, locale);

  section(T.attention);
  sheet.table(
    [...headersOf(T.dealLabel), ...headersOf(T.attentionHeaders), ...headersOf(T.whereLabel)],
    dashboard.hygiene.map(({ deal, issues }) => [
      ...dealCells(deal),
      deal.closeDate,
      deal.nextStep,
      issues.map((i) => L(T.issues[i], locale)).join(locale === 'en' ? '; ' : '；'),
      ...where(deal),
    ]),
    [undefined, undefined, undefined, DATE, undefined, undefined, undefined, WHOLE],
  );
  noneIfEmpty(dashboard.hygiene.length);

  if (health) writeDealHealth(sheet, health, dashboard, locale);
  overdueActionsSection(sheet, dashboard.overdueActions, isoFromSerial(dashboard.asOf), locale);
  writeBuyingBehind(sheet, dashboard.buyingBehind, locale);
  writeDecisionMakerWatch(sheet, dashboard.decisionMakers, locale);

  section(T.setAside);
  sheet.table(
    headersOf(T.setAsideHeaders),
    rollup.setAside.map((r) => [r.sheet, r.row, r.id, r.amount, r.reasons.map((x) => L(x.text, locale)).join(locale === 'en' ? '; ' : '；')]),
    [undefined, WHOLE, undefined, AMOUNT, undefined],
  );
  noneIfEmpty(rollup.setAside.length);

  section(T.sources);
  sheet.table(
    headersOf(T.sourceHeaders),
    rollup.sources.map((s) => [s.sheet, s.headerRow, s.rep, s.rows]),
    [undefined, WHOLE, undefined, WHOLE],
  );
  noneIfEmpty(rollup.sources.length);

  [140, 100, 120, 120, 110, 110, 110, 110].forEach((w, i) => sheet.width(i, w));
  return sheet;
}

export interface RollupPlanOptions {
  readonly locale: Locale;
  /** The team's stage-to-win conversion from the snapshot history; the block is left out without it. */
  readonly stageConversion?: DashboardStageConversion;
  /** The deal-health block (deal-health.ts) and the Team pipeline's health columns; left out when the roll-up did not read the deal sheets. */
  readonly dealHealth?: DealHealth;
}

export function rollupPlan(rollup: Rollup, dashboard: Dashboard, options: RollupPlanOptions): WritePlan {
  const team = teamPipelineSheet(rollup, dashboard, options.locale, options.dealHealth);
  const board = dashboardSheet(rollup, dashboard, options.locale, options.stageConversion, options.dealHealth);
  return {
    // Team pipeline: marker, title, reconciliation, note, a blank row, then the header on row 6.
    sheets: [team.build({ frozenRows: 6 }), board.build({ activate: true, frozenRows: 3 })],
  };
}
