import { text, tr, type Locale, type Text } from '../i18n';
import { DEAL_SHEET_READERS, DEAL_SHEET_KINDS } from '../deals/deal-sheet-readers';
import type { DealSheetIssue } from '../deals/join-deal-sheets';
import type { PlanValue } from '../plan';
import { FORECAST_LABELS } from '../scoring/pipeline';
import { AMOUNT_FORMAT } from '../numbers/amount-format';
import type { Dashboard } from './dashboard';
import { DEAL_FLAGS } from './deal-flags';
import { controlCell, DEAL_HEALTH_TEXTS, FLAGGED_FILL, flagsCell, strategyCell, verdictCell } from './deal-health-cells';
import type { DealHealth, DealHealthRow } from './deal-health';
import { REPORT_COLOURS, type ReportSheet } from './sheet-writer';

/** The Dashboard's deal-health block: the flag counts, the table of every counted deal, and the deal sheets not joined. */

const T = {
  title: text('Deal health', '商机健康度'),
  note: text(
    "Verdict, control, strategy and gaps from each deal's assessment sheet, grade and net value from its value proposition, joined to the pipeline row by the Deal ID beside the sheet's Deal ID label. Where two sheets carry one Deal ID, the one with the later Date counts (undated is oldest; on one date, the sheet further right).",
    '结论、控制程度、策略和信息缺口来自各商机的机会评估表，评级和净价值来自其价值主张表，按表中“商机编号”旁的编号与商机行对应。两张表编号相同时，以“日期”较晚的为准（未填日期的视为最早；日期相同时以靠右的工作表为准）。',
  ),
  sheetsRead: (kind: Text, read: number, joined: number, reported: number) =>
    text(`${kind.en}: ${read} sheets read = ${joined} joined + ${reported} listed below.`, `${kind['zh-CN']}：读取 ${read} 张 = 对应 ${joined} 张 + 下方列出 ${reported} 张。`),
  flagsTitle: text('Flags', '预警'),
  flagHeaders: [text('Flag', '预警'), text('Deals', '商机数')],
  withoutAssessment: text('No assessment', '无评估'),
  headers: [
    text('Rep', '销售代表'),
    text('Deal ID', '商机编号'),
    text('Opportunity', '商机'),
    text('Stage', '阶段'),
    text('Forecast category', '预测类别'),
    DEAL_HEALTH_TEXTS.verdict,
    text('Not-in-control signs', '失控信号数'),
    DEAL_HEALTH_TEXTS.control,
    DEAL_HEALTH_TEXTS.strategy,
    text('Gaps', '信息缺口数'),
    text('Grade', '评级'),
    text('Net value', '净价值'),
    DEAL_HEALTH_TEXTS.flags,
    text('Assessment sheet', '机会评估表'),
    text('Value proposition sheet', '价值主张表'),
  ],
  issuesTitle: text('Deal sheets not joined to a pipeline row', '未与商机行对应的商机工作表'),
  issueHeaders: [text('Sheet', '工作表'), text('Kind', '类型'), text('Deal ID', '商机编号'), text('Why', '原因')],
  superseded: (kept: string) => text(`another sheet for this deal has a later date (or sits further right): ${kept} counts`, `同一商机的另一张表日期更晚（或位置更靠右）：以 ${kept} 为准`),
  noDealId: text('no Deal ID beside the Deal ID label', '“商机编号”旁没有编号'),
  notInPipeline: text('no counted pipeline row has this Deal ID', '没有已计入的商机行使用该编号'),
  setAside: text('the pipeline row with this Deal ID was set aside (see Rows set aside)', '使用该编号的商机行未计入（见“未计入的行”）'),
  none: text('None.', '无。'),
};

function issueText(issue: DealSheetIssue): Text {
  if (issue.kind === 'superseded') return T.superseded(issue.keptSheet ?? '');
  if (issue.kind === 'noDealId') return T.noDealId;
  return issue.setAside ? T.setAside : T.notInPipeline;
}

function healthCells(row: DealHealthRow, dashboard: Dashboard, locale: Locale): PlanValue[] {
  const L = (t: Text): string => tr(t, locale);
  const { deal, sheets } = row;
  const stage = dashboard.funnel.find((f) => f.stage === deal.stage);
  const assessment = sheets.assessment;
  const value = sheets.value;
  return [
    deal.owner,
    deal.id,
    deal.opportunity || deal.account,
    stage ? `${deal.stage} ${L(stage.label)}` : deal.stage,
    L(FORECAST_LABELS[deal.forecastCategory]),
    verdictCell(row, locale),
    assessment ? assessment.signs : null,
    controlCell(row, locale),
    strategyCell(row, locale),
    assessment?.gaps ?? null,
    value?.grade ?? '',
    value?.netValue ?? null,
    flagsCell(row, locale),
    assessment?.sheet ?? '',
    value?.sheet ?? '',
  ];
}

/** Writes the block at the sheet's cursor. */
export function writeDealHealth(sheet: ReportSheet, health: DealHealth, dashboard: Dashboard, locale: Locale): void {
  const L = (t: Text): string => tr(t, locale);
  const section = (title: Text): void => {
    sheet.blank();
    sheet.line([L(title)], { bold: true, fontColor: REPORT_COLOURS.title });
  };
  section(T.title);
  sheet.line([L(T.note)], { italic: true, fontColor: REPORT_COLOURS.marker });
  for (const kind of DEAL_SHEET_KINDS) {
    const t = health.tally[kind];
    sheet.line([L(T.sheetsRead(DEAL_SHEET_READERS[kind].label, t.read, t.joined, t.reported))], { italic: true, fontColor: REPORT_COLOURS.marker });
  }
  sheet.table(T.flagHeaders.map(L), [...DEAL_FLAGS.map((flag) => [L(flag.label), health.flagCounts[flag.id]]), [L(T.withoutAssessment), health.withoutAssessment]], [undefined, '0']);
  sheet.blank();
  const table = sheet.table(
    T.headers.map(L),
    health.rows.map((row) => healthCells(row, dashboard, locale)),
    [undefined, undefined, undefined, undefined, undefined, undefined, '0', undefined, undefined, '0', undefined, AMOUNT_FORMAT],
  );
  const flagged = health.rows.filter((r) => r.flags.length > 0).length;
  // Flagged deals come first: shade them so the manager's eye lands there.
  if (flagged > 0) sheet.style(table.header + 1, 0, flagged, T.headers.length, { fill: FLAGGED_FILL });
  if (health.rows.length === 0) sheet.line([L(T.none)], { italic: true });

  section(T.issuesTitle);
  sheet.table(
    T.issueHeaders.map(L),
    health.issues.map((issue) => [issue.sheet, L(DEAL_SHEET_READERS[issue.sheetKind].label), issue.dealId, L(issueText(issue))]),
  );
  if (health.issues.length === 0) sheet.line([L(T.none)], { italic: true });
}
