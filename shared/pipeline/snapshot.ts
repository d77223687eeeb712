import { DealKitError } from '../errors';
import { text, tr, type Locale, type Text } from '../i18n';
import type { PlanValue, SheetPlan, WritePlan } from '../plan';
import type { PipelineSnapshot } from '../scoring/snapshot-diff';
import { isBlankCell } from './find-tables';
import { isDateValue, isoFromSerial, serialFromCell } from './dates';
import { HISTORY_MARKER } from './markers';
import { MAX_DEAL_AMOUNT_TEXT, withinAmountLimit } from './amount-limit';
import { DEFAULT_DECIMAL_MARK } from '../numbers/decimal-mark';
import { amountFromCell as amountInWorkbook } from './rollup';

/** DealKit writes the history's figures as numbers; text typed over one is read the default way. */
const amountFromCell = (value: unknown): number | undefined => amountInWorkbook(value, DEFAULT_DECIMAL_MARK);

/**
 * The pipeline history sheet: one row per deal per snapshot, appended below what is there; a day's
 * rows are rewritten only by a later snapshot of the same day. Layout (1-based rows):
 *
 *   A1      the marker HISTORY_MARKER (how the roll-up finds the sheet whatever it is called, and why
 *           the roll-up never reads it as a rep's pipeline)
 *   A2      a note in the workbook's language; row 3 the column headers below, in that language
 *   row 4…  the records, columns:
 *     A snapshot date (ISO text, 2026-12-01)   B taken at (ISO date-time, UTC: tells two snapshots of one day apart)
 *     C kind, which says what the other columns hold:
 *       "deal"     a deal's state: D deal id  E owner  F account  G opportunity  H amount  I currency
 *                  J stage code  K close date (ISO)  L stage entered (ISO or blank)  M probability used (0–1:
 *                  the rep's override where one applied, else the stage's)  N weighted amount
 *                  O forecast category id (pipeline, bestCase, commit, won, lost)  P evidenced stage code
 *                  Q source sheet  R source row
 *       "empty"    a snapshot of an empty pipeline, so its date still exists; D… blank
 *       "forecast" one rep's forecast for one period as it stood when the snapshot was taken:
 *                  D period key (2026-Q4, 2026-11)  E rep  F view: "rep" (worked out from the deals) or
 *                  "manager" (the adjustment the manager had entered on the Settings sheet)
 *                  G manager's note  H commit  I currency  J best case  N weighted (rep rows; blank on
 *                  manager rows)  — other columns blank. A rep row is written for every rep of the
 *                  dashboard's period and for every rep and period the manager adjusted; a manager row
 *                  only where a commit or best case was entered (its other figure is the rep's).
 *       Any other kind is reserved and skipped by readers, so older DealKit versions read newer
 *       histories and the other way round: a history without "forecast" rows still gives the rep view
 *       (from its deal rows), and the manager view is then the rep view.
 *     Columns D–R are headed for deal rows; the forecast rows reuse them as listed above.
 *
 * Dates are written as ISO text rather than serials with a date format: appended rows land below
 * whatever is there, where no format was set, and a bare serial would read as a number. A host that
 * turns the text into a date on entry is fine too: the reader takes both.
 * Readers go by column position, not by header text, so the language of the headers never matters.
 * A second snapshot of a day replaces that day's rows (snapshotPlan). A sheet that still holds several
 * takes of one day (written before that, or copied together by hand) is read as the last one taken.
 * Forecast accuracy (forecast-accuracy.ts) reads a period's forecasts from the latest snapshot on or
 * before each point (8, 4, 1 weeks before the period's last day) and its actual from the FIRST
 * snapshot dated after that last day, so snapshots appended later never change a closed period.
 */

export { HISTORY_MARKER };
export const HISTORY_FIRST_RECORD_ROW = 4;
export const HISTORY_WIDTH = 18;

export type HistoryKind = 'deal' | 'empty' | 'forecast';

export interface HistoryDeal {
  readonly id: string;
  readonly owner: string;
  readonly account: string;
  readonly opportunity: string;
  readonly amount: number;
  readonly currency: string;
  readonly stage: string;
  readonly closeDate: number;
  readonly stageEntered?: number;
  readonly probability: number;
  readonly weighted: number;
  readonly forecastCategory: string;
  readonly evidencedStage: string;
  readonly sheet: string;
  readonly row: number;
}

/** A "forecast" record: one rep's view, or the manager's, of one period, as of the snapshot. */
export interface HistoryForecast {
  readonly period: string;
  readonly rep: string;
  readonly view: 'rep' | 'manager';
  readonly commit: number;
  readonly bestCase: number;
  /** Rep rows only. */
  readonly weighted?: number;
  readonly note: string;
  readonly currency: string;
}

export interface HistorySnapshot {
  readonly date: number;
  readonly takenAt: string;
  readonly deals: readonly HistoryDeal[];
  /** Forecast records taken with the snapshot (none in histories written before snapshots kept forecasts). */
  readonly forecasts: readonly HistoryForecast[];
}

const HEADERS: readonly Text[] = [
  text('Snapshot date', '快照日期'),
  text('Taken at (UTC)', '拍摄时间（UTC）'),
  text('Kind', '类型'),
  text('Deal ID', '商机编号'),
  text('Owner', '负责人'),
  text('Account', '客户'),
  text('Opportunity', '商机'),
  text('Amount', '金额'),
  text('Currency', '币种'),
  text('Stage', '阶段'),
  text('Close date', '预计成交日期'),
  text('Stage entered', '进入阶段日期'),
  text('Probability', '概率'),
  text('Weighted', '加权金额'),
  text('Forecast category', '预测类别'),
  text('Evidenced stage', '有证据的阶段'),
  text('Source sheet', '来源工作表'),
  text('Source row', '来源行'),
];

const T = {
  sheetName: text('Pipeline history', '商机历史'),
  note: text('Written by DealKit "Take snapshot"; protected so the history stays as it was. Do not edit or sort.', '由 DealKit“拍摄快照”写入；已保护，以保持历史原样。请勿编辑或排序。'),
};

export function historyHeaders(locale: Locale): string[] {
  return HEADERS.map((h) => tr(h, locale));
}

/** The "forecast" rows of one snapshot (see the layout above). */
export function forecastRecords(forecasts: readonly HistoryForecast[], date: number, takenAt: string): PlanValue[][] {
  const day = isoFromSerial(date);
  return forecasts.map((f) => {
    const row = new Array<PlanValue>(HISTORY_WIDTH).fill(null);
    row[0] = day;
    row[1] = takenAt;
    row[2] = 'forecast';
    row[3] = f.period;
    row[4] = f.rep;
    row[5] = f.view;
    row[6] = f.note;
    row[7] = f.commit;
    row[8] = f.currency;
    row[9] = f.bestCase;
    row[13] = f.weighted ?? null;
    return row;
  });
}

/** The rows one snapshot appends: its deals (or one "empty" row), then its forecast records. */
export function historyRecords(deals: readonly HistoryDeal[], date: number, takenAt: string, forecasts: readonly HistoryForecast[] = []): PlanValue[][] {
  const day = isoFromSerial(date);
  const more = forecastRecords(forecasts, date, takenAt);
  if (deals.length === 0) return [[day, takenAt, 'empty', ...new Array<PlanValue>(HISTORY_WIDTH - 3).fill(null)], ...more];
  return [
    ...deals.map((d): PlanValue[] => [
      day,
      takenAt,
      'deal',
      d.id,
      d.owner,
      d.account,
      d.opportunity,
      d.amount,
      d.currency,
      d.stage,
      isoFromSerial(d.closeDate),
      d.stageEntered === undefined ? null : isoFromSerial(d.stageEntered),
      d.probability,
      d.weighted,
      d.forecastCategory,
      d.evidencedStage,
      d.sheet,
      d.row,
    ]),
    ...more,
  ];
}

export interface SnapshotPlanOptions {
  readonly locale: Locale;
  /** Serial day the snapshot is of. */
  readonly date: number;
  /** ISO date-time it was taken. */
  readonly takenAt: string;
  /** The history sheet's current name when the workbook has one (found by HISTORY_MARKER in A1). */
  readonly historySheet?: string;
  /**
   * That sheet's values as read (from A1): the rows of a snapshot already taken on `date` are then
   * replaced rather than kept beside the new one. Without them the plan only appends.
   */
  readonly historyValues?: readonly (readonly unknown[])[];
  /** Rep and manager forecasts to keep with the deals. */
  readonly forecasts?: readonly HistoryForecast[];
}

const HISTORY_KEY = 'history';

/**
 * Adds a snapshot. With no history sheet yet, the plan creates one (marker, note, headers, formats,
 * protection); with one, it appends below the last used row, so earlier days are never touched. A
 * second snapshot of the same day replaces that day's rows (see sameDayWrite), so the sheet holds one
 * snapshot per day: the latest.
 */
export function snapshotPlan(deals: readonly HistoryDeal[], options: SnapshotPlanOptions): WritePlan {
  const records = historyRecords(deals, options.date, options.takenAt, options.forecasts ?? []);
  const sheet: SheetPlan = options.historySheet
    ? { key: HISTORY_KEY, target: { kind: 'existing', name: options.historySheet }, ...sameDayWrite(records, options.date, options.historyValues ?? []) }
    : {
        key: HISTORY_KEY,
        target: { kind: 'new', baseName: tr(T.sheetName, options.locale) },
        // On a new sheet the first records go at a fixed row, not as an append: "below the last used
        // row" of a sheet that does not exist yet is not something every applier can know.
        values: [
          { at: 'A1', rows: [[HISTORY_MARKER]] },
          { at: 'A2', rows: [[tr(T.note, options.locale)]] },
          { at: 'A3', rows: [historyHeaders(options.locale)] },
          { at: `A${HISTORY_FIRST_RECORD_ROW}`, rows: records },
        ],
        styles: [
          { range: 'A1', fontColor: '#999999' },
          { range: 'A2', italic: true },
          { range: 'A3:R3', bold: true, fill: '#DDE7F3' },
        ],
        frozenRows: 3,
        protection: { editable: [] },
      };
  return { sheets: [sheet] };
}

/** Sheet rows (1-based) of the records dated `date`, in sheet order. */
function rowsOfDay(values: readonly (readonly unknown[])[], date: number): number[] {
  const rows: number[] = [];
  for (let i = HISTORY_FIRST_RECORD_ROW - 1; i < values.length; i += 1) {
    const cells = values[i] ?? [];
    if (!cells.every(isBlankCell) && serialFromCell(cells[0]) === date) rows.push(i + 1);
  }
  return rows;
}

/** The last sheet row (1-based) that holds anything, or the header row when no record does. */
function lastUsedRow(values: readonly (readonly unknown[])[]): number {
  for (let i = values.length - 1; i >= HISTORY_FIRST_RECORD_ROW - 1; i -= 1) if (!(values[i] ?? []).every(isBlankCell)) return i + 1;
  return HISTORY_FIRST_RECORD_ROW - 1;
}

const blankRecord = (): PlanValue[] => new Array<PlanValue>(HISTORY_WIDTH).fill('');

/**
 * How a snapshot goes into an existing history: appended when the day has no rows yet. When it has
 * (a second snapshot the same day), written over them with the plan's ordinary blocks, which every
 * applier supports: if the day's rows are the last ones, as they are when snapshots are taken in
 * date order, the new records are written from the day's first row and the rows left over are
 * cleared; otherwise (a clock that went back) the day's rows are cleared where they are and the new
 * records appended. Either way the sheet keeps one snapshot for the day, and every other row stays
 * where it was, as it was.
 */
function sameDayWrite(records: readonly PlanValue[][], date: number, values: readonly (readonly unknown[])[]): Pick<SheetPlan, 'values' | 'appends'> {
  const day = rowsOfDay(values, date);
  if (day.length === 0) return { appends: [{ rows: records }] };
  const first = day[0] as number;
  const last = lastUsedRow(values);
  const ofDay = new Set(day);
  let atTheEnd = true;
  for (let row = first; row <= last; row += 1) {
    if (!ofDay.has(row) && !(values[row - 1] ?? []).every(isBlankCell)) atTheEnd = false;
  }
  if (atTheEnd) {
    const span = last - first + 1;
    // Written over the earlier take: a blank must clear what it had there, not leave it (null would).
    const cleared = records.map((row) => row.map((value) => value ?? ''));
    const rows = [...cleared, ...Array.from({ length: Math.max(0, span - records.length) }, blankRecord)];
    return { values: [{ at: `A${first}`, rows }] };
  }
  return { values: day.map((row) => ({ at: `A${row}`, rows: [blankRecord()] })), appends: [{ rows: records }] };
}

function textCell(value: unknown): string {
  return isBlankCell(value) ? '' : String(value).trim();
}

function historyError(row: number, en: string, zh: string): DealKitError {
  return new DealKitError(text(`Pipeline history row ${row}: ${en}`, `商机历史第 ${row} 行：${zh}`), `row ${row}`);
}

/**
 * A deal record's amount; an error naming the row when it is beyond what the roll-up adds up (a
 * hand-edited record), since pipeline change and forecast accuracy would sum it into Infinity.
 * Forecast records hold sums of many deals, which may lawfully exceed the per-deal bound.
 */
function historyAmount(value: unknown, row: number, what: { en: string; zh: string }): number | undefined {
  const amount = amountFromCell(value);
  if (amount === undefined || withinAmountLimit(amount)) return amount;
  throw historyError(
    row,
    `the ${what.en} ${String(value)} is beyond ±${MAX_DEAL_AMOUNT_TEXT}, the largest amount DealKit adds up.`,
    `${what.zh} ${String(value)} 超出 ±${MAX_DEAL_AMOUNT_TEXT}（DealKit 可汇总的最大金额）。`,
  );
}

/**
 * Reads the history sheet's values (from A1) back into snapshots, oldest first. A damaged record is an
 * error naming its row: a comparison built on a silently skipped row would be wrong.
 */
export function parseHistory(values: readonly (readonly unknown[])[]): HistorySnapshot[] {
  if (values[0]?.[0] !== HISTORY_MARKER) {
    throw new DealKitError(text(`This is not a DealKit pipeline history: A1 does not hold ${HISTORY_MARKER}.`, `这不是 DealKit 商机历史表：A1 中没有 ${HISTORY_MARKER}。`), 'A1');
  }
  const byTake = new Map<string, { date: number; takenAt: string; deals: HistoryDeal[]; forecasts: HistoryForecast[] }>();
  for (let i = HISTORY_FIRST_RECORD_ROW - 1; i < values.length; i += 1) {
    const cells = values[i] ?? [];
    const row = i + 1;
    if (cells.every(isBlankCell)) continue;
    const kind = textCell(cells[2]);
    if (kind !== 'deal' && kind !== 'empty' && kind !== 'forecast') continue;
    const date = serialFromCell(cells[0]);
    if (date === undefined) throw historyError(row, 'the snapshot date is not a date.', '快照日期不是日期。');
    // A host may have turned the ISO time into a date on entry; back to ISO so takes still sort by time.
    if (isDateValue(cells[1]) && Number.isNaN(cells[1].getTime())) throw historyError(row, 'the time taken is not a date.', '拍摄时间不是日期。');
    const takenAt = isDateValue(cells[1]) ? cells[1].toISOString() : textCell(cells[1]);
    const key = `${date}|${takenAt}`;
    let take = byTake.get(key);
    if (!take) {
      take = { date, takenAt, deals: [], forecasts: [] };
      byTake.set(key, take);
    }
    if (kind === 'empty') continue;
    if (kind === 'forecast') {
      take.forecasts.push(forecastRecord(cells, row));
      continue;
    }
    const amount = historyAmount(cells[7], row, { en: 'amount', zh: '金额' });
    const closeDate = serialFromCell(cells[10]);
    const id = textCell(cells[3]);
    if (id === '') throw historyError(row, 'the deal ID is blank.', '商机编号为空。');
    if (amount === undefined) throw historyError(row, 'the amount is not a number.', '金额不是数字。');
    if (closeDate === undefined) throw historyError(row, 'the close date is not a date.', '预计成交日期不是日期。');
    const stageEntered = serialFromCell(cells[11]);
    take.deals.push({
      id,
      owner: textCell(cells[4]),
      account: textCell(cells[5]),
      opportunity: textCell(cells[6]),
      amount,
      currency: textCell(cells[8]),
      stage: textCell(cells[9]),
      closeDate,
      ...(stageEntered === undefined ? {} : { stageEntered }),
      probability: amountFromCell(cells[12]) ?? 0,
      weighted: historyAmount(cells[13], row, { en: 'weighted amount', zh: '加权金额' }) ?? 0,
      forecastCategory: textCell(cells[14]),
      evidencedStage: textCell(cells[15]),
      sheet: textCell(cells[16]),
      row: amountFromCell(cells[17]) ?? 0,
    });
  }
  // The last take of each day stands for that day.
  const byDay = new Map<number, HistorySnapshot>();
  for (const take of byTake.values()) {
    const current = byDay.get(take.date);
    if (!current || take.takenAt >= current.takenAt) byDay.set(take.date, take);
  }
  return [...byDay.values()].sort((a, b) => a.date - b.date);
}

function forecastRecord(cells: readonly unknown[], row: number): HistoryForecast {
  const period = textCell(cells[3]);
  const rep = textCell(cells[4]);
  const view = textCell(cells[5]);
  const commit = amountFromCell(cells[7]);
  const bestCase = amountFromCell(cells[9]);
  const weighted = amountFromCell(cells[13]);
  if (period === '') throw historyError(row, 'the forecast has no period.', '预测记录缺少期间。');
  if (view !== 'rep' && view !== 'manager') throw historyError(row, `the forecast view "${view}" is not rep or manager.`, `预测视图“${view}”不是 rep 或 manager。`);
  if (commit === undefined) throw historyError(row, 'the forecast commit is not a number.', '预测的承诺金额不是数字。');
  if (bestCase === undefined) throw historyError(row, 'the forecast best case is not a number.', '预测的最佳情况金额不是数字。');
  return {
    period,
    rep,
    view,
    commit,
    bestCase,
    ...(weighted === undefined ? {} : { weighted }),
    note: textCell(cells[6]),
    currency: textCell(cells[8]),
  };
}

/** The snapshot of a day, or an error naming the dates the history has. */
export function snapshotOn(history: readonly HistorySnapshot[], date: number, argument: string): HistorySnapshot {
  const found = history.find((s) => s.date === date);
  if (found) return found;
  const have = history.map((s) => isoFromSerial(s.date)).join(', ') || '—';
  throw new DealKitError(
    text(`${argument}: there is no snapshot of ${isoFromSerial(date)}. Snapshots: ${have}.`, `${argument}：没有 ${isoFromSerial(date)} 的快照。已有快照：${have}。`),
    argument,
  );
}

/** What the snapshot diff compares. */
export function toPipelineSnapshot(snapshot: HistorySnapshot): PipelineSnapshot {
  return {
    date: snapshot.date,
    deals: snapshot.deals.map((d) => ({
      id: d.id,
      owner: d.owner,
      amount: d.amount,
      stage: d.stage,
      closeDate: d.closeDate,
      name: d.opportunity || d.account || d.id,
    })),
  };
}
