import { appReducer, initialAppState, isBusy, parsePanel, type AppAction } from '../../shared/ui/app-state';
import { backendFromRunner, type Backend } from '../../shared/workbook/operations';
import { createController } from '../../shared/ui/controller';

describe('UI language switch', () => {
  it('switches between English and Simplified Chinese without touching the wizards', () => {
    let state = appReducer(initialAppState(), { type: 'qualify', action: { type: 'chooseMethod', method: 'TAS' } });
    const qualify = state.qualify;
    state = appReducer(state, { type: 'setLocale', locale: 'zh-CN' });
    expect(state.locale).toBe('zh-CN');
    expect(state.qualify).toBe(qualify);
    expect(appReducer(state, { type: 'setLocale', locale: 'en' }).locale).toBe('en');
  });

  it('the menu names a panel to open; anything else opens home', () => {
    expect(parsePanel('qualify')).toBe('qualify');
    expect(parsePanel('team')).toBe('team');
    expect(parsePanel('dashboard')).toBe('home');
    expect(parsePanel(undefined)).toBe('home');
  });
});

/** A backend whose every operation fails with "not used", but for the ones a test gives. */
function fakeBackend(overrides: Partial<Backend>): Backend {
  return { ...backendFromRunner(async () => ({ ok: false, message: 'not used' })), ...overrides };
}

describe('controller: busy state and error banner', () => {
  function harness(backend: Backend, setup: readonly AppAction[] = []) {
    let state = setup.reduce(appReducer, initialAppState());
    const seen: boolean[] = [];
    const controller = createController(
      backend,
      (action) => {
        state = appReducer(state, action);
        seen.push(isBusy(state));
      },
      () => state,
    );
    return {
      controller,
      get state() {
        return state;
      },
      seen,
    };
  }

  it('is busy while the call runs and shows the backend’s message when it fails', async () => {
    const h = harness(fakeBackend({ readAssessment: async () => ({ ok: false, message: 'Sheet “Deals”, row 4: stage “G99” is not on the ladder' }) }));
    await h.controller.open('qualify');
    expect(h.seen).toContain(true);
    expect(isBusy(h.state)).toBe(false);
    expect(h.state.error).toBe('Sheet “Deals”, row 4: stage “G99” is not on the ladder');
  });

  it('a thrown host error still reaches the banner', async () => {
    const h = harness(
      fakeBackend({
        listTemplates: async () => {
          throw new Error('google.script.run failed: timeout');
        },
      }),
    );
    await h.controller.open('templates');
    expect(h.state.error).toBe('google.script.run failed: timeout');
  });

  it('opening the Qualify wizard on a filled sheet resumes its answers', async () => {
    const h = harness(
      fakeBackend({
        readAssessment: async () => ({
          ok: true,
          value: { sheetName: 'TAS deal', method: 'TAS', ours: Array(20).fill('favourable'), theirs: [], notes: [], signs: [], strategy: {} },
        }),
      }),
    );
    await h.controller.open('qualify');
    expect(h.state.qualify).toMatchObject({ method: 'TAS', sheetName: 'TAS deal', resumed: true });
    expect(h.state.error).toBeNull();
  });

  it('saving sends the answers in the UI language and records the sheet written', async () => {
    const writes: unknown[] = [];
    const h = harness(
      fakeBackend({
        writeAssessment: async (answers, locale) => {
          writes.push({ method: answers.method, sheetName: answers.sheetName, locale });
          return { ok: true, value: { sheetName: 'Assessment (2)' } };
        },
      }),
      [
        { type: 'setLocale', locale: 'zh-CN' },
        { type: 'qualify', action: { type: 'chooseMethod', method: 'TAS' } },
      ],
    );
    await h.controller.saveAssessment();
    expect(writes).toEqual([{ method: 'TAS', sheetName: null, locale: 'zh-CN' }]);
    expect(h.state.qualify.sheetName).toBe('Assessment (2)');
    expect(h.state.notice).toBe('已保存到表格');
  });
});
