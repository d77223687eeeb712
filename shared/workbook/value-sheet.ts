import { DealKitError } from '../errors';
import { LOCALES, text, type Locale } from '../i18n';
import type { PlanValue, SheetPlan, ValueBlock, WritePlan } from '../plan';
import { boxToA1, parseA1 } from '../a1';
import { buildTemplate, valuePropositionTemplate, VALUE_PERIODS, type ValuePropositionLayout } from '../templates';
import type { ValueAnswers, ValueSheetRest } from './backend';
import { valueStatements } from './method-data';
import { DEFAULT_DECIMAL_MARK, type DecimalMark } from '../numbers/decimal-mark';
import { readNumberText } from '../numbers/read-number';
import { planConflicts, SaveConflictError } from './save-conflict';
import { cellText, cellValue, type SheetValues } from '../sheet-values';
import { dealIdBlocks, wizardDealId } from '../deals/deal-id-cell';

/**
 * Reading the wizard's figures and statement slots off a value-proposition sheet, and the plan that
 * writes them. The wizard owns three rows of the cash-flow table — the first "benefit: increase"
 * row, the acquisition-cost row, and year 0 of the risks row — so the other rows a rep filled by
 * hand are never overwritten; they are read as the "rest" so the wizard's live figures count
 * everything the sheet's totals count. Years beyond the wizard's period count are not written at
 * all: the sheet stops counting them (its "years counted" cell), and what is in them stays.
 */

export const VALUE_WIZARD_PERIODS = VALUE_PERIODS;

/** The wizard's key for the i-th slot cell of a statement on the sheet (slots are in the same order). */
/** How ValueAnswers.slots is keyed: `statementId.slotId`, e.g. `1.initiative`. */
export function slotKey(statementId: number, slotId: string): string {
  return `${statementId}.${slotId}`;
}

function slotKeyAt(statementNumber: number, index: number): string {
  const statement = valueStatements().find((candidate) => candidate.number === statementNumber);
  return slotKey(statementNumber, statement?.slots[index]?.id ?? String(index + 1));
}

interface Recognised {
  readonly locale: Locale;
  readonly layout: ValuePropositionLayout;
}

const layouts = new Map<Locale, ValuePropositionLayout>();
function layoutFor(locale: Locale): ValuePropositionLayout {
  let layout = layouts.get(locale);
  if (!layout) {
    layout = valuePropositionTemplate({ locale }).layout;
    layouts.set(locale, layout);
  }
  return layout;
}

const TITLES = text('Value proposition', '价值主张');

export function recogniseValueSheet(sheet: SheetValues): Recognised | null {
  const title = cellText(sheet, 'A1');
  const locale = LOCALES.find((candidate) => title === TITLES[candidate]);
  if (!locale) return null;
  const layout = layoutFor(locale);
  // The year header (0, 1, 2…) above the cash flows confirms the layout.
  const headerRow = layout.benefits[0].row - 1;
  const yearsMatch = layout.periodColumns.every((column, i) => Number(cellValue(sheet, `${column}${headerRow}`)) === i);
  return yearsMatch ? { locale, layout } : null;
}

function cellsAcross(range: string): string[] {
  const box = parseA1(range);
  return Array.from({ length: box.width }, (_, i) => boxToA1(box.row, box.column + i, 1, 1));
}

/** A figure of the value sheet: a number, or text read by the workbook's decimal mark; anything else names its cell. */
function numberIn(sheet: SheetValues, a1: string, decimalMark: DecimalMark): number {
  const value = cellValue(sheet, a1);
  if (value === null || value === undefined || value === '') return 0;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const reading = readNumberText(String(value), { decimalMark });
  if (!reading.ok) {
    const { problem } = reading;
    throw new DealKitError(text(`${sheet.name}!${a1}: "${String(value)}" ${problem.en}`, `${sheet.name}!${a1}：“${String(value)}”${problem['zh-CN']}`), `${sheet.name}!${a1}`);
  }
  return reading.value;
}

function wizardRows(layout: ValuePropositionLayout): { benefits: string[]; costs: string[]; risks: string } {
  const opportunityRow = parseA1(layout.costs.opportunity);
  return {
    benefits: cellsAcross(layout.benefits[0].amounts),
    costs: cellsAcross(layout.costs.acquisition),
    risks: `${layout.periodColumns[0]}${opportunityRow.row + 1}`,
  };
}

/** A cell as the sheet's SUM reads it: numbers count, blanks and text do not. */
function summedIn(sheet: SheetValues, a1: string): number {
  const value = cellValue(sheet, a1);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Per year, the sums of the rows the wizard does not edit (see ValueSheetRest). */
export function readValueRest(sheet: SheetValues, layout: ValuePropositionLayout): ValueSheetRest {
  const years = layout.periodColumns.length;
  const sumRows = (ranges: readonly string[]): number[] => {
    const totals = Array<number>(years).fill(0);
    for (const range of ranges) cellsAcross(range).forEach((a1, i) => (totals[i] += summedIn(sheet, a1)));
    return totals;
  };
  const risks = sumRows([layout.costs.opportunity]);
  risks[0] = 0;
  return {
    benefits: sumRows(layout.benefits.slice(1).map((benefit) => benefit.amounts)),
    costs: sumRows([layout.costs.possession, layout.costs.usage, ...Object.values(layout.investment)]),
    risks,
  };
}

export function readValueAnswers(sheet: SheetValues, decimalMark: DecimalMark = DEFAULT_DECIMAL_MARK): ValueAnswers | null {
  const found = recogniseValueSheet(sheet);
  if (!found) return null;
  const { layout } = found;
  const rows = wizardRows(layout);
  const counted = Math.round(numberIn(sheet, layout.periodsCounted, decimalMark));
  const periods = Math.max(2, Math.min(VALUE_WIZARD_PERIODS, counted + 1));
  const slots: Record<string, string> = {};
  for (const statement of layout.statements) {
    statement.slots.forEach((a1, i) => {
      const value = cellText(sheet, a1);
      if (value !== '') slots[slotKeyAt(statement.number, i)] = value;
    });
  }
  return {
    sheetName: sheet.name,
    slots,
    benefits: rows.benefits.slice(0, periods).map((a1) => numberIn(sheet, a1, decimalMark)),
    costs: rows.costs.slice(0, periods).map((a1) => numberIn(sheet, a1, decimalMark)),
    risks: numberIn(sheet, rows.risks, decimalMark),
    rest: readValueRest(sheet, layout),
    dealId: wizardDealId(sheet),
  };
}

function answerBlocks(answers: ValueAnswers, layout: ValuePropositionLayout, sheet?: SheetValues): ValueBlock[] {
  const periods = Math.max(answers.benefits.length, answers.costs.length);
  if (periods < 2 || periods > VALUE_WIZARD_PERIODS) {
    throw new DealKitError(
      text(
        `periods: ${periods} given; the sheet counts years 0 to ${VALUE_WIZARD_PERIODS - 1} (2 to ${VALUE_WIZARD_PERIODS} periods)`,
        `periods：给出了 ${periods} 期；工作表按第 0 至 ${VALUE_WIZARD_PERIODS - 1} 年计算（2 至 ${VALUE_WIZARD_PERIODS} 期）`,
      ),
      'periods',
    );
  }
  const rows = wizardRows(layout);
  const across = (cells: readonly string[], values: readonly number[]): ValueBlock => ({
    at: `${cells[0]}:${cells[cells.length - 1]}`,
    // Years beyond the wizard's periods are left as they are (null): the sheet does not count them once
    // its "years counted" cell says so, and the wizard never showed them, so it does not clear them.
    rows: [cells.map((_, i): PlanValue => (i < periods ? (values[i] ?? 0) : null))],
  });
  const blocks: ValueBlock[] = [
    { at: layout.periodsCounted, rows: [[periods - 1]] },
    across(rows.benefits, answers.benefits),
    across(rows.costs, answers.costs),
    { at: rows.risks, rows: [[answers.risks]] },
  ];
  for (const statement of layout.statements) {
    const values = statement.slots.map((_, i) => (answers.slots[slotKeyAt(statement.number, i)] ?? '').trim());
    // A statement left empty in the wizard and on the sheet is not written: its cells stay truly blank.
    const onSheet = sheet ? statement.slots.some((a1) => cellText(sheet, a1) !== '') : false;
    if (!onSheet && values.every((value) => value === '')) continue;
    const first = statement.slots[0];
    const last = statement.slots[statement.slots.length - 1];
    blocks.push({ at: statement.slots.length === 1 ? first : `${first}:${last}`, rows: [values] });
  }
  return blocks;
}

export interface ValueSave {
  readonly plan: WritePlan;
  readonly sheetKey: string;
}

export function valueSavePlan(answers: ValueAnswers, locale: Locale, sheet?: SheetValues): ValueSave {
  if (answers.sheetName !== null) {
    const found = sheet ? recogniseValueSheet(sheet) : null;
    if (!sheet || !found) {
      throw new DealKitError(
        text(`Sheet "${answers.sheetName}" is not a value-proposition sheet any more; reopen the wizard on it`, `工作表“${answers.sheetName}”已不是价值主张表；请在该表上重新打开向导`),
        answers.sheetName,
      );
    }
    // The Deal ID cell is written only when the wizard changes it, and then compared like every other cell.
    const writesId = answers.dealId !== undefined && answers.dealId.trim() !== wizardDealId(sheet);
    const planOf = (written: ValueAnswers): WritePlan => ({
      sheets: [
        {
          key: 'value',
          target: { kind: 'existing', name: sheet.name },
          values: [...answerBlocks(written, found.layout, sheet), ...(writesId ? dealIdBlocks(written.dealId ?? '', found.layout.dealId, found.locale, sheet) : [])],
        },
      ],
    });
    const plan = planOf(answers);
    if (answers.read && answers.overwrite !== true) {
      const now = readValueAnswers(sheet);
      const conflicts = planConflicts(sheet.name, planOf({ ...answers.read, sheetName: answers.sheetName }), now ? planOf(now) : { sheets: [] }, plan);
      if (conflicts.length > 0) throw new SaveConflictError(conflicts);
    }
    return { plan, sheetKey: 'value' };
  }
  const built = buildTemplate('valueProposition', { locale });
  const layout = built.layout as ValuePropositionLayout;
  const blocks = [...answerBlocks(answers, layout), ...(answers.dealId === undefined ? [] : dealIdBlocks(answers.dealId, layout.dealId, locale))];
  const sheets: SheetPlan[] = built.plan.sheets.map((planned) => (planned.key === built.sheetKey ? { ...planned, values: [...(planned.values ?? []), ...blocks] } : planned));
  return { plan: { ...built.plan, sheets }, sheetKey: built.sheetKey };
}
