/**
 * The workbook's language (its Settings, which the sheets' formulas answer in) and the pane's are one
 * setting: the pane opens in the workbook's, switching the pane offers to switch the workbook, and a
 * Settings save switches the pane. A workbook without Settings gets its templates in the pane's.
 */
import { createPlaygroundBackend } from '../../playground/playground-backend';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { appReducer, initialAppState, type AppAction, type AppState } from '../../shared/ui/app-state';
import { createController } from '../../shared/ui/controller';
import type { Locale } from '../../shared/i18n';
import { assessmentTemplate } from '../../shared/templates';
import { operationsOver } from '../../shared/workbook/run-operation';

function pane(workbook: PlaygroundWorkbook, locale: Locale = 'en') {
  let state: AppState = initialAppState(locale);
  const dispatch = (action: AppAction): void => {
    state = appReducer(state, action);
  };
  return { controller: createController(createPlaygroundBackend(workbook), dispatch, () => state), state: () => state, dispatch };
}

function withSettings(locale: Locale): PlaygroundWorkbook {
  const workbook = new PlaygroundWorkbook();
  const inserted = operationsOver(workbook.host()).insertTemplate({ id: 'settings' }, locale);
  if (!inserted.ok) throw new Error(inserted.message);
  return workbook;
}

/** The verdict cell of a blank TAS assessment inserted from the pane, as the workbook computes it. */
async function insertedVerdict(workbook: PlaygroundWorkbook, controller: ReturnType<typeof pane>['controller'], dispatch: (action: AppAction) => void, locale: Locale): Promise<unknown> {
  await controller.open('templates');
  dispatch({ type: 'insert', action: { type: 'select', id: 'assessment' } });
  dispatch({ type: 'insert', action: { type: 'chooseMethod', method: 'TAS' } });
  await controller.insertTemplate();
  const verdict = assessmentTemplate({ method: 'TAS', locale }).layout.verdict;
  const row = Number(verdict.replace(/^[A-Z]+/, '')) - 1;
  const col = verdict.charCodeAt(0) - 65;
  return workbook.cellValue(workbook.activeSheet(), row, col);
}

describe('one language for the pane and the workbook', () => {
  it('the pane opens in the language of the workbook’s Settings', async () => {
    const { controller, state } = pane(withSettings('zh-CN'), 'en');
    await controller.adoptWorkbookLanguage();
    expect(state().locale).toBe('zh-CN');
  });

  it('a workbook without Settings leaves the pane in its own language', async () => {
    const { controller, state } = pane(new PlaygroundWorkbook(), 'zh-CN');
    await controller.adoptWorkbookLanguage();
    expect(state().locale).toBe('zh-CN');
  });

  it('switching the pane offers to switch the workbook; accepted, a template inserted then computes in Chinese', async () => {
    const workbook = withSettings('en');
    const { controller, state, dispatch } = pane(workbook, 'en');
    await controller.switchLanguage('zh-CN');
    expect(state().locale).toBe('zh-CN');
    expect(state().languageOffer).toBe('zh-CN');
    expect(workbook.namedValue('DK_LANGUAGE')).toBe('en');

    await controller.switchWorkbookLanguage();
    expect(state().error).toBeNull();
    expect(state().languageOffer).toBeNull();
    expect(workbook.namedValue('DK_LANGUAGE')).toBe('zh-CN');
    expect(await insertedVerdict(workbook, controller, dispatch, 'zh-CN')).toBe('继续评估');
  });

  it('declined, the workbook keeps its language and its formulas keep answering in it', async () => {
    const workbook = withSettings('en');
    const { controller, state, dispatch } = pane(workbook, 'en');
    await controller.switchLanguage('zh-CN');
    dispatch({ type: 'closeWorkbookLanguageOffer' });
    expect(workbook.namedValue('DK_LANGUAGE')).toBe('en');
    expect(state().languageOffer).toBeNull();
  });

  it('switching back to the workbook’s language withdraws the offer', async () => {
    const { controller, state } = pane(withSettings('en'), 'en');
    await controller.switchLanguage('zh-CN');
    await controller.switchLanguage('en');
    expect(state().languageOffer).toBeNull();
  });

  it('a workbook without Settings is not asked: its first template comes with Settings in the pane’s language', async () => {
    const workbook = new PlaygroundWorkbook();
    const { controller, state, dispatch } = pane(workbook, 'en');
    await controller.switchLanguage('zh-CN');
    expect(state().languageOffer).toBeNull();
    expect(await insertedVerdict(workbook, controller, dispatch, 'zh-CN')).toBe('继续评估');
    expect(workbook.namedValue('DK_LANGUAGE')).toBe('zh-CN');
  });

  it('saving 语言 in Settings switches the pane too', async () => {
    const { controller, state, dispatch } = pane(withSettings('en'), 'en');
    await controller.open('settings');
    dispatch({ type: 'settings', action: { type: 'edit', patch: { locale: 'zh-CN' } } });
    await controller.saveSettings();
    expect(state().locale).toBe('zh-CN');
  });
});
