import { DealKitError } from '../errors';
import { LOCALES, text, type Locale } from '../i18n';
import { QUESTION_SET_NAMES } from '../methods/method-names';
import type { MethodId } from '../methods/types';
import type { A1, FormulaBlock, PlanValue, SheetPlan, ValueBlock, WritePlan } from '../plan';
import { boxToA1, parseA1 } from '../a1';
import { parseRating, parseTick, type Rating } from '../scoring';
import { assessmentTemplate, buildTemplate, type AssessmentLayout, type StrategyInput } from '../templates';
import type { AssessmentAnswers, StrategyInputId } from './backend';
import { METHOD_CHOICES, questionSetFor } from './method-data';
import { planConflicts, SaveConflictError } from './save-conflict';
import { cellText, cellValue, holdsFormula, type SheetValues } from '../sheet-values';
import { dealIdBlocks, wizardDealId } from '../deals/deal-id-cell';

/**
 * Reading an assessment off a sheet the assessment template made, and the plan that writes the
 * wizard's answers back. The sheet is recognised by its layout (criterion numbers in column A and
 * the question set's name in the title), not by its name: users rename sheets.
 */

/** The template's name for the 3:1 input differs from the wizard's. */
const TEMPLATE_INPUT: Readonly<Record<StrategyInputId, StrategyInput>> = {
  compelling: 'compelling',
  canCompete: 'canCompete',
  lead3to1: 'lead',
  canChangeCriteria: 'canChangeCriteria',
  canFragment: 'canFragment',
  positionToProtect: 'positionToProtect',
  futureValue: 'futureValue',
};

export interface RecognisedAssessment {
  readonly method: MethodId;
  /** The language the sheet was inserted in: its rating words (yes/no scales) follow it. */
  readonly locale: Locale;
  readonly layout: AssessmentLayout;
}

interface TemplateShape {
  readonly layout: AssessmentLayout;
  /** What the template itself puts in each strategy input: its prefill formula, or a blank (unanswered). */
  readonly strategyDefaults: Readonly<Record<StrategyInput, PlanValue>>;
}

const shapes = new Map<string, TemplateShape>();
function shapeFor(method: MethodId, locale: Locale): TemplateShape {
  const key = `${method}/${locale}`;
  let shape = shapes.get(key);
  if (!shape) {
    const built = assessmentTemplate({ method, locale });
    const formulaAt = new Map<string, string>();
    for (const block of built.sheet.formulas ?? []) {
      const box = parseA1(block.at);
      block.rows.forEach((row, r) =>
        row.forEach((formula, c) => {
          if (formula !== null) formulaAt.set(boxToA1(box.row + r, box.column + c, 1, 1), formula);
        }),
      );
    }
    const defaults = {} as Record<StrategyInput, PlanValue>;
    for (const [input, a1] of Object.entries(built.layout.strategyInputs) as [StrategyInput, string][]) {
      const box = parseA1(a1);
      defaults[input] = formulaAt.get(boxToA1(box.row, box.column, 1, 1)) ?? '';
    }
    shape = { layout: built.layout, strategyDefaults: defaults };
    shapes.set(key, shape);
  }
  return shape;
}

function layoutFor(method: MethodId, locale: Locale): AssessmentLayout {
  return shapeFor(method, locale).layout;
}

export function recogniseAssessment(sheet: SheetValues): RecognisedAssessment | null {
  const title = cellText(sheet, 'A1');
  for (const method of METHOD_CHOICES) {
    const set = questionSetFor(method);
    const locale = LOCALES.find((candidate) => title.includes(QUESTION_SET_NAMES[set.id][candidate]));
    if (!locale) continue;
    const layout = layoutFor(method, locale);
    const numbersMatch = layout.criteria.every((criterion) => Number(cellValue(sheet, `A${criterion.row}`)) === criterion.number);
    if (numbersMatch) return { method, locale, layout };
  }
  return null;
}

function where(sheet: SheetValues, a1: string): string {
  return `${sheet.name}!${a1}`;
}

/** The answers on a recognised assessment sheet; a cell holding something that is not a rating is an error naming it. */
export function readAssessment(sheet: SheetValues): AssessmentAnswers | null {
  const found = recogniseAssessment(sheet);
  if (!found) return null;
  const { layout, method } = found;
  const rating = (a1: string): Rating => parseRating(cellValue(sheet, a1), where(sheet, a1));
  const ours = layout.criteria.map((criterion) => rating(criterion.rating));
  const theirs = layout.criteria.flatMap((criterion) => (criterion.competitorRating ? [rating(criterion.competitorRating)] : []));
  const notes = layout.criteria.map((criterion) => cellText(sheet, criterion.notes));
  const signs = layout.signs.map((sign) => parseTick(cellValue(sheet, sign.tick), where(sheet, sign.tick)));
  const strategy: { -readonly [K in StrategyInputId]?: boolean } = {};
  for (const [input, templateInput] of Object.entries(TEMPLATE_INPUT) as [StrategyInputId, StrategyInput][]) {
    const a1 = layout.strategyInputs[templateInput];
    // A formula is the template's suggestion, not the rep's answer; a blank is no answer at all (the
    // sheet's STRATEGY stops there too); TRUE and FALSE are the rep's yes and no.
    if (holdsFormula(sheet, a1) || cellText(sheet, a1).trim() === '') continue;
    strategy[input] = parseTick(cellValue(sheet, a1), where(sheet, a1));
  }
  return { sheetName: sheet.name, method, ours, theirs, notes, signs, strategy, dealId: wizardDealId(sheet) };
}

function ratingWord(layout: AssessmentLayout, value: Rating): string {
  const [good, bad, unknown] = layout.ratingWords;
  return value === 'favourable' ? good : value === 'unfavourable' ? bad : unknown;
}

/** One column block per contiguous run of cells: the criteria's cells are one column, written in one call. */
function columnBlock(cells: readonly string[], values: readonly PlanValue[]): ValueBlock[] {
  if (cells.length === 0) return [];
  const first = parseA1(cells[0]);
  const contiguous = cells.every((a1, i) => {
    const box = parseA1(a1);
    return box.column === first.column && box.row === first.row + i;
  });
  if (contiguous) return [{ at: boxToA1(first.row, first.column, cells.length, 1), rows: values.map((value) => [value]) }];
  return cells.map((at, i) => ({ at, rows: [[values[i]]] }));
}

function checkAnswers(answers: AssessmentAnswers, layout: AssessmentLayout): void {
  const count = layout.criteria.length;
  if (answers.ours.length !== count) {
    throw new DealKitError(
      text(
        `ours: ${answers.ours.length} ratings given; the ${answers.method} assessment has ${count} criteria`,
        `ours：给出了 ${answers.ours.length} 个评分；${answers.method} 评估共有 ${count} 项`,
      ),
      'ours',
    );
  }
}

/** The value blocks that write the answers into a sheet with this layout. */
function answerBlocks(answers: AssessmentAnswers, layout: AssessmentLayout): ValueBlock[] {
  return answerWrites(answers, layout).values;
}

/**
 * The answers as value blocks, and (for a sheet that exists) the template's own content put back in
 * the strategy inputs the rep left unanswered: its prefill formula, or a blank for an input it does not
 * prefill. Without that, an answer saved once and later cleared in the wizard would stay on the sheet.
 */
function answerWrites(answers: AssessmentAnswers, layout: AssessmentLayout, restore?: TemplateShape): { values: ValueBlock[]; formulas: FormulaBlock[] } {
  const values = answerValues(answers, layout, restore === undefined);
  if (!restore) return { values, formulas: [] };
  // The strategy inputs are one column on the template: one value block and one formula block over it,
  // each leaving alone (null) the cells the other writes.
  const inputs = (Object.entries(TEMPLATE_INPUT) as [StrategyInputId, StrategyInput][]).map(([input, templateInput]) => {
    const answer = answers.strategy[input];
    const original = restore.strategyDefaults[templateInput];
    const isFormula = answer === undefined && typeof original === 'string' && original.startsWith('=');
    return { a1: layout.strategyInputs[templateInput], value: isFormula ? null : (answer ?? original), formula: isFormula ? (original as string) : null };
  });
  const formulas: FormulaBlock[] = [];
  // Hosts write a block with gaps cell run by cell run along rows: split the column into its runs here.
  for (const run of columnRuns(
    inputs.map((input) => input.a1),
    inputs.map((input) => input.value),
  ))
    values.push(...columnBlock(run.cells, run.values));
  for (const run of columnRuns(
    inputs.map((input) => input.a1),
    inputs.map((input) => input.formula),
  )) {
    for (const block of columnBlock(run.cells, run.values)) formulas.push({ at: block.at, rows: block.rows as string[][] });
  }
  return { values, formulas };
}

/** The runs of adjacent present (non-null) entries. */
function columnRuns<T>(cells: readonly string[], values: readonly (T | null)[]): { cells: string[]; values: T[] }[] {
  const runs: { cells: string[]; values: T[] }[] = [];
  let current: { cells: string[]; values: T[] } | null = null;
  values.forEach((value, i) => {
    if (value === null) {
      current = null;
      return;
    }
    if (!current) {
      current = { cells: [], values: [] };
      runs.push(current);
    }
    current.cells.push(cells[i]);
    current.values.push(value);
  });
  return runs;
}

function answerValues(answers: AssessmentAnswers, layout: AssessmentLayout, withStrategy: boolean): ValueBlock[] {
  checkAnswers(answers, layout);
  const blocks: ValueBlock[] = [];
  blocks.push(
    ...columnBlock(
      layout.criteria.map((c) => c.rating),
      answers.ours.map((r) => ratingWord(layout, r)),
    ),
  );
  const rivalCells = layout.criteria.flatMap((c) => (c.competitorRating ? [c.competitorRating] : []));
  if (rivalCells.length > 0 && answers.theirs.length === rivalCells.length) {
    blocks.push(
      ...columnBlock(
        rivalCells,
        answers.theirs.map((r) => ratingWord(layout, r)),
      ),
    );
  }
  blocks.push(
    ...columnBlock(
      layout.criteria.map((c) => c.notes),
      layout.criteria.map((_, i) => answers.notes[i] ?? ''),
    ),
  );
  blocks.push(
    ...columnBlock(
      layout.signs.map((s) => s.tick),
      layout.signs.map((_, i) => answers.signs[i] === true),
    ),
  );
  // Only the inputs the rep answered are written: the others keep the template's formula that reads the assessment.
  if (!withStrategy) return blocks;
  for (const [input, value] of Object.entries(answers.strategy) as [StrategyInputId, boolean | undefined][]) {
    if (value === undefined) continue;
    blocks.push({ at: layout.strategyInputs[TEMPLATE_INPUT[input]], rows: [[value]] });
  }
  return blocks;
}

/** Drops formulas from the cells the answers overwrite, so a new sheet's answered inputs are not recomputed over. */
function withoutFormulasUnder(formulas: readonly FormulaBlock[], blocks: readonly ValueBlock[]): FormulaBlock[] {
  const covered = new Set<string>();
  for (const block of blocks) {
    const box = parseA1(block.at);
    for (let r = 0; r < box.height; r += 1) for (let c = 0; c < box.width; c += 1) covered.add(`${box.row + r}:${box.column + c}`);
  }
  return formulas.map((block) => {
    const box = parseA1(block.at);
    return { at: block.at, rows: block.rows.map((row, r) => row.map((formula, c) => (covered.has(`${box.row + r}:${box.column + c}`) ? null : formula))) };
  });
}

export interface AssessmentSave {
  readonly plan: WritePlan;
  /** Plan key of the assessment sheet: its final name is in the resolved plan's sheetNames. */
  readonly sheetKey: string;
}

/**
 * The plan that saves the answers: into the sheet they were read from (given its snapshot, so the
 * layout is the one the sheet really has), or into a newly inserted assessment in the UI's language.
 */
/**
 * A wizard save dates an undated assessment with the day it was saved: the roll-up keeps a deal's
 * latest assessment by this date, and an undated one would lose to any dated one however old. A date
 * the rep typed is never touched.
 */
function datingBlocks(cell: A1, today: number | undefined, sheet?: SheetValues): ValueBlock[] {
  if (today === undefined) return [];
  if (sheet && cellText(sheet, cell).trim() !== '') return [];
  return [{ at: cell, rows: [[today]] }];
}

export function assessmentSavePlan(answers: AssessmentAnswers, locale: Locale, sheet?: SheetValues, today?: number): AssessmentSave {
  if (answers.sheetName !== null) {
    if (!sheet) throw new DealKitError(text(`Sheet "${answers.sheetName}" was not found`, `未找到工作表“${answers.sheetName}”`), answers.sheetName);
    const found = recogniseAssessment(sheet);
    if (!found || found.method !== answers.method) {
      throw new DealKitError(
        text(
          `Sheet "${sheet.name}" is no longer a ${answers.method} assessment; reopen the wizard on the assessment sheet`,
          `工作表“${sheet.name}”已不是 ${answers.method} 评估表；请在评估表上重新打开向导`,
        ),
        sheet.name,
      );
    }
    // The Deal ID cell is written only when the wizard changes it, and then compared like every other cell.
    const writesId = answers.dealId !== undefined && answers.dealId.trim() !== wizardDealId(sheet);
    const planOf = (written: AssessmentAnswers): WritePlan => {
      const writes = answerWrites(written, found.layout, shapeFor(found.method, found.locale));
      const dealId = writesId ? dealIdBlocks(written.dealId ?? '', found.layout.dealId, found.locale, sheet) : [];
      return {
        sheets: [
          { key: 'assessment', target: { kind: 'existing', name: sheet.name }, values: [...writes.values, ...dealId], ...(writes.formulas.length ? { formulas: writes.formulas } : {}) },
        ],
      };
    };
    const plan = planOf(answers);
    if (answers.read && answers.overwrite !== true) {
      const now = readAssessment(sheet);
      const read = { ...answers.read, sheetName: answers.sheetName };
      const conflicts = planConflicts(sheet.name, planOf(read), now ? planOf(now) : { sheets: [] }, plan);
      if (conflicts.length > 0) throw new SaveConflictError(conflicts);
    }
    const dating = datingBlocks(found.layout.header.date, today, sheet);
    const [saved] = plan.sheets;
    return { plan: dating.length === 0 || !saved ? plan : { sheets: [{ ...saved, values: [...(saved.values ?? []), ...dating] }] }, sheetKey: 'assessment' };
  }
  const built = buildTemplate('assessment', { locale, method: answers.method });
  const layout = built.layout as AssessmentLayout;
  const blocks = [...answerBlocks(answers, layout), ...(answers.dealId === undefined ? [] : dealIdBlocks(answers.dealId, layout.dealId, locale)), ...datingBlocks(layout.header.date, today)];
  const sheets: SheetPlan[] = built.plan.sheets.map((planned) =>
    planned.key === built.sheetKey ? { ...planned, values: [...(planned.values ?? []), ...blocks], formulas: withoutFormulasUnder(planned.formulas ?? [], blocks) } : planned,
  );
  return { plan: { ...built.plan, sheets }, sheetKey: built.sheetKey };
}
