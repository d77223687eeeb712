/**
 * A rep saves a wizard, edits the same cells by hand in the grid, then presses Save again in the pane
 * that stayed open: the save must not put the wizard's older values back over the hand edits. On every
 * host (the playground's HyperFormula workbook, the Excel task pane over office-addin-mock, the Sheets
 * server runner over the SpreadsheetApp fake) the pane lists the cells — as read, as the sheet has
 * them, as the wizard has them — and the rep keeps the sheet's or saves the wizard's.
 */
import { createExcelMock, withNamedRangeRanges, withSheetOrder } from '../../fakes/excel-mock';
import { createGasGlobals } from '../../fakes/spreadsheet-app';
import { createExcelBackend } from '../../excel-addin/taskpane/excel-backend';
import { runServerOperation } from '../../gas/server-operation';
import { createPlaygroundBackend } from '../../playground/playground-backend';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { appReducer, initialAppState, type AppAction, type AppState } from '../../shared/ui/app-state';
import { createController, type Controller } from '../../shared/ui/controller';
import { assessmentTemplate, valuePropositionTemplate } from '../../shared/templates';
import type { BackendResult } from '../../shared/workbook/backend';
import { backendFromRunner, type Backend } from '../../shared/workbook/operations';
import { runOnMock } from '../helpers/excel-mock-run';

const TAS = assessmentTemplate({ method: 'TAS', locale: 'en' }).layout;
const VALUE = valuePropositionTemplate({ locale: 'en' }).layout;
/** Year 1 of the first benefit row: the wizard's benefit for period 1. */
const BENEFIT_YEAR_1 = `${VALUE.periodColumns[1]}${VALUE.benefits[0].row}`;
/** Criteria 12–15 ("Can we win?"), unknown on a new sheet: rating them + by hand makes the verdict Pursue. */
const WIN_RATINGS = [11, 12, 13, 14].map((index) => TAS.criteria[index].rating);

const DEAL_HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'];
const DEAL_ROWS = [['Rep:', 'Ana'], DEAL_HEADER, ['A-1', 'Deal 1', 1000, 'G20', '2026-12-10', 'Call']];

interface Host {
  readonly backend: Backend;
  activate(sheet: string): void;
  /** A value typed into a cell in the grid, as the user does. */
  type(sheet: string, a1: string, value: string | number): void;
  cell(sheet: string, a1: string): unknown;
  /** A sheet holding rows from A1, made before the pane opens. */
  addSheet(name: string, rows: readonly (readonly unknown[])[]): void;
}

function playgroundHost(): Host {
  const workbook = new PlaygroundWorkbook();
  return {
    backend: createPlaygroundBackend(workbook),
    activate: (sheet) => workbook.activate(sheet),
    type: (sheet, a1, value) => workbook.setCellInput(sheet, a1, String(value)),
    cell: (sheet, a1) => {
      const [row, col] = rowCol(a1);
      return workbook.cellValue(sheet, row, col);
    },
    addSheet: (name, rows) => {
      workbook.hf.addSheet(name);
      workbook.hf.setCellContents({ sheet: workbook.sheetId(name) as number, row: 0, col: 0 }, rows.map((row) => [...row]) as never);
    },
  };
}

function excelHost(): Host {
  const mock = withSheetOrder(withNamedRangeRanges(createExcelMock({ sheets: [{ name: 'Notes' }] })));
  // Each Excel.run has its own context whose proxies die with it; the shared mock would re-sync them.
  const backend = createExcelBackend(runOnMock(mock));
  return {
    backend,
    activate: (sheet) => {
      mock.model.active = sheet;
    },
    type: (sheet, a1, value) => {
      const cell = mock.model.cell(sheet, a1, true);
      if (cell) Object.assign(cell, { value, formula: '' });
    },
    cell: (sheet, a1) => mock.model.cell(sheet, a1)?.value,
    addSheet: (name, rows) => {
      mock.model.addSheet(name);
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = mock.model.cell(name, `${String.fromCharCode(65 + c)}${r + 1}`, true);
          if (cell) cell.value = value;
        }),
      );
    },
  };
}

function sheetsHost(): Host {
  const globals = createGasGlobals({ sheets: ['Notes'] });
  Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts, LockService: globals.LockService });
  const spreadsheet = globals.SpreadsheetApp.spreadsheet;
  const sheet = (name: string) => {
    const found = spreadsheet.getSheetByName(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  // What the sidebar gets: the server runner's answer as google.script.run carries it (JSON-like data).
  const backend = backendFromRunner(
    async (id, args, locale) =>
      JSON.parse(JSON.stringify(runServerOperation(id, [...args, locale], spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet))) as BackendResult<never>,
  );
  return {
    backend,
    activate: (name) => void spreadsheet.setActiveSheet(sheet(name)),
    type: (name, a1, value) => void sheet(name).getRange(a1).setValue(value),
    cell: (name, a1) => sheet(name).getRange(a1).getValue(),
    addSheet: (name, rows) => {
      const added = spreadsheet.insertSheet(name);
      added.getRange(`A1:F${rows.length}`).setValues(rows.map((row) => Array.from({ length: 6 }, (_, i) => row[i] ?? '')) as never);
    },
  };
}

function rowCol(a1: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!match) throw new Error(a1);
  const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]) - 1, col];
}

function paneOver(host: Host): { controller: Controller; state: () => AppState; dispatch: (action: AppAction) => void } {
  let state: AppState = initialAppState('en');
  const dispatch = (action: AppAction): void => {
    state = appReducer(state, action);
  };
  return { controller: createController(host.backend, dispatch, () => state), state: () => state, dispatch };
}

async function inserted(host: Host, request: { id: string; method?: 'TAS' }): Promise<string> {
  const result = await host.backend.insertTemplate(request, 'en');
  if (!result.ok) throw new Error(result.message);
  host.activate(result.value.sheetName);
  return result.value.sheetName;
}

const HOSTS: readonly [string, () => Host][] = [
  ['playground', playgroundHost],
  ['Excel', excelHost],
  ['Sheets', sheetsHost],
];

describe.each(HOSTS)('%s: Save again after hand edits in the grid asks instead of reverting them', (_name, makeHost) => {
  it('Qualify: saved, ratings changed by hand, saved again: the cells are listed and keeping the sheet’s values takes them', async () => {
    const host = makeHost();
    const sheet = await inserted(host, { id: 'assessment', method: 'TAS' });
    const { controller, state, dispatch } = paneOver(host);
    await controller.open('qualify');
    expect(state().qualify.sheetName).toBe(sheet);
    dispatch({ type: 'qualify', action: { type: 'rate', index: 0, side: 'ours', rating: 'favourable' } });
    await controller.saveAssessment();
    expect(state().error).toBeNull();
    expect(host.cell(sheet, TAS.criteria[0].rating)).toBe('+');

    // The first criterion goes back by hand to what it was before the wizard's save: compared with what
    // the wizard first read it looks untouched, compared with what the wizard saved it changed.
    host.type(sheet, TAS.criteria[0].rating, '?');
    for (const a1 of WIN_RATINGS) host.type(sheet, a1, '+');
    await controller.saveAssessment();
    expect(state().qualify.conflicts).toEqual([
      expect.objectContaining({ cell: `${sheet}!${TAS.criteria[0].rating}`, read: '+', now: '?', wizard: '+' }),
      ...WIN_RATINGS.map((a1) => expect.objectContaining({ cell: `${sheet}!${a1}`, read: '?', now: '+', wizard: '?' })),
    ]);
    expect(host.cell(sheet, TAS.criteria[0].rating)).toBe('?');
    for (const a1 of WIN_RATINGS) expect(host.cell(sheet, a1)).toBe('+');

    await controller.keepSheetValues('qualify');
    expect(state().qualify.conflicts).toEqual([]);
    expect(state().qualify.ours.slice(0, 1)).toEqual(['unknown']);
    expect(state().qualify.ours.slice(11, 15)).toEqual(['favourable', 'favourable', 'favourable', 'favourable']);
  });

  it('Qualify: the rep can save the wizard’s ratings over the hand edits once told', async () => {
    const host = makeHost();
    const sheet = await inserted(host, { id: 'assessment', method: 'TAS' });
    const { controller, state } = paneOver(host);
    await controller.open('qualify');
    await controller.saveAssessment();
    host.type(sheet, WIN_RATINGS[0], '+');
    await controller.saveAssessment();
    expect(state().qualify.conflicts).toHaveLength(1);
    await controller.saveAssessment(true);
    expect(state().qualify.conflicts).toEqual([]);
    expect(host.cell(sheet, WIN_RATINGS[0])).toBe('?');
  });

  it('Value: a benefit saved, changed by hand, saved again: the cell is listed with the three values', async () => {
    const host = makeHost();
    const sheet = await inserted(host, { id: 'valueProposition' });
    const { controller, state, dispatch } = paneOver(host);
    await controller.open('value');
    expect(state().value.sheetName).toBe(sheet);
    dispatch({ type: 'value', action: { type: 'figure', kind: 'benefits', period: 1, text: '1000' } });
    await controller.saveValue();
    expect(state().error).toBeNull();
    expect(host.cell(sheet, BENEFIT_YEAR_1)).toBe(1000);

    // Cleared by hand: blank is what the wizard first read there, not what it saved.
    host.type(sheet, BENEFIT_YEAR_1, '');
    await controller.saveValue();
    expect(state().value.conflicts).toEqual([expect.objectContaining({ cell: `${sheet}!${BENEFIT_YEAR_1}`, read: 1000, now: 0, wizard: 1000 })]);
    expect(host.cell(sheet, BENEFIT_YEAR_1) ?? '').toBe('');
    await controller.keepSheetValues('value');
    expect(state().value.benefits[1]).toBe('0');
  });

  it('Update a deal: moved, its stage changed by hand, moved again: the stage cell is listed, nothing written', async () => {
    const host = makeHost();
    host.addSheet('Ana', DEAL_ROWS);
    host.activate('Ana');
    const { controller, state, dispatch } = paneOver(host);
    await controller.open('deal');
    const today = '2026-12-01';
    dispatch({ type: 'deal', action: { type: 'pick', row: 3, today } });
    dispatch({ type: 'deal', action: { type: 'chooseStage', stage: 'C50' } });
    await controller.updateDeal();
    expect(state().error).toBeNull();
    expect(host.cell('Ana', 'D3')).toBe('C50');

    // Put back by hand to the stage the wizard first read: the wizard's read is now what it saved.
    host.type('Ana', 'D3', 'G20');
    dispatch({ type: 'deal', action: { type: 'chooseStage', stage: 'E25' } });
    await controller.updateDeal();
    expect(state().deal.conflicts).toEqual([expect.objectContaining({ cell: 'Ana!D3', read: 'C50', now: 'G20', wizard: 'E25' })]);
    expect(host.cell('Ana', 'D3')).toBe('G20');
  });
});
