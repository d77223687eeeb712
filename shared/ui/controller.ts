import { tr, type Locale } from '../i18n';
import type { AppAction, AppState, Panel } from './app-state';
import { failed, type BackendResult } from '../workbook/backend';
import { canImportRepWorkbooks, type Backend } from '../workbook/operations';
import { TEAM_TEXT } from './team-texts';
import { HONESTY_TEXT } from './forecast-honesty-texts';
import { dealUpdate } from './wizard-deal';
import { adoptionRequest, settingsRequest } from './wizard-settings';
import { CALIBRATION_TEXT } from './calibration-texts';
import { insertRequest } from './wizard-insert';
import { qualifyAnswers } from './wizard-qualify';
import { dealOptions, type DealOption } from './deal-choice';
import { valueAnswers } from './wizard-value';
import { fill, UI_TEXT } from './texts';
import { actionRequest, type ActionOffer } from './action-offer';
import { ACTION_TEXT } from './action-texts';
import { selectedDeal } from './wizard-deal';
import { todayIso } from '../pipeline/dates';

/**
 * The one place the wizards meet the backend: each user action is one backend call, wrapped so the
 * view shows the busy state while it runs and the backend's own message when it fails.
 */

export type Dispatch = (action: AppAction) => void;

export interface Controller {
  open(panel: Panel): Promise<void>;
  /** overwrite: the rep saw the cells someone else changed since the read and saves the wizard's answers over them. */
  saveAssessment(overwrite?: boolean): Promise<void>;
  saveValue(overwrite?: boolean): Promise<void>;
  /** After a refused save, the rep keeps the sheet's values: the wizard reads the sheet again. */
  keepSheetValues(panel: 'qualify' | 'value' | 'settings'): Promise<void>;
  /** Saves the deal; overwrite: the rep saw the cells someone else changed and saves the wizard's values over them. */
  updateDeal(overwrite?: boolean): Promise<void>;
  insertTemplate(): Promise<void>;
  saveSettings(overwrite?: boolean): Promise<void>;
  /** Reads the team's stage-to-win conversion and shows it beside the ladder; writes nothing. */
  reviewStageProbabilities(): Promise<void>;
  /** The manager confirmed the review: the probabilities shown are written to the Settings sheet. */
  adoptStageProbabilities(): Promise<void>;
  reloadDeals(): Promise<void>;
  rollUpTeam(): Promise<void>;
  takeSnapshot(): Promise<void>;
  comparePipeline(): Promise<void>;
  exportPipelineCsv(): Promise<void>;
  /** Forecast accuracy for the chosen period kind. */
  forecastAccuracy(): Promise<void>;
  /** Excel only: the sheets of a rep's .xlsx file, read when the call starts so the busy state covers it. */
  addRepWorkbook(file: { readonly name: string; read(): Promise<string> }): Promise<void>;
  /**
   * The workbook changed outside the pane: the open wizard reads its sheet again, quietly. One with no
   * unsaved answers takes the sheet's; one with unsaved answers keeps them and says the sheet changed.
   */
  workbookChanged(): Promise<void>;
  /** On opening: the pane takes the language of the workbook's Settings, when the workbook has them. */
  adoptWorkbookLanguage(): Promise<void>;
  /** The rep switched the pane's language: when the workbook's Settings hold another, the pane offers to switch it too. */
  switchLanguage(locale: Locale): Promise<void>;
  /** The rep accepted: the workbook's Settings take the pane's language, so its formulas answer in it. */
  switchWorkbookLanguage(): Promise<void>;
  /** The rep drops the wizard's unsaved answers for what its sheet holds now. */
  reloadFromSheet(panel: 'qualify' | 'value' | 'deal'): Promise<void>;
  /** One action added to the deal's action list: from a gap (Qualify) or a review answer (Update a deal). */
  addAction(offer: ActionOffer, panel: 'qualify' | 'deal'): Promise<void>;
}

export function createController(backend: Backend, dispatch: Dispatch, getState: () => AppState): Controller {
  /** A change reported while a call was under way: read again once the calls are done, so a save's own write is not mistaken for someone else's. */
  let changedMeanwhile = false;

  async function call<T>(run: () => Promise<BackendResult<T>>, onSuccess: (value: T) => string | void): Promise<boolean> {
    dispatch({ type: 'callStarted' });
    let result: BackendResult<T>;
    try {
      result = await run();
    } catch (error) {
      // A backend is meant to return failures, but a host bug must still reach the banner, not the console.
      result = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    if (!result.ok) {
      dispatch({ type: 'callFailed', message: result.message });
      afterCalls();
      return false;
    }
    const notice = onSuccess(result.value);
    dispatch(notice ? { type: 'callSucceeded', notice } : { type: 'callSucceeded' });
    afterCalls();
    return true;
  }

  function afterCalls(): void {
    if (!changedMeanwhile || getState().pending > 0) return;
    changedMeanwhile = false;
    void workbookChanged();
  }

  /** A read the rep did not ask for: no busy state, and a failure says nothing (the next save reads again anyway). */
  async function quietly<T>(run: () => Promise<BackendResult<T>>): Promise<T | undefined> {
    try {
      const result = await run();
      return result.ok ? result.value : undefined;
    } catch {
      return undefined;
    }
  }

  async function workbookChanged(): Promise<void> {
    const state = getState();
    if (state.pending > 0) {
      changedMeanwhile = true;
      return;
    }
    switch (state.panel) {
      case 'qualify': {
        if (state.qualify.method === null || state.qualify.sheetName === null) return;
        const answers = await quietly(() => backend.readAssessment(locale()));
        if (answers) dispatch({ type: 'qualify', action: { type: 'sheetRead', answers } });
        return;
      }
      case 'value': {
        if (state.value.sheetName === null) return;
        const answers = await quietly(() => backend.readValue(locale()));
        if (answers) dispatch({ type: 'value', action: { type: 'sheetRead', answers } });
        return;
      }
      case 'deal': {
        if (!state.deal.loaded) return;
        const view = await quietly(() => backend.listDeals(locale()));
        if (view !== undefined) dispatch({ type: 'deal', action: { type: 'sheetRead', view } });
        return;
      }
      default:
        return;
    }
  }

  const locale = (): AppState['locale'] => getState().locale;

  async function load(panel: Panel): Promise<void> {
    switch (panel) {
      case 'qualify':
        await call(
          () => backend.readAssessment(locale()),
          (answers) => {
            if (answers) dispatch({ type: 'qualify', action: { type: 'resume', answers } });
          },
        );
        dispatch({ type: 'qualify', action: { type: 'dealsListed', options: await pipelineDeals() } });
        return;
      case 'value':
        await call(
          () => backend.readValue(locale()),
          (answers) => {
            if (answers) dispatch({ type: 'value', action: { type: 'resume', answers } });
          },
        );
        dispatch({ type: 'value', action: { type: 'dealsListed', options: await pipelineDeals() } });
        return;
      case 'deal':
        await reloadDeals();
        return;
      case 'templates':
        await call(
          () => backend.listTemplates(locale()),
          (templates) => dispatch({ type: 'insert', action: { type: 'loaded', templates } }),
        );
        return;
      case 'settings':
        await call(
          () => backend.readSettings(locale()),
          (settings) => dispatch({ type: 'settings', action: { type: 'loaded', settings } }),
        );
        return;
      case 'team':
        await call(
          () => backend.listSnapshotDates(locale()),
          (dates) => dispatch({ type: 'team', action: { type: 'datesLoaded', dates } }),
        );
        return;
      case 'home':
        return;
    }
  }

  /** The deals a sheet's Deal ID is picked from; none when the workbook has no pipeline (a new deal is still offered). */
  async function pipelineDeals(): Promise<DealOption[]> {
    const view = await quietly(() => backend.listDeals(locale()));
    return dealOptions(view?.deals ?? []);
  }

  async function reloadDeals(): Promise<void> {
    await call(
      () => backend.listDeals(locale()),
      (view) => dispatch({ type: 'deal', action: { type: 'loaded', view } }),
    );
  }

  return {
    async open(panel) {
      dispatch({ type: 'open', panel });
      await load(panel);
    },
    reloadDeals,
    workbookChanged,
    async reloadFromSheet(panel) {
      if (panel === 'qualify') {
        await call(
          () => backend.readAssessment(locale()),
          (answers) => {
            if (answers) dispatch({ type: 'qualify', action: { type: 'reload', answers } });
          },
        );
      } else if (panel === 'value') {
        await call(
          () => backend.readValue(locale()),
          (answers) => {
            if (answers) dispatch({ type: 'value', action: { type: 'reload', answers } });
          },
        );
      } else {
        await call(
          () => backend.listDeals(locale()),
          (view) => dispatch({ type: 'deal', action: { type: 'reload', view } }),
        );
      }
    },
    async keepSheetValues(panel) {
      // The Settings panel takes what it reads as its new draft; the two wizards keep unsaved answers unless told.
      if (panel === 'qualify') dispatch({ type: 'qualify', action: { type: 'keepSheet' } });
      if (panel === 'value') dispatch({ type: 'value', action: { type: 'keepSheet' } });
      await load(panel);
    },
    async saveAssessment(overwrite = false) {
      const answers = qualifyAnswers(getState().qualify, overwrite);
      if (!answers) return;
      await call(
        async () => {
          const result = await backend.writeAssessment(answers, locale());
          if (!result.ok && result.conflicts) dispatch({ type: 'qualify', action: { type: 'conflict', conflicts: result.conflicts } });
          return result;
        },
        (written) => {
          dispatch({ type: 'qualify', action: { type: 'saved', sheetName: written.sheetName } });
          return tr(UI_TEXT.saved, locale());
        },
      );
    },
    async saveValue(overwrite = false) {
      const answers = valueAnswers(getState().value, overwrite);
      if (!answers) return;
      await call(
        async () => {
          const result = await backend.writeValue(answers, locale());
          if (!result.ok && result.conflicts) dispatch({ type: 'value', action: { type: 'conflict', conflicts: result.conflicts } });
          return result;
        },
        (written) => {
          dispatch({ type: 'value', action: { type: 'saved', sheetName: written.sheetName } });
          return tr(UI_TEXT.saved, locale());
        },
      );
    },
    async updateDeal(overwrite = false) {
      const update = dealUpdate(getState().deal, overwrite);
      if (!update) return;
      await call(
        async () => {
          const result = await backend.updateDeal(update, locale());
          // Nothing was written: the panel lists the cells and asks which values to keep.
          if (!result.ok && result.conflicts) dispatch({ type: 'deal', action: { type: 'conflict', conflicts: result.conflicts } });
          return result;
        },
        (view) => {
          dispatch({ type: 'deal', action: { type: 'updated', view } });
          return tr(UI_TEXT.dealUpdated, locale());
        },
      );
    },
    async insertTemplate() {
      const request = insertRequest(getState().insert);
      if (!request) return;
      await call(
        () => backend.insertTemplate(request, locale()),
        (inserted) => {
          dispatch({ type: 'insert', action: { type: 'inserted', sheetName: inserted.sheetName } });
          return fill(tr(UI_TEXT.inserted, locale()), { sheet: inserted.sheetName });
        },
      );
    },
    async rollUpTeam() {
      const period = getState().team.period.trim();
      // 'request' stands until the host reports a step; Apps Script never does (the call is one request).
      dispatch({ type: 'team', action: { type: 'progress', step: 'request' } });
      const done = await call(
        () => backend.rollUpTeam(period === '' ? null : period, locale(), (step) => dispatch({ type: 'team', action: { type: 'progress', step } })),
        (summary) => {
          dispatch({ type: 'team', action: { type: 'rolledUp', summary } });
          return fill(tr(UI_TEXT.rolledUp, locale()), { deals: summary.deals, tables: summary.tables, setAside: summary.setAside });
        },
      );
      if (!done) dispatch({ type: 'team', action: { type: 'progress', step: null } });
    },
    async addRepWorkbook(file) {
      if (!canImportRepWorkbooks(backend)) return;
      await call<string>(
        async () => {
          if (!/\.xlsx$/i.test(file.name)) return failed(fill(tr(TEAM_TEXT.addWorkbookNotXlsx, locale()), { file: file.name }));
          let base64: string;
          try {
            base64 = await file.read();
          } catch {
            return failed(fill(tr(TEAM_TEXT.addWorkbookUnreadable, locale()), { file: file.name }));
          }
          return backend.addRepWorkbook({ fileName: file.name, base64 }, locale());
        },
        (fileName) => fill(tr(TEAM_TEXT.workbookAdded, locale()), { file: fileName }),
      );
    },
    async takeSnapshot() {
      await call(
        () => backend.takeSnapshot(locale()),
        (snapshot) => {
          dispatch({ type: 'team', action: { type: 'snapshotTaken', snapshot } });
          return fill(tr(UI_TEXT.snapshotTaken, locale()), { date: snapshot.date, deals: snapshot.deals });
        },
      );
    },
    async comparePipeline() {
      const { earlier, later } = getState().team;
      await call(
        () => backend.comparePipeline(earlier, later, locale()),
        (change) => {
          dispatch({ type: 'team', action: { type: 'compared', change } });
        },
      );
    },
    async exportPipelineCsv() {
      await call(
        () => backend.exportPipelineCsv(getState().team.format, locale()),
        (csv) => {
          dispatch({ type: 'team', action: { type: 'exported', csv } });
        },
      );
    },
    async forecastAccuracy() {
      await call(
        () => backend.forecastAccuracy(getState().team.accuracy.kind, locale()),
        (report) => {
          dispatch({ type: 'team', action: { type: 'accuracy', action: { type: 'loaded', report } } });
          if (report.periods.length === 0) return tr(HONESTY_TEXT.accuracyNoneClosed, locale());
          return fill(tr(HONESTY_TEXT.accuracyDone, locale()), { count: report.periods.length });
        },
      );
    },
    async adoptWorkbookLanguage() {
      const settings = await quietly(() => backend.readSettings(locale()));
      if (settings && settings.sheetName !== null && settings.locale !== locale()) dispatch({ type: 'setLocale', locale: settings.locale });
    },
    async switchLanguage(wanted) {
      dispatch({ type: 'setLocale', locale: wanted });
      const settings = await quietly(() => backend.readSettings(wanted));
      // A workbook without Settings has no language of its own: its templates are inserted in the pane's.
      if (settings && settings.sheetName !== null && settings.locale !== wanted) dispatch({ type: 'offerWorkbookLanguage', locale: wanted });
    },
    async switchWorkbookLanguage() {
      const wanted = getState().languageOffer;
      if (wanted === null) return;
      await call(
        async () => {
          const read = await backend.readSettings(locale());
          if (!read.ok) return read;
          const current = { locale: read.value.locale, ladder: read.value.ladder, currency: read.value.currency, sheetName: read.value.sheetName };
          return backend.writeSettings({ ...current, locale: wanted, read: current }, locale());
        },
        (settings) => {
          dispatch({ type: 'closeWorkbookLanguageOffer' });
          dispatch({ type: 'settings', action: { type: 'loaded', settings } });
          return tr(UI_TEXT.workbookLanguageSaved, locale());
        },
      );
    },
    async addAction(offer, panel) {
      const state = getState();
      // The Update-a-deal wizard knows its deal; in the Qualify wizard a typed id wins, then the deal picked
      // in the wizard, then the one beside the assessment sheet's Deal ID label.
      const where =
        panel === 'deal'
          ? { dealId: selectedDeal(state.deal)?.id ?? '', sheetName: null }
          : { dealId: state.actions.dealId.trim() || state.qualify.dealId, sheetName: state.qualify.sheetName };
      const request = actionRequest(state.actions, offer, where, todayIso());
      await call(
        () => backend.addActions(request, locale()),
        (added) => {
          dispatch({ type: 'actions', action: { type: 'added', key: offer.key } });
          const values = { deal: added.dealId, sheet: added.sheetName, row: added.rows[0] ?? '' };
          return fill(tr(added.created ? ACTION_TEXT.createdNotice : ACTION_TEXT.addedNotice, locale()), values);
        },
      );
    },
    async reviewStageProbabilities() {
      await call(
        () => backend.readStageConversion(locale()),
        (calibration) => dispatch({ type: 'settings', action: { type: 'calibrationRead', calibration } }),
      );
    },
    async adoptStageProbabilities() {
      // Only what the manager is looking at is written: without a review open there is nothing to confirm.
      const adopted = adoptionRequest(getState().settings);
      if (adopted.length === 0) return;
      await call(
        () => backend.adoptStageProbabilities(adopted, locale()),
        (written) => {
          dispatch({ type: 'settings', action: { type: 'calibrationClosed' } });
          return fill(tr(CALIBRATION_TEXT.adopted, locale()), { count: written.length });
        },
      );
    },
    async saveSettings(overwrite = false) {
      const draft = settingsRequest(getState().settings, overwrite);
      if (!draft) return;
      await call(
        async () => {
          const result = await backend.writeSettings(draft, locale());
          if (!result.ok && result.conflicts) dispatch({ type: 'settings', action: { type: 'conflict', conflicts: result.conflicts } });
          return result;
        },
        (settings) => {
          dispatch({ type: 'settings', action: { type: 'saved', settings } });
          const notice = tr(UI_TEXT.settingsSaved, locale());
          // The workbook's language and the pane's are one setting: the pane follows what was saved.
          if (settings.locale !== locale()) dispatch({ type: 'setLocale', locale: settings.locale });
          return notice;
        },
      );
    },
  };
}
