import { PlaygroundWorkbook, UNDO_LIMIT } from '../../playground/playground-workbook';
import { loadSampleWorkbook, SAMPLE_DEALS } from '../../playground/sample-workbook';
import { operationsOver } from '../../shared/workbook/run-operation';
import { assessmentTemplate, pipelineFunnelTemplate } from '../../shared/templates';
import { parseA1 } from '../../shared/a1';

/**
 * Undo and redo in the playground: every kind of change a user makes there — a typed cell, a pasted
 * block, a template inserted, a wizard's save, a roll-up, an opened file — goes back exactly, and
 * forward again, side table (dropdowns, formats) and sheet list included.
 */
const TAS = assessmentTemplate({ method: 'TAS', locale: 'en' }).layout;
const FUNNEL = pipelineFunnelTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout;

function sample(): { workbook: PlaygroundWorkbook; sheets: ReturnType<typeof loadSampleWorkbook> } {
  const workbook = new PlaygroundWorkbook();
  const sheets = loadSampleWorkbook(workbook);
  return { workbook, sheets };
}

function valueAt(workbook: PlaygroundWorkbook, sheet: string, a1: string): unknown {
  const box = parseA1(a1);
  return workbook.snapshot(sheet, false)?.values[box.row]?.[box.column];
}

/** The workbook as typed and as computed: spilled results included, so a spill blocked on the way back shows. */
function everything(workbook: PlaygroundWorkbook): unknown {
  return { typed: workbook.serialize(), computed: workbook.sheetNames().map((name) => workbook.snapshot(name, false)) };
}

/** Undo brings back exactly the workbook before the change; redo exactly the one after it. */
function expectUndoRedoExact(workbook: PlaygroundWorkbook, change: () => void): void {
  const before = everything(workbook);
  change();
  const after = everything(workbook);
  expect(after).not.toEqual(before);
  expect(workbook.canUndo()).toBe(true);
  expect(workbook.undo()).toBe(true);
  expect(everything(workbook)).toEqual(before);
  expect(workbook.canRedo()).toBe(true);
  expect(workbook.redo()).toBe(true);
  expect(everything(workbook)).toEqual(after);
}

describe('playground undo and redo', () => {
  it('a typed cell: undo puts the old input back and everything computed from it follows', () => {
    const { workbook, sheets } = sample();
    const yes = workbook.namedCell('DK_YES_THRESHOLD');
    if (!yes) throw new Error('no Yes threshold in the sample');
    expect(valueAt(workbook, sheets.assessment, TAS.verdict)).toBe('Qualify further');
    workbook.setCellInput(yes.sheet, yes.a1, '-0.3');
    expect(valueAt(workbook, sheets.assessment, TAS.verdict)).toBe('Pursue');
    expect(workbook.undo()).toBe(true);
    expect(valueAt(workbook, sheets.assessment, TAS.verdict)).toBe('Qualify further');
    expect(workbook.redo()).toBe(true);
    expect(valueAt(workbook, sheets.assessment, TAS.verdict)).toBe('Pursue');
  });

  it('the sample opens with nothing to undo, and undo or redo with nothing to do says so', () => {
    const { workbook } = sample();
    // Loading the sample is not the user's change; the page clears it (loadFresh) — here it is loaded directly.
    workbook.loadFresh(workbook.serialize());
    expect(workbook.canUndo()).toBe(false);
    expect(workbook.undo()).toBe(false);
    expect(workbook.redo()).toBe(false);
  });

  it('a typed cell, a pasted block and a cell emptied each go back exactly', () => {
    const { workbook, sheets } = sample();
    expectUndoRedoExact(workbook, () => workbook.setCellInput(sheets.pipeline, 'B30', '=1+1'));
    expectUndoRedoExact(workbook, () =>
      workbook.setCellInputs(sheets.pipeline, `${FUNNEL.columns.account}${FUNNEL.firstRow}`, [
        ['Pasted A', '12%'],
        ['', "'0042"],
      ]),
    );
    expectUndoRedoExact(workbook, () => workbook.setCellInput(sheets.pipeline, `${FUNNEL.columns.id}${FUNNEL.firstRow}`, ''));
  });

  it('a template insert: undo removes the sheet, its names and its dropdowns and goes back to the sheet that was open', () => {
    const { workbook, sheets } = sample();
    const ops = operationsOver(workbook.host());
    const before = workbook.sheetNames();
    const active = workbook.activeSheet();
    expectUndoRedoExact(workbook, () => {
      const inserted = ops.insertTemplate({ id: 'assessment', method: 'SIGNATURE' }, 'en');
      if (!inserted.ok) throw new Error(inserted.message);
      expect(workbook.activeSheet()).toBe(inserted.value.sheetName);
      expect(Object.keys(workbook.extras[inserted.value.sheetName].inputs).length).toBeGreaterThan(0);
    });
    workbook.undo();
    expect(workbook.sheetNames()).toEqual(before);
    expect(workbook.activeSheet()).toBe(active);
    expect(valueAt(workbook, sheets.assessment, TAS.verdict)).toBe('Qualify further');
  });

  it('a wizard save over an existing sheet, a deal update, a roll-up and snapshots each go back exactly', () => {
    const { workbook, sheets } = sample();
    const ops = operationsOver(workbook.host());
    expectUndoRedoExact(workbook, () => {
      const read = ops.readAssessment('en');
      if (!read.ok || !read.value) throw new Error('no assessment');
      const saved = ops.writeAssessment({ ...read.value, ours: read.value.ours.map(() => 'favourable' as const) }, 'en');
      expect(saved.ok).toBe(true);
    });
    workbook.activate(sheets.pipeline);
    expectUndoRedoExact(workbook, () => {
      const listed = ops.listDeals('en');
      if (!listed.ok || !listed.value) throw new Error('no pipeline');
      const deal = listed.value.deals[1];
      const review = { finished: 'Demo', evidence: 'CTO backs us', doingNow: 'Workshop', preparingNext: 'Book design review' };
      const updated = ops.updateDeal(
        { sheetName: listed.value.sheetName, row: deal.row, dealId: deal.id, stage: 'D30', proofs: deal.proofs.map((_, i) => i < 4), review, stageEntered: '2026-11-25', read: deal },
        'en',
      );
      if (!updated.ok) throw new Error(updated.message);
    });
    expectUndoRedoExact(workbook, () => {
      const rolled = ops.rollUpTeam(null, 'en');
      if (!rolled.ok) throw new Error(rolled.message);
    });
    // The second snapshot appends below the first one on the same sheet.
    for (let i = 0; i < 2; i += 1) {
      expectUndoRedoExact(workbook, () => {
        const taken = ops.takeSnapshot('en');
        if (!taken.ok) throw new Error(taken.message);
      });
    }
  });

  it('typing over a spilled result and undoing it lets the formula spill again', () => {
    const { workbook, sheets } = sample();
    const box = parseA1(FUNNEL.funnel);
    const below = `${FUNNEL.funnel.replace(/\d+$/, '')}${box.row + 2}`;
    const spilled = valueAt(workbook, sheets.pipeline, below);
    expect(spilled).toBe('G20');
    expectUndoRedoExact(workbook, () => workbook.setCellInput(sheets.pipeline, below, 'in the way'));
    workbook.undo();
    expect(valueAt(workbook, sheets.pipeline, FUNNEL.funnel)).toBe('G10');
    expect(valueAt(workbook, sheets.pipeline, below)).toBe('G20');
  });

  it('a change undone and then a new change: redo has nothing left', () => {
    const { workbook, sheets } = sample();
    workbook.setCellInput(sheets.pipeline, 'B30', 'first');
    workbook.undo();
    workbook.setCellInput(sheets.pipeline, 'B31', 'second');
    expect(workbook.canRedo()).toBe(false);
    expect(valueAt(workbook, sheets.pipeline, 'B30')).toBeNull();
    expect(valueAt(workbook, sheets.pipeline, 'B31')).toBe('second');
  });

  it('one change of several writes is one step; a change that wrote nothing is none', () => {
    const { workbook, sheets } = sample();
    workbook.loadFresh(workbook.serialize());
    workbook.change(() => {
      workbook.setCellInput(sheets.pipeline, 'B30', 'one');
      workbook.setCellInput(sheets.pipeline, 'B31', 'two');
    });
    workbook.change(() => workbook.cellInput(sheets.pipeline, 0, 0));
    expect(workbook.undo()).toBe(true);
    expect(valueAt(workbook, sheets.pipeline, 'B30')).toBeNull();
    expect(valueAt(workbook, sheets.pipeline, 'B31')).toBeNull();
    expect(workbook.canUndo()).toBe(false);
  });

  it(`keeps the last ${UNDO_LIMIT} changes`, () => {
    const workbook = new PlaygroundWorkbook();
    workbook.applyPlan({ sheets: [{ key: 's', target: { kind: 'new', baseName: 'Notes' }, values: [{ at: 'A1', rows: [[0]] }] }] });
    for (let i = 1; i <= UNDO_LIMIT + 5; i += 1) workbook.setCellInput('Notes', 'A1', String(i));
    let undone = 0;
    while (workbook.undo()) undone += 1;
    expect(undone).toBe(UNDO_LIMIT);
    expect(valueAt(workbook, 'Notes', 'A1')).toBe(5);
  });

  it('listeners hear of every change, undo and redo, and stop hearing once unsubscribed', () => {
    const { workbook, sheets } = sample();
    const heard: string[] = [];
    const unsubscribe = workbook.onChange(() => heard.push('changed'));
    workbook.setCellInput(sheets.pipeline, 'B30', 'x');
    workbook.undo();
    workbook.redo();
    expect(heard).toHaveLength(3);
    unsubscribe();
    workbook.setCellInput(sheets.pipeline, 'B31', 'y');
    expect(heard).toHaveLength(3);
  });

  it('replacing the whole workbook (an opened file, the sample again) is one step back to the workbook before', () => {
    const { workbook, sheets } = sample();
    workbook.setCellInput(sheets.pipeline, `${FUNNEL.columns.account}${FUNNEL.firstRow}`, 'Edited');
    const other = new PlaygroundWorkbook();
    other.applyPlan({ sheets: [{ key: 's', target: { kind: 'new', baseName: sheets.pipeline }, values: [{ at: 'A1:B1', rows: [['only', 2]] }] }] });
    other.applyPlan({ sheets: [{ key: 't', target: { kind: 'new', baseName: 'Another' }, formulas: [{ at: 'A1', rows: [['=Pipeline!B1*2']] }] }] });
    expectUndoRedoExact(workbook, () => workbook.replaceWith(other.serialize()));
    workbook.redo();
    expect(workbook.sheetNames()).toEqual([sheets.pipeline, 'Another']);
    expect(valueAt(workbook, 'Another', 'A1')).toBe(4);
    workbook.undo();
    expect(valueAt(workbook, sheets.pipeline, `${FUNNEL.columns.account}${FUNNEL.firstRow}`)).toBe('Edited');
    expect(valueAt(workbook, sheets.pipeline, `${FUNNEL.columns.account}${FUNNEL.firstRow + 1}`)).toBe(SAMPLE_DEALS[1].account);
  });
});
