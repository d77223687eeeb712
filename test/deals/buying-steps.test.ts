/**
 * The customer's buying step beside the selling stage: the seed's order, the pipeline sheet's column,
 * dropdown and flag evaluated in HyperFormula, and the Dashboard's list after a roll-up of the filled sheet.
 */
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { LOCALES } from '../../shared/i18n';
import { BUYING_PROCESSES, buyingStepWord, expectedBuyingStep, readBuyingStep } from '../../shared/methods/buying-process';
import { LADDERS } from '../../shared/methods/ladders';
import { LADDER_IDS, type LadderId } from '../../shared/methods/types';
import { matchPipelineColumn } from '../../shared/pipeline/columns';
import { buildTemplate } from '../../shared/templates/catalog';
import type { PipelineFunnelLayout } from '../../shared/templates/pipeline-funnel';
import { operationsOver } from '../../shared/workbook/run-operation';
import { cellsOf, parseA1 } from '../../shared/a1';
import { valuesOf } from '../templates/plan-checks';
import * as buyingProcess from '../../shared/methods/buying-process';
import { allTexts } from '../methods/all-texts';

describe('Signature Selling customer buying steps, in the seed order', () => {
  it('has step 5 选择解决方案 and step 6 解除担心并作出决定 (seed: "第五步:发展解决方案,当客户正在:,选择解决方案"; "第六步:成交,当客户正在:,解除担心并作出决定")', () => {
    const steps = BUYING_PROCESSES.SIGNATURE.steps.map((s) => s.label['zh-CN']);
    expect(steps[4]).toBe('选择解决方案');
    expect(steps[5]).toBe('解除担心并作出决定');
    // The deal is Proposed while the customer selects a solution, Won while it resolves its concerns and decides.
    expect(expectedBuyingStep('SIGNATURE', 'Proposed')?.number).toBe(5);
    expect(expectedBuyingStep('SIGNATURE', 'Won')?.number).toBe(6);
  });

  it('pairs every stage of every ladder with a step, in rising order, and none with LOST', () => {
    for (const ladder of LADDER_IDS) {
      const numbers = LADDERS[ladder].stages.map((stage) => expectedBuyingStep(ladder, stage.code)?.number);
      expect(numbers.every((n) => n !== undefined)).toBe(true);
      expect([...(numbers as number[])].sort((a, b) => a - b)).toEqual(numbers);
      expect(expectedBuyingStep(ladder, 'LOST')).toBeUndefined();
    }
  });

  it('names every step in English and in Chinese', () => {
    const texts = allTexts(buyingProcess);
    expect(texts.length).toBeGreaterThan(15);
    for (const { path, value } of texts) {
      expect([path, /[\u3400-\u9fff]/.test(value['zh-CN'])]).toEqual([path, true]);
      expect([path, /[\u3400-\u9fff]/.test(value.en), value.en.trim() !== '']).toEqual([path, false, true]);
    }
  });

  it('reads a step by its number or its label in either language', () => {
    expect(readBuyingStep('SIGNATURE', '5. 选择解决方案')?.number).toBe(5);
    expect(readBuyingStep('SIGNATURE', '5')?.number).toBe(5);
    expect(readBuyingStep('SIGNATURE', 'chooses a solution')?.number).toBe(5);
    expect(readBuyingStep('SIGNATURE', '解除担心并作出决定')?.number).toBe(6);
    expect(readBuyingStep('SIGNATURE', '')).toBeUndefined();
    expect(readBuyingStep('SIGNATURE', 'soon')).toBeUndefined();
    expect(readBuyingStep('SIGNATURE', '12')).toBeUndefined();
  });
});

describe.each(LADDER_IDS)('the pipeline sheet on the %s ladder', (ladder: LadderId) => {
  it.each(LOCALES)('heads a buying-step column the roll-up reads, picking from the steps listed on the sheet (%s)', (locale) => {
    const built = buildTemplate('pipelineFunnel', { locale, ladder });
    const layout = built.layout as PipelineFunnelLayout;
    const sheet = built.plan.sheets.find((s) => s.key === built.sheetKey)!;
    const values = valuesOf(sheet);
    expect(matchPipelineColumn(values.get(`${layout.columns.buyingStep}${layout.headerRow}`))).toBe('buyingStep');
    const column = `${layout.columns.buyingStep}${layout.firstRow}:${layout.columns.buyingStep}${layout.lastRow}`;
    const dropdown = sheet.validations?.find((v) => v.range === column);
    expect(dropdown).toMatchObject({ kind: 'listFromRange', source: expect.stringContaining('{{SHEET:pipeline}}!') });
    const listed = cellsOf(layout.buying.stepList).map((cell) => values.get(cell));
    expect(listed).toEqual(BUYING_PROCESSES[ladder].steps.map((step) => buyingStepWord(step, locale)));
    // The reference table pairs each stage with the step its ladder expects.
    const table = parseA1(layout.buying.stageTable);
    expect(table.height).toBe(LADDERS[ladder].stages.length);
    const stageCells = cellsOf(layout.buying.stageTable).filter((_, i) => i % 4 === 0);
    const stepCells = cellsOf(layout.buying.stageTable).filter((_, i) => i % 4 === 3);
    expect(stageCells.map((c) => values.get(c))).toEqual(LADDERS[ladder].stages.map((s) => s.code));
    expect(stepCells.map((c) => values.get(c))).toEqual(LADDERS[ladder].stages.map((s) => buyingStepWord(expectedBuyingStep(ladder, s.code)!, locale)));
  });
});

interface Row {
  id: string;
  stage: string;
  step: number | null;
}

/** A rep's pipeline sheet from the template, filled in the playground (HyperFormula) as a rep would. */
function filled(ladder: LadderId, locale: 'en' | 'zh-CN', rows: readonly Row[]): { workbook: PlaygroundWorkbook; layout: PipelineFunnelLayout; sheet: string } {
  const workbook = new PlaygroundWorkbook();
  const built = buildTemplate('pipelineFunnel', { locale, ladder });
  const layout = built.layout as PipelineFunnelLayout;
  const sheet = workbook.applyPlan(built.plan).sheetNames[built.sheetKey];
  const c = layout.columns;
  const steps = BUYING_PROCESSES[ladder].steps;
  rows.forEach((row, i) => {
    const r = layout.firstRow + i;
    workbook.setCellInputs(sheet, `${c.id}${r}:${c.stage}${r}`, [[row.id, 'Acme', `Deal ${row.id}`, 'Ann', '10000', '', row.stage]]);
    workbook.setCellInput(sheet, `${c.closeDate}${r}`, '2026-12-20');
    workbook.setCellInput(sheet, `${c.buyingStep}${r}`, row.step === null ? '' : buyingStepWord(steps[row.step - 1], locale));
  });
  return { workbook, layout, sheet };
}

function columnValues(workbook: PlaygroundWorkbook, sheet: string, letter: string, first: number, count: number): unknown[] {
  const column = parseA1(`${letter}1`).column;
  return Array.from({ length: count }, (_, i) => workbook.cellValue(sheet, first - 1 + i, column));
}

describe('the buying-step flag, evaluated', () => {
  const MILESTONE_ROWS: Row[] = [
    { id: 'M1', stage: 'C50', step: 3 }, // expects 5: two behind
    { id: 'M2', stage: 'A90', step: 7 }, // on step
    { id: 'M3', stage: 'G20', step: null }, // not recorded
    { id: 'M4', stage: 'B75', step: 8 }, // ahead
    { id: 'M5', stage: 'S100', step: 1 }, // won: no flag
    { id: 'M6', stage: 'LOST', step: 1 }, // lost: no flag
  ];

  it('shows the expected step and how many steps the customer lags, per row (milestones, English)', () => {
    const { workbook, layout, sheet } = filled('MILESTONES', 'en', MILESTONE_ROWS);
    const steps = BUYING_PROCESSES.MILESTONES.steps;
    expect(columnValues(workbook, sheet, layout.buying.expected, layout.firstRow, 6)).toEqual([
      buyingStepWord(steps[4], 'en'),
      buyingStepWord(steps[6], 'en'),
      buyingStepWord(steps[1], 'en'),
      buyingStepWord(steps[5], 'en'),
      buyingStepWord(steps[7], 'en'),
      '',
    ]);
    expect(columnValues(workbook, sheet, layout.buying.behind, layout.firstRow, 7)).toEqual([2, 0, '', 0, '', '', '']);
  });

  it('flags a Proposed deal whose customer is still evaluating the options (Signature, Chinese)', () => {
    const { workbook, layout, sheet } = filled('SIGNATURE', 'zh-CN', [
      { id: 'S1', stage: 'Proposed', step: 4 },
      { id: 'S2', stage: 'Qualified', step: 4 },
    ]);
    expect(columnValues(workbook, sheet, layout.buying.expected, layout.firstRow, 2)).toEqual(['5. 选择解决方案', '4. 评估各种选择']);
    expect(columnValues(workbook, sheet, layout.buying.behind, layout.firstRow, 2)).toEqual([1, 0]);
  });

  it('lists the lagging open deals on the Dashboard after a roll-up, and counts the ones with no step', () => {
    const { workbook } = filled('MILESTONES', 'en', MILESTONE_ROWS);
    const rolled = operationsOver(workbook.host()).rollUpTeam(null, 'en');
    expect(rolled.ok).toBe(true);
    const board = workbook.sheetNames().find((name) => name.startsWith('Dashboard')) as string;
    const rows = workbook.snapshot(board, false)?.values ?? [];
    const title = rows.findIndex((row) => row[0] === 'Customer buying step behind the stage');
    expect(title).toBeGreaterThan(0);
    expect(rows[title + 1][0]).toBe('The buying step is the one the rep recorded in the pipeline\'s "Customer buying step" column. Open deals with no step recorded: 1.');
    const steps = BUYING_PROCESSES.MILESTONES.steps;
    expect(rows[title + 3].slice(0, 7)).toEqual(['Ann', 'M1', 'Deal M1', 'C50', buyingStepWord(steps[4], 'en'), buyingStepWord(steps[2], 'en'), 2]);
    expect(rows[title + 4]?.[0] ?? '').not.toBe('Ann');
  });

  it('writes the Dashboard list in Chinese for a Chinese workbook', () => {
    const { workbook } = filled('SIGNATURE', 'zh-CN', [{ id: 'S1', stage: 'Proposed', step: 4 }]);
    expect(operationsOver(workbook.host()).rollUpTeam(null, 'zh-CN').ok).toBe(true);
    const board = workbook.sheetNames().find((name) => name.startsWith('仪表板')) as string;
    const rows = workbook.snapshot(board, false)?.values ?? [];
    const title = rows.findIndex((row) => row[0] === '客户购买步骤落后于销售阶段');
    expect(rows[title + 3].slice(3, 7)).toEqual(['Proposed', '5. 选择解决方案', '4. 评估各种选择', 1]);
  });
});
