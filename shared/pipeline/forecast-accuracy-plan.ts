import { text, tr, type Locale, type Text } from '../i18n';
import type { PlanValue, WritePlan } from '../plan';
import { isoFromSerial } from './dates';
import { FORECAST_POINT_WEEKS, type ForecastAccuracy, type PeriodAccuracy, type PointForecast, type RepAccuracy } from './forecast-accuracy';
import { FORECAST_ACCURACY_MARKER } from './markers';
import { REPORT_COLOURS, ReportSheet } from './sheet-writer';
import { AMOUNT_FORMAT } from '../numbers/amount-format';

/**
 * The Forecast accuracy sheet: owned (marked in A1, rebuilt by each run and nothing else), written as
 * values from the pure figures. On top, the team's forecasts 4 weeks before the end of the last
 * periods against what closed, with a chart; below, every rep and period at 8, 4 and 1 weeks.
 */

export const FORECAST_ACCURACY_KEY = 'forecastAccuracy';
/** How many of the latest periods the chart shows. */
export const ACCURACY_CHART_PERIODS = 8;
/** The point the chart compares: 4 weeks before the period's end. */
export const ACCURACY_CHART_WEEKS = 4;

const AMOUNT = AMOUNT_FORMAT;
const ERROR = '+0.0%;-0.0%;0.0%';

const T = {
  sheet: text('Forecast accuracy', '预测准确度'),
  title: (asOf: string) => text(`Forecast accuracy as of ${asOf}`, `预测准确度（截至 ${asOf}）`),
  rebuilt: text(
    'Rebuilt by DealKit "Forecast accuracy" from the Pipeline history sheet: take a snapshot every week to fill it.',
    '由 DealKit“预测准确度”根据商机历史表重建：每周拍摄一次快照即可积累数据。',
  ),
  definitions: text(
    "Forecast at N weeks: from the latest snapshot taken on or before the period's last day − N weeks (blank when none was). Commit = won + Commit deals closing in the period; weighted = won + weighted open deals; manager = the manager's adjusted commit kept with that snapshot (the rep's commit where none was entered). Actual = won with a close date in the period, in the first snapshot taken after the period ended (later snapshots never change it). Error = (forecast − actual) ÷ actual: +10 % is a 10 % over-forecast; with nothing won it is 0 % for a forecast of 0 and blank otherwise.",
    'N 周前的预测：取期末前 N 周当天或之前最近的一次快照（没有则为空）。承诺 = 本期已赢单 + 本期“承诺”商机；加权 = 已赢单 + 本期进行中商机的加权金额；经理 = 该快照保存的经理调整后承诺（未调整时为销售承诺）。实际 = 期末之后的第一次快照中，预计成交日期在本期内的赢单金额（之后的快照不会改变它）。误差 = (预测 − 实际) ÷ 实际：+10% 表示高估 10%；实际为 0 时，预测为 0 记 0%，否则为空。',
  ),
  chartSection: (weeks: number, count: number) =>
    text(`Team: forecast ${weeks} weeks before the end of the last ${count} periods, against actual`, `团队：最近 ${count} 个期间在期末前 ${weeks} 周的预测与实际对比`),
  chartHeaders: [text('Period', '期间'), text('Actual', '实际'), text('Commit', '承诺'), text('Weighted', '加权'), text('Manager', '经理')],
  chartErrors: [text('Commit error', '承诺误差'), text('Weighted error', '加权误差'), text('Manager error', '经理误差')],
  chart: (weeks: number) => text(`Forecast ${weeks} weeks out vs actual`, `期末前 ${weeks} 周预测与实际`),
  detail: text('Every rep and period', '按销售代表和期间'),
  period: text('Period', '期间'),
  rep: text('Rep', '销售代表'),
  actual: text('Actual', '实际'),
  actualFrom: text('Actual from snapshot', '实际取自快照'),
  team: text('Team', '团队'),
  pointHeaders: (weeks: number): Text[] => [
    text(`${weeks} wk: snapshot`, `${weeks} 周前：快照`),
    text(`${weeks} wk: commit`, `${weeks} 周前：承诺`),
    text(`${weeks} wk: commit error`, `${weeks} 周前：承诺误差`),
    text(`${weeks} wk: weighted`, `${weeks} 周前：加权`),
    text(`${weeks} wk: weighted error`, `${weeks} 周前：加权误差`),
    text(`${weeks} wk: manager`, `${weeks} 周前：经理`),
    text(`${weeks} wk: manager error`, `${weeks} 周前：经理误差`),
  ],
  none: text(
    'No closed period yet: a period is listed once a snapshot was taken after its end and at least one before it.',
    '尚无已结束的期间：期末之后和期末之前都至少有一次快照时，该期间才会列出。',
  ),
};

function pointCells(p: PointForecast): PlanValue[] {
  return [p.snapshotDate === null ? null : isoFromSerial(p.snapshotDate), p.commit, p.commitError, p.weighted, p.weightedError, p.manager, p.managerError];
}

function detailRow(period: PeriodAccuracy, rep: RepAccuracy, label: string): PlanValue[] {
  return [period.period.key, label, rep.actual, isoFromSerial(period.actualSnapshotDate), ...rep.points.flatMap(pointCells)];
}

export interface ForecastAccuracyPlanOptions {
  readonly locale: Locale;
  readonly asOf: number;
}

export function forecastAccuracyPlan(accuracy: ForecastAccuracy, options: ForecastAccuracyPlanOptions): WritePlan {
  const { locale } = options;
  const L = (t: Text): string => tr(t, locale);
  const sheet = new ReportSheet(FORECAST_ACCURACY_KEY, { kind: 'owned', baseName: L(T.sheet), marker: FORECAST_ACCURACY_MARKER });
  sheet.line([FORECAST_ACCURACY_MARKER], { fontColor: REPORT_COLOURS.marker, italic: true });
  sheet.line([L(T.title(isoFromSerial(options.asOf)))], { bold: true, fontColor: REPORT_COLOURS.title });
  sheet.line([L(T.rebuilt)], { italic: true, fontColor: REPORT_COLOURS.marker });
  sheet.line([L(T.definitions)], { italic: true });

  const periods = accuracy.periods;
  if (periods.length === 0) {
    sheet.blank();
    sheet.line([L(T.none)], { italic: true });
    return { sheets: [sheet.build({ activate: true, frozenRows: 1 })] };
  }

  const last = periods.slice(-ACCURACY_CHART_PERIODS);
  const at = FORECAST_POINT_WEEKS.indexOf(ACCURACY_CHART_WEEKS);
  sheet.blank();
  sheet.line([L(T.chartSection(ACCURACY_CHART_WEEKS, last.length))], { bold: true, fontColor: REPORT_COLOURS.title });
  const chart = sheet.table(
    [...T.chartHeaders, ...T.chartErrors].map(L),
    last.map((p) => {
      const point = p.team.points[at];
      return [
        p.period.key,
        p.team.actual,
        point?.commit ?? null,
        point?.weighted ?? null,
        point?.manager ?? null,
        point?.commitError ?? null,
        point?.weightedError ?? null,
        point?.managerError ?? null,
      ];
    }),
    [undefined, AMOUNT, AMOUNT, AMOUNT, AMOUNT, ERROR, ERROR, ERROR],
  );
  sheet.chart(
    { kind: 'column', title: L(T.chart(ACCURACY_CHART_WEEKS)), width: 520, height: 300 },
    { row: chart.header, column: 0, height: chart.rows + 1, width: T.chartHeaders.length },
    { row: 4, column: T.chartHeaders.length + T.chartErrors.length + 1 },
  );

  sheet.blank();
  sheet.line([L(T.detail)], { bold: true, fontColor: REPORT_COLOURS.title });
  const weeks = periods[0]?.team.points.map((p) => p.weeks) ?? [];
  const headers = [L(T.period), L(T.rep), L(T.actual), L(T.actualFrom), ...weeks.flatMap((w) => T.pointHeaders(w).map(L))];
  const rows: PlanValue[][] = [];
  const teamRows: number[] = [];
  // Newest period first: the one a manager is asked about.
  for (const period of [...periods].reverse()) {
    teamRows.push(rows.length);
    rows.push(detailRow(period, period.team, L(T.team)));
    for (const rep of period.reps) rows.push(detailRow(period, rep, rep.rep));
  }
  const pointFormats = [undefined, AMOUNT, ERROR, AMOUNT, ERROR, AMOUNT, ERROR];
  const detail = sheet.table(headers, rows, [undefined, undefined, AMOUNT, undefined, ...weeks.flatMap(() => pointFormats)]);
  for (const r of teamRows) sheet.style(detail.header + 1 + r, 0, 1, headers.length, { bold: true, fill: REPORT_COLOURS.totalFill });
  sheet.width(0, 90);
  sheet.width(1, 130);
  sheet.width(3, 110);
  return { sheets: [sheet.build({ activate: true, frozenRows: 1 })] };
}
