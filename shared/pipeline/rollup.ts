import { text, type Text } from '../i18n';
import type { DecimalMark } from '../numbers/decimal-mark';
import { readNumberText, type NumberReading } from '../numbers/read-number';
import { columnLetters } from '../a1';
import { LOST_STAGE } from '../methods/types';
import { MAX_DEAL_AMOUNT_TEXT, withinAmountLimit } from './amount-limit';
import { headerKey, pipelineHeader, type PipelineColumnId } from './columns';
import { isDateValue } from './dates';
import { readTypedDate, type TypedDate } from './typed-date';
import { findPipelineTables, holdsTyped, isBlankCell, type DuplicateColumn, type FindTablesOptions, type PipelineTable, type UnreadColumn } from './find-tables';
import type { SheetValues } from '../sheet-values';
import { LOST_SPELLINGS, type TeamSettings } from './team-settings';

/**
 * The roll-up's reading step: every row of every pipeline table is either counted as a deal or set
 * aside with its sheet, row and reasons. Read = counted + set aside, by count and by amount; nothing is
 * dropped silently, and the reconciliation says so on the dashboard.
 */

export interface CountedDeal {
  readonly id: string;
  readonly account: string;
  readonly opportunity: string;
  /** The owner cell, or the sheet's rep when the cell is blank or the table has no owner column. */
  readonly owner: string;
  readonly amount: number;
  /** Upper-case code as typed, or the team currency when blank; '' when neither is known. */
  readonly currency: string;
  /** The ladder's own code (or LOST), whatever spelling the rep typed. */
  readonly stage: string;
  readonly closeDate: number;
  readonly stageEntered?: number;
  /** When the deal entered the pipeline, if the table has that column. */
  readonly created?: number;
  readonly nextStep: string;
  readonly competitor: string;
  readonly method: string;
  readonly evidence: string;
  /** Stage codes whose proof box is ticked. */
  readonly proofs: readonly string[];
  /** Whether the deal's table has proof columns at all (without them the evidence is unknown, not missing). */
  readonly hasProofColumns: boolean;
  /** A probability (0–1) typed over the stage default, and why. */
  readonly probabilityOverride?: number;
  readonly overrideReason: string;
  /** The customer's buying step as typed ('' when blank or the table has no such column). */
  readonly buyingStep?: string;
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
}

export type SetAsideReasonId =
  | 'missingId'
  | 'duplicateId'
  | 'missingStage'
  | 'unknownStage'
  | 'missingAmount'
  | 'amountNotNumber'
  /** Text that breaks the workbook's decimal mark ('1,5' where the mark is '.'): refused, not guessed. */
  | 'amountAgainstDecimalMark'
  | 'negativeAmount'
  | 'amountOutOfRange'
  | 'missingCloseDate'
  | 'closeDateNotDate'
  /** Text with the year last that the workbook's language does not read as one day (typed-date.ts). */
  | 'dateNotRead'
  | 'otherCurrency'
  | 'overrideOutOfRange'
  | 'invalidDate'
  | 'duplicateColumn'
  | 'onlyUnreadColumns'
  | 'tableMissingColumns';

export interface SetAsideReason {
  readonly id: SetAsideReasonId;
  readonly text: Text;
}

export interface SetAsideRow {
  readonly sheet: string;
  readonly row: number;
  /** The id cell as typed ('' when blank). */
  readonly id: string;
  /** The amount if the cell held a number within ±MAX_DEAL_AMOUNT, else 0: what this row adds to the "read" amount. */
  readonly amount: number;
  readonly reasons: readonly SetAsideReason[];
}

export interface Tally {
  readonly deals: number;
  readonly amount: number;
}

export interface Reconciliation {
  readonly read: Tally;
  readonly counted: Tally;
  readonly setAside: Tally;
  /** read = counted + set aside, by count and by amount (to the cent). */
  readonly balanced: boolean;
}

export interface RollupSource {
  readonly sheet: string;
  readonly headerRow: number;
  readonly rep: string;
  readonly rows: number;
}

export interface Rollup {
  readonly deals: readonly CountedDeal[];
  readonly setAside: readonly SetAsideRow[];
  readonly reconciliation: Reconciliation;
  /** The tables the rows came from. */
  readonly sources: readonly RollupSource[];
}

const T = {
  missingId: () => text('no deal ID', '缺少商机编号'),
  duplicateId: (sheet: string, row: number) => text(`deal ID already used on ${sheet} row ${row}`, `商机编号已在 ${sheet} 第 ${row} 行使用`),
  missingStage: () => text('no stage', '缺少阶段'),
  unknownStage: (stage: string) => text(`unknown stage "${stage}"`, `未知阶段“${stage}”`),
  missingAmount: () => text('no amount', '缺少金额'),
  amountNotNumber: (raw: string) => text(`amount "${raw}" is not a number`, `金额“${raw}”不是数字`),
  amountAgainstDecimalMark: (cell: string, raw: string, problem: Text) => text(`${cell}: amount '${raw}' ${problem.en}`, `${cell}：金额“${raw}”${problem['zh-CN']}`),
  negativeAmount: () => text('amount is negative', '金额为负数'),
  amountOutOfRange: (raw: string) =>
    text(
      `amount ${raw} is beyond ±${MAX_DEAL_AMOUNT_TEXT}, the largest amount DealKit adds up; it is left out of every total`,
      `金额 ${raw} 超出 ±${MAX_DEAL_AMOUNT_TEXT}（DealKit 可汇总的最大金额），未计入任何合计`,
    ),
  invalidDate: (cell: string, column: PipelineColumnId) =>
    text(
      `cell ${cell} (${pipelineHeader(column, 'en')}) holds a date that is not valid; type it again as 2026-12-31`,
      `单元格 ${cell}（${pipelineHeader(column, 'zh-CN')}）中的日期无效；请重新输入，例如 2026-12-31`,
    ),
  duplicateColumn: (sheet: string, duplicate: DuplicateColumn) => {
    const where = (locale: 'en' | 'zh-CN'): string[] =>
      duplicate.columns.map((c) => (locale === 'en' ? `${columnLetters(c.column)} ("${c.header}")` : `${columnLetters(c.column)} 列（“${c.header}”）`));
    const listed = (parts: string[], and: string, comma: string): string => `${parts.slice(0, -1).join(comma)}${and}${parts[parts.length - 1]}`;
    const count = duplicate.columns.length;
    return text(
      `sheet ${sheet} has ${count === 2 ? 'two' : count} ${pipelineHeader(duplicate.id, 'en')} columns, ${listed(where('en'), ' and ', ', ')}: DealKit cannot tell which to read, so this table was not rolled up; rename or remove one`,
      `工作表 ${sheet} 有${count === 2 ? '两' : count}列“${pipelineHeader(duplicate.id, 'zh-CN')}”：${listed(where('zh-CN'), '和 ', '、')}；无法确定读取哪一列，因此该表没有汇总；请重命名或删除其中一列`,
    );
  },
  onlyUnreadColumns: (cell: string, header: string) =>
    header === ''
      ? text(`only ${cell} holds anything, in a column without a header that DealKit does not read`, `只有 ${cell} 有内容，而该列没有表头，DealKit 不读取`)
      : text(`only ${cell} (under "${header}") holds anything, and DealKit does not read that column`, `只有 ${cell}（“${header}”列）有内容，而 DealKit 不读取该列`),
  missingCloseDate: () => text('no close date', '缺少预计成交日期'),
  dateNotRead: (cell: string, column: PipelineColumnId, raw: string, problem: Text) =>
    text(`cell ${cell} (${pipelineHeader(column, 'en')}) holds "${raw}": ${problem.en}`, `单元格 ${cell}（${pipelineHeader(column, 'zh-CN')}）中的“${raw}”：${problem['zh-CN']}`),
  closeDateNotDate: (raw: string) => text(`close date "${raw}" is not a date (type it as 2026-12-31)`, `预计成交日期“${raw}”不是日期（请写成 2026-12-31）`),
  otherCurrency: (currency: string, team: string) => text(`amount is in ${currency}, the team reports in ${team}`, `金额币种为 ${currency}，团队以 ${team} 汇总`),
  overrideOutOfRange: (raw: string) =>
    text(`probability override "${raw}" is not between 0 % and 100 % (type 40 % as 40% or 0.4)`, `概率调整值“${raw}”不在 0% 到 100% 之间（40% 请写成 40% 或 0.4）`),
};

function reason(id: SetAsideReasonId, value: Text): SetAsideReason {
  return { id, text: value };
}

/** A Date object that holds no day (what a broken date cell hands over): its own set-aside reason. */
function isInvalidDate(value: unknown): boolean {
  return isDateValue(value) && Number.isNaN(value.getTime());
}

/** The cell as text; '' for a date that is not valid, which the row's reasons name on their own. */
function cellText(value: unknown): string {
  if (isBlankCell(value) || isInvalidDate(value)) return '';
  if (isDateValue(value)) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/**
 * An amount as typed in a rep's sheet: a number, or text with grouped thousands and a currency sign or
 * code, read by the workbook's decimal mark (shared/numbers); with the reason when it is not one.
 */
export function readAmountCell(value: unknown, decimalMark: DecimalMark): NumberReading {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, kind: 'notNumber', problem: text('is not a number', '不是数字') };
  }
  if (typeof value !== 'string') return { ok: false, kind: 'notNumber', problem: text('is not a number', '不是数字') };
  return readNumberText(value, { decimalMark, currency: true });
}

/** The amount `readAmountCell` reads, or undefined when the cell holds none. */
export function amountFromCell(value: unknown, decimalMark: DecimalMark): number | undefined {
  const reading = readAmountCell(value, decimalMark);
  return reading.ok ? reading.value : undefined;
}

/**
 * The amount a row adds to the totals: a number within ±MAX_DEAL_AMOUNT (amount-limit.ts), else undefined. Parsing is
 * amountFromCell's alone; this only applies the bound.
 */
function boundedAmount(value: unknown, decimalMark: DecimalMark): number | undefined {
  const amount = amountFromCell(value, decimalMark);
  return amount !== undefined && withinAmountLimit(amount) ? amount : undefined;
}

const TICKED = new Set(['true', 'yes', 'y', 'x', '✓', '✔', '√', '1', '是', '对', '已验证']);

function isTicked(value: unknown): boolean {
  if (value === true) return true;
  if (typeof value === 'number') return value === 1;
  return typeof value === 'string' && TICKED.has(value.trim().toLowerCase());
}

/** A probability typed as 0.4, 40 % or "40%"; a bare number above 1 is refused (is 40 meant as 40 %?). */
function overrideFromCell(value: unknown, decimalMark: DecimalMark): number | 'invalid' | undefined {
  if (isBlankCell(value)) return undefined;
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const reading = readNumberText(value, { decimalMark, percent: true });
    n = reading.ok ? reading.value : undefined;
  }
  return n !== undefined && Number.isFinite(n) && n >= 0 && n <= 1 ? n : 'invalid';
}

/**
 * What reps type in the stage column: the code, the stage's label in either language, or the label the
 * workbook's Settings sheet gives it; compared without case or spaces. Codes win over labels.
 */
function stageMatcher(settings: TeamSettings): (raw: string) => string | undefined {
  const byKey = new Map<string, string>();
  const add = (spelling: string, code: string): void => {
    const key = headerKey(spelling);
    if (key !== '' && !byKey.has(key)) byKey.set(key, code);
  };
  const all = [...settings.stages.stages, settings.stages.lost];
  for (const stage of all) add(stage.code, stage.code);
  for (const stage of all) {
    add(stage.label.en, stage.code);
    add(stage.label['zh-CN'], stage.code);
    const own = settings.stageLabels[stage.code];
    if (own !== undefined) add(own, stage.code);
  }
  for (const spelling of LOST_SPELLINGS) add(spelling, LOST_STAGE);
  return (raw) => byKey.get(headerKey(raw));
}

/** What the readers below need of a table, found whole or incomplete. */
type TableColumns = Pick<PipelineTable, 'columns' | 'duplicates'>;

function cell(table: Pick<PipelineTable, 'columns'>, cells: readonly unknown[], id: PipelineColumnId): unknown {
  const column = table.columns[id];
  return column === undefined ? undefined : cells[column];
}

const cents = (n: number): number => Math.round(n * 100);

export interface RollupOptions extends FindTablesOptions {
  readonly settings: TeamSettings;
}

export function rollUpPipeline(sheets: readonly SheetValues[], options: RollupOptions): Rollup {
  const { settings } = options;
  const found = findPipelineTables(sheets, options);
  const matchStage = stageMatcher(settings);
  const proofCode = (typed: string): string | undefined => {
    const code = matchStage(typed);
    return code === LOST_STAGE ? undefined : code;
  };
  const seen = new Map<string, { sheet: string; row: number }>();
  const deals: CountedDeal[] = [];
  const setAside: SetAsideRow[] = [];

  for (const table of found.tables) {
    const proofs = table.proofColumns.flatMap((p) => {
      const code = proofCode(p.stageCode);
      return code === undefined ? [] : [{ code, column: p.column }];
    });
    if (table.duplicates.length > 0) {
      // Which of two Amount (or Stage…) columns holds the truth cannot be told: list every row, read none.
      const reasons = table.duplicates.map((d) => reason('duplicateColumn', T.duplicateColumn(table.sheet, d)));
      for (const { row, cells } of [...table.rows, ...table.unreadOnlyRows]) setAside.push(unreadRow(table, row, cells, reasons, settings.decimalMark));
      continue;
    }
    for (const { row, cells } of table.rows) {
      const reasons: SetAsideReason[] = [];
      const invalid = invalidDateColumns(table, cells);
      for (const id of invalid) reasons.push(reason('invalidDate', T.invalidDate(cellName(table, id, row), id)));
      // A broken date cell has its own reason above; "no amount" or "not a date" for it would be untrue.
      const readable = (id: PipelineColumnId): boolean => !invalid.includes(id);

      const id = cellText(cell(table, cells, 'id'));
      if (id === '') {
        if (readable('id')) reasons.push(reason('missingId', T.missingId()));
      } else {
        const first = seen.get(id);
        if (first) reasons.push(reason('duplicateId', T.duplicateId(first.sheet, first.row)));
        else seen.set(id, { sheet: table.sheet, row });
      }

      const stageRaw = cellText(cell(table, cells, 'stage'));
      const stage = stageRaw === '' ? undefined : matchStage(stageRaw);
      if (stageRaw === '') {
        if (readable('stage')) reasons.push(reason('missingStage', T.missingStage()));
      } else if (stage === undefined) reasons.push(reason('unknownStage', T.unknownStage(stageRaw)));

      const amountCell = cell(table, cells, 'amount');
      const amountReading = readAmountCell(amountCell, settings.decimalMark);
      const parsed = amountReading.ok ? amountReading.value : undefined;
      const amount = parsed !== undefined && withinAmountLimit(parsed) ? parsed : undefined;
      if (readable('amount')) {
        if (isBlankCell(amountCell)) reasons.push(reason('missingAmount', T.missingAmount()));
        else if (!amountReading.ok && amountReading.kind === 'convention') {
          const where = `${table.sheet}!${columnLetters(table.columns.amount ?? 0)}${row}`;
          reasons.push(reason('amountAgainstDecimalMark', T.amountAgainstDecimalMark(where, cellText(amountCell), amountReading.problem)));
        } else if (parsed === undefined) reasons.push(reason('amountNotNumber', T.amountNotNumber(cellText(amountCell))));
        else if (amount === undefined) reasons.push(reason('amountOutOfRange', T.amountOutOfRange(cellText(amountCell))));
        else if (amount < 0) reasons.push(reason('negativeAmount', T.negativeAmount()));
      }

      // Dates typed as text are read by the workbook's language, or refused naming the cell.
      const dateIn = (id: PipelineColumnId): TypedDate => {
        const typed = readTypedDate(cell(table, cells, id), settings.locale);
        if (typed.kind === 'refused' && readable(id)) {
          reasons.push(reason('dateNotRead', T.dateNotRead(cellName(table, id, row), id, cellText(cell(table, cells, id)), typed.problem)));
        }
        return typed;
      };
      const serialOf = (typed: TypedDate): number | undefined => (typed.kind === 'date' ? typed.serial : undefined);
      const closeCell = cell(table, cells, 'closeDate');
      const closeTyped = dateIn('closeDate');
      const closeDate = serialOf(closeTyped);
      if (readable('closeDate')) {
        if (closeTyped.kind === 'blank') reasons.push(reason('missingCloseDate', T.missingCloseDate()));
        else if (closeTyped.kind === 'notDate') reasons.push(reason('closeDateNotDate', T.closeDateNotDate(cellText(closeCell))));
      }
      const stageEntered = serialOf(dateIn('stageEntered'));
      const created = serialOf(dateIn('created'));

      const typedCurrency = cellText(cell(table, cells, 'currency')).toUpperCase();
      if (typedCurrency !== '' && settings.currency !== undefined && typedCurrency !== settings.currency) {
        reasons.push(reason('otherCurrency', T.otherCurrency(typedCurrency, settings.currency)));
      }

      const overrideCell = cell(table, cells, 'probabilityOverride');
      const override = overrideFromCell(overrideCell, settings.decimalMark);
      if (override === 'invalid' && readable('probabilityOverride')) reasons.push(reason('overrideOutOfRange', T.overrideOutOfRange(cellText(overrideCell))));

      if (reasons.length > 0 || stage === undefined || amount === undefined || closeDate === undefined || override === 'invalid') {
        setAside.push({ sheet: table.sheet, row, id, amount: amount ?? 0, reasons });
        continue;
      }
      const owner = cellText(cell(table, cells, 'owner')) || table.sheetRep;
      deals.push({
        id,
        account: cellText(cell(table, cells, 'account')),
        opportunity: cellText(cell(table, cells, 'opportunity')),
        owner,
        amount,
        currency: typedCurrency || settings.currency || '',
        stage,
        closeDate,
        ...(stageEntered === undefined ? {} : { stageEntered }),
        ...(created === undefined ? {} : { created }),
        nextStep: cellText(cell(table, cells, 'nextStep')),
        competitor: cellText(cell(table, cells, 'competitor')),
        method: cellText(cell(table, cells, 'method')),
        evidence: cellText(cell(table, cells, 'evidence')),
        proofs: proofs.filter((p) => isTicked(cells[p.column])).map((p) => p.code),
        hasProofColumns: proofs.length > 0,
        ...(override === undefined ? {} : { probabilityOverride: override }),
        overrideReason: cellText(cell(table, cells, 'overrideReason')),
        buyingStep: cellText(cell(table, cells, 'buyingStep')),
        sheet: table.sheet,
        row,
      });
    }
    for (const { row, cells } of table.unreadOnlyRows) {
      setAside.push(unreadRow(table, row, cells, [unreadOnlyReason(table.unreadColumns, cells, row)], settings.decimalMark));
    }
  }

  // A table that misses a required column still had rows someone typed: each is listed, none vanishes.
  for (const table of found.incomplete) {
    const reasons = [reason('tableMissingColumns', table.reason), ...table.duplicates.map((d) => reason('duplicateColumn', T.duplicateColumn(table.sheet, d)))];
    for (const { row, cells } of [...table.rows, ...table.unreadOnlyRows]) setAside.push(unreadRow(table, row, cells, reasons, settings.decimalMark));
  }

  const counted: Tally = { deals: deals.length, amount: sumCents(deals.map((d) => d.amount)) };
  const aside: Tally = { deals: setAside.length, amount: sumCents(setAside.map((r) => r.amount)) };
  const everyTable = [...found.tables, ...found.incomplete];
  const read: Tally = {
    deals: everyTable.reduce((n, t) => n + t.rows.length + t.unreadOnlyRows.length, 0),
    amount: sumCents(everyTable.flatMap((t) => t.rows.map((r) => readAmount(t, r.cells, settings.decimalMark)))),
  };
  return {
    deals,
    setAside,
    reconciliation: {
      read,
      counted,
      setAside: aside,
      balanced: read.deals === counted.deals + aside.deals && cents(read.amount) === cents(counted.amount) + cents(aside.amount),
    },
    sources: [
      ...found.tables.map((t) => ({ sheet: t.sheet, headerRow: t.headerRow, rep: t.sheetRep, rows: t.rows.length + t.unreadOnlyRows.length })),
      ...found.incomplete.map((t) => ({ sheet: t.sheet, headerRow: t.headerRow, rep: '', rows: t.rows.length + t.unreadOnlyRows.length })),
    ],
  };
}

/** The columns a table reads that hold a broken date in this row. */
function invalidDateColumns(table: TableColumns, cells: readonly unknown[]): PipelineColumnId[] {
  return (Object.keys(table.columns) as PipelineColumnId[]).filter((id) => isInvalidDate(cell(table, cells, id)));
}

/** "E7": the sheet cell of a column on a row. */
function cellName(table: TableColumns, id: PipelineColumnId, row: number): string {
  return `${columnLetters(table.columns[id] ?? 0)}${row}`;
}

/**
 * What a row whose table cannot be read adds to the read amount: the amount cell's bounded amount when
 * the table has exactly one Amount column, else 0 (which of two to believe cannot be told).
 */
function readAmount(table: TableColumns, cells: readonly unknown[], decimalMark: DecimalMark): number {
  if (table.duplicates.some((d) => d.id === 'amount')) return 0;
  return boundedAmount(cell(table, cells, 'amount'), decimalMark) ?? 0;
}

/** A row listed, not read: its id for finding it, its amount for the reconciliation. */
function unreadRow(table: TableColumns & { readonly sheet: string }, row: number, cells: readonly unknown[], reasons: readonly SetAsideReason[], decimalMark: DecimalMark): SetAsideRow {
  const id = table.duplicates.some((d) => d.id === 'id') ? '' : cellText(cell(table, cells, 'id'));
  return { sheet: table.sheet, row, id, amount: readAmount(table, cells, decimalMark), reasons };
}

/** Names the first unread cell the row fills, with its header. */
function unreadOnlyReason(unread: readonly UnreadColumn[], cells: readonly unknown[], row: number): SetAsideReason {
  const first = unread.find((u) => holdsTyped(cells[u.column])) ?? unread[0];
  return reason('onlyUnreadColumns', T.onlyUnreadColumns(`${columnLetters(first.column)}${row}`, first.header));
}

/** Sums in whole cents so a reconciliation of thousands of rows balances exactly, not to rounding. */
function sumCents(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + cents(v), 0) / 100;
}
