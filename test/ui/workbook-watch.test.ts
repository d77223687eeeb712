/**
 * The pane reads the wizard's sheet again when the host says the workbook changed: a wizard with no
 * unsaved answers takes the sheet's quietly, on the step it is on; one with unsaved answers keeps them
 * and says the sheet changed until the rep reloads. Each host's own source of "changed" is checked
 * here too: Excel's worksheet-collection change event, the Sheets sidebar regaining focus.
 */
import { createPlaygroundBackend } from '../../playground/playground-backend';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { excelWorkbookWatch, type ExcelEvents } from '../../excel-addin/taskpane/workbook-watch';
import { sidebarWorkbookWatch } from '../../gas/sidebar/workbook-watch';
import { appReducer, initialAppState, type AppAction, type AppState } from '../../shared/ui/app-state';
import { createController } from '../../shared/ui/controller';
import { assessmentTemplate, valuePropositionTemplate } from '../../shared/templates';

const TAS = assessmentTemplate({ method: 'TAS', locale: 'en' }).layout;
const VALUE = valuePropositionTemplate({ locale: 'en' }).layout;
const BENEFIT_YEAR_1 = `${VALUE.periodColumns[1]}${VALUE.benefits[0].row}`;
const WIN_RATINGS = [11, 12, 13, 14].map((index) => TAS.criteria[index].rating);

async function paneOnInserted(request: { id: string; method?: 'TAS' }) {
  const workbook = new PlaygroundWorkbook();
  const backend = createPlaygroundBackend(workbook);
  const inserted = await backend.insertTemplate(request, 'en');
  if (!inserted.ok) throw new Error(inserted.message);
  workbook.activate(inserted.value.sheetName);
  let state: AppState = initialAppState('en');
  const dispatch = (action: AppAction): void => {
    state = appReducer(state, action);
  };
  const controller = createController(backend, dispatch, () => state);
  return { workbook, sheet: inserted.value.sheetName, controller, dispatch, state: () => state };
}

describe('the pane after the workbook changed outside it', () => {
  it('a Qualify wizard with nothing unsaved takes the hand-edited ratings quietly and stays on its step', async () => {
    const { workbook, sheet, controller, dispatch, state } = await paneOnInserted({ id: 'assessment', method: 'TAS' });
    await controller.open('qualify');
    dispatch({ type: 'qualify', action: { type: 'goTo', step: 3 } });
    for (const a1 of WIN_RATINGS) workbook.setCellInput(sheet, a1, '+');

    await controller.workbookChanged();
    expect(state().qualify.ours.slice(11, 15)).toEqual(['favourable', 'favourable', 'favourable', 'favourable']);
    expect(state().qualify.step).toBe(3);
    expect(state().qualify.sheetChanged).toBeFalsy();
    // Nothing was shown as busy and no notice of the rep's was cleared: the read was not theirs.
    expect(state().pending).toBe(0);

    // The next save has nothing to ask: the wizard holds what the sheet holds.
    await controller.saveAssessment();
    expect(state().qualify.conflicts).toEqual([]);
    for (const a1 of WIN_RATINGS) expect(workbook.cellValue(sheet, Number(a1.slice(1)) - 1, 4)).toBe('+');
  });

  it('a Qualify wizard with unsaved answers keeps them and says the sheet changed; Reload takes the sheet’s', async () => {
    const { workbook, sheet, controller, dispatch, state } = await paneOnInserted({ id: 'assessment', method: 'TAS' });
    await controller.open('qualify');
    dispatch({ type: 'qualify', action: { type: 'rate', index: 0, side: 'ours', rating: 'unfavourable' } });
    workbook.setCellInput(sheet, WIN_RATINGS[0], '+');

    await controller.workbookChanged();
    expect(state().qualify.sheetChanged).toBe(true);
    expect(state().qualify.ours[0]).toBe('unfavourable');
    expect(state().qualify.ours[11]).toBe('unknown');

    // Saving instead still asks about the hand edit.
    await controller.saveAssessment();
    expect(state().qualify.conflicts).toEqual([expect.objectContaining({ cell: `${sheet}!${WIN_RATINGS[0]}`, now: '+', wizard: '?' })]);
    await controller.keepSheetValues('qualify');

    dispatch({ type: 'qualify', action: { type: 'rate', index: 1, side: 'ours', rating: 'unfavourable' } });
    workbook.setCellInput(sheet, WIN_RATINGS[1], '+');
    await controller.workbookChanged();
    expect(state().qualify.sheetChanged).toBe(true);
    await controller.reloadFromSheet('qualify');
    expect(state().qualify.sheetChanged).toBeFalsy();
    expect(state().qualify.ours[1]).toBe('unknown');
    expect(state().qualify.ours[12]).toBe('favourable');
    expect(state().qualify.dirty).toBe(false);
  });

  it('a change somewhere else in the workbook leaves unsaved answers without a notice', async () => {
    const { workbook, sheet, controller, dispatch, state } = await paneOnInserted({ id: 'assessment', method: 'TAS' });
    await controller.open('qualify');
    dispatch({ type: 'qualify', action: { type: 'rate', index: 0, side: 'ours', rating: 'unfavourable' } });
    workbook.setCellInput(sheet, 'K60', 'a note of my own');
    await controller.workbookChanged();
    expect(state().qualify.sheetChanged).toBeFalsy();
    expect(state().qualify.ours[0]).toBe('unfavourable');
  });

  it('the Value wizard takes a hand-edited benefit quietly, or keeps its unsaved figures and says so', async () => {
    const { workbook, sheet, controller, dispatch, state } = await paneOnInserted({ id: 'valueProposition' });
    await controller.open('value');
    workbook.setCellInput(sheet, BENEFIT_YEAR_1, '4000');
    await controller.workbookChanged();
    expect(state().value.benefits[1]).toBe('4000');

    dispatch({ type: 'value', action: { type: 'figure', kind: 'costs', period: 0, text: '900' } });
    workbook.setCellInput(sheet, BENEFIT_YEAR_1, '6000');
    await controller.workbookChanged();
    expect(state().value.sheetChanged).toBe(true);
    expect(state().value.benefits[1]).toBe('4000');
    expect(state().value.costs[0]).toBe('900');
  });

  it('Update a deal follows a hand edit of the picked row when nothing is unsaved, and says so when something is', async () => {
    const workbook = new PlaygroundWorkbook();
    workbook.hf.addSheet('Ana');
    workbook.hf.setCellContents({ sheet: workbook.sheetId('Ana') as number, row: 0, col: 0 }, [
      ['Rep:', 'Ana'],
      ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'],
      ['A-1', 'Deal 1', 1000, 'G20', '2026-12-10', 'Call'],
    ]);
    let state: AppState = initialAppState('en');
    const dispatch = (action: AppAction): void => {
      state = appReducer(state, action);
    };
    const controller = createController(createPlaygroundBackend(workbook), dispatch, () => state);
    await controller.open('deal');
    dispatch({ type: 'deal', action: { type: 'pick', row: 3, today: '2026-12-01' } });

    workbook.setCellInput('Ana', 'F3', 'Send the proposal');
    await controller.workbookChanged();
    expect(state.deal.view?.deals[0].nextStep).toBe('Send the proposal');
    expect(state.deal.step).toBe('stage');

    dispatch({ type: 'deal', action: { type: 'chooseStage', stage: 'C50' } });
    workbook.setCellInput('Ana', 'D3', 'E25');
    await controller.workbookChanged();
    expect(state.deal.sheetChanged).toBe(true);
    expect(state.deal.stage).toBe('C50');
    await controller.reloadFromSheet('deal');
    expect(state.deal.stage).toBe('E25');
    expect(state.deal.sheetChanged).toBeFalsy();
  });
});

describe('where each host hears of a change', () => {
  it('Excel: a change event from the grid is news, one from this add-in’s own write is not; stopping removes the handler in its context', async () => {
    const handlers: ((event: { triggerSource: string }) => Promise<void>)[] = [];
    const removed: unknown[] = [];
    const context = { sync: async () => undefined };
    const handlerResult = { context, remove: () => removed.push(context) };
    const requestContext = {
      ...context,
      workbook: {
        worksheets: {
          onChanged: {
            add: (handler: (event: { triggerSource: string }) => Promise<void>) => {
              handlers.push(handler);
              return handlerResult;
            },
          },
        },
      },
    };
    const usedContexts: unknown[] = [];
    const excel = {
      run: async (...args: unknown[]) => {
        const batch = args[args.length - 1] as (context: unknown) => Promise<unknown>;
        usedContexts.push(args.length > 1 ? args[0] : 'new');
        return batch(requestContext);
      },
    } as unknown as ExcelEvents;

    expect(excelWorkbookWatch(excel, false)).toBeUndefined();
    const watch = excelWorkbookWatch(excel, true);
    let told = 0;
    const stop = watch!(() => (told += 1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handlers).toHaveLength(1);
    await handlers[0]({ triggerSource: 'Unknown' });
    await handlers[0]({ triggerSource: 'ThisLocalAddin' });
    expect(told).toBe(1);

    stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(removed).toHaveLength(1);
    expect(usedContexts).toEqual(['new', context]);
    await handlers[0]({ triggerSource: 'Unknown' });
    expect(told).toBe(1);
  });

  it('Sheets: the sidebar regaining focus or becoming visible is news; stopping stops it', () => {
    const page = new EventTarget() as EventTarget & { document: EventTarget & { visibilityState: string } };
    page.document = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
    let told = 0;
    const stop = sidebarWorkbookWatch(page as unknown as Window)(() => (told += 1));
    page.dispatchEvent(new Event('focus'));
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(told).toBe(1);
    page.document.visibilityState = 'visible';
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(told).toBe(2);
    stop();
    page.dispatchEvent(new Event('focus'));
    expect(told).toBe(2);
  });
});
