/**
 * The Qualify wizard's method guidance, driven through the controller over a playground workbook: a
 * rep reopening a PPVVC assessment lands on the Pain step and reads the deal basics and the three root
 * needs there; every PPVVC step says what its sections mean; other methods show none.
 */
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { createPlaygroundBackend } from '../../playground/playground-backend';
import { tr, type Locale } from '../../shared/i18n';
import { PAIN_ROOT_NEEDS, PPVVC_DEAL_BASICS } from '../../shared/methods/ppvvc-guide';
import { buildTemplate } from '../../shared/templates/catalog';
import { appReducer, initialAppState, type AppAction, type AppState } from '../../shared/ui/app-state';
import { createController } from '../../shared/ui/controller';
import { qualifyStepGuidance } from '../../shared/ui/qualify-guidance';
import { currentQualifyStep } from '../../shared/ui/wizard-qualify';

async function openedOn(method: 'PPVVC' | 'TAS', locale: Locale) {
  const workbook = new PlaygroundWorkbook();
  workbook.applyPlan(buildTemplate('assessment', { method, locale }).plan);
  let state: AppState = initialAppState(locale, 'qualify');
  const dispatch = (action: AppAction): void => {
    state = appReducer(state, action);
  };
  const controller = createController(createPlaygroundBackend(workbook), dispatch, () => state);
  await controller.open('qualify');
  return {
    dispatch,
    get state() {
      return state;
    },
  };
}

describe('method guidance in the Qualify wizard', () => {
  it.each(['en', 'zh-CN'] as const)('a PPVVC assessment reopened on the Pain step shows the five deal basics and the three root needs (%s)', async (locale) => {
    const wizard = await openedOn('PPVVC', locale);
    expect(wizard.state.qualify.method).toBe('PPVVC');
    expect(currentQualifyStep(wizard.state.qualify)).toMatchObject({ kind: 'question', group: 'real' });
    const guidance = qualifyStepGuidance(wizard.state.qualify);
    expect(guidance.map((g) => g.id)).toEqual(['sections', 'dealBasics', 'rootNeeds']);
    expect(guidance[0].items.map((i) => i.id)).toEqual(['Pain']);
    expect(guidance[1].items.map((i) => tr(i.label, locale))).toEqual(PPVVC_DEAL_BASICS.map((b) => b.label[locale]));
    expect(guidance[1].items.every((i) => i.description !== undefined)).toBe(true);
    expect(guidance[2].items.map((i) => tr(i.label, locale))).toEqual(PAIN_ROOT_NEEDS.map((n) => n.label[locale]));
    if (locale === 'zh-CN') expect(tr(guidance[2].title, locale)).toContain('基本需求');
  });

  it('moves on with the rep: the next key questions show only their own sections, going back shows the basics again', async () => {
    const wizard = await openedOn('PPVVC', 'en');
    wizard.dispatch({ type: 'qualify', action: { type: 'next' } });
    expect(currentQualifyStep(wizard.state.qualify)).toMatchObject({ kind: 'question', group: 'compete' });
    expect(qualifyStepGuidance(wizard.state.qualify).map((g) => [g.id, g.items.map((i) => i.id)])).toEqual([['sections', ['Vision']]]);
    wizard.dispatch({ type: 'qualify', action: { type: 'next' } });
    expect(qualifyStepGuidance(wizard.state.qualify).map((g) => [g.id, g.items.map((i) => i.id)])).toEqual([['sections', ['Power', 'Control']]]);
    wizard.dispatch({ type: 'qualify', action: { type: 'back' } });
    wizard.dispatch({ type: 'qualify', action: { type: 'back' } });
    expect(qualifyStepGuidance(wizard.state.qualify).map((g) => g.id)).toEqual(['sections', 'dealBasics', 'rootNeeds']);
    wizard.dispatch({ type: 'qualify', action: { type: 'goTo', step: 5 } });
    expect(currentQualifyStep(wizard.state.qualify).kind).toBe('control');
    expect(qualifyStepGuidance(wizard.state.qualify)).toEqual([]);
  });

  it('TAS has no deal basics: its first key question shows no PPVVC guidance', async () => {
    const wizard = await openedOn('TAS', 'en');
    expect(currentQualifyStep(wizard.state.qualify)).toMatchObject({ kind: 'question', group: 'real' });
    expect(qualifyStepGuidance(wizard.state.qualify)).toEqual([]);
  });

  it('switching the method to PPVVC opens its Pain step with the guidance', async () => {
    const wizard = await openedOn('TAS', 'en');
    wizard.dispatch({ type: 'qualify', action: { type: 'chooseMethod', method: 'PPVVC' } });
    expect(qualifyStepGuidance(wizard.state.qualify).map((g) => g.id)).toEqual(['sections', 'dealBasics', 'rootNeeds']);
  });
});
