import { quotedCellReference } from '../a1';
import { isDealKitError } from '../errors';
import type { Locale } from '../i18n';
import type { DecimalMark } from '../numbers/decimal-mark';
import type { LadderId, MethodId } from '../methods/types';
import type { WritePlan } from '../plan';
import type { ResolvedPlan } from '../plan-resolve';
import { decimalMarkSetting, ladderSetting, languageSetting } from '../settings/workbook-values';
import { SETTINGS_NAMES } from '../settings/names';
import { buildTemplate, TEMPLATE_CATALOG, type TemplateId } from '../templates';
import { assessmentSavePlan, readAssessment } from './assessment-sheet';
import { failed, succeeded, type Backend, type BackendResult, type TeamMethod, type TemplateSummary, type WorkbookSettings } from './backend';
import { METHOD_CHOICES } from './method-data';
import { dealUpdatePlan, findPipeline, pipelineOfSheet } from './pipeline-sheet';
import { settingsSavePlan } from './settings-sheet';
import { isSaveConflictError } from './save-conflict';
import type { SheetValues } from '../sheet-values';
import { readValueAnswers, valueSavePlan } from './value-sheet';

/**
 * The wizards' operations over any workbook that can be read and written synchronously: the Apps
 * Script server (SpreadsheetApp) and the playground (HyperFormula). Each operation reads what it
 * needs, calls the pure core and applies one write plan. Excel batches differently (excel-addin).
 */
export interface WorkbookAccess {
  activeSheetName(): string;
  sheetNames(): readonly string[];
  /** Values (and formulas, when asked) of a sheet's used range anchored at A1; null when there is no such sheet. */
  snapshot(name: string, withFormulas: boolean): SheetValues | null;
  /** Top-left value of a workbook-scoped named range; undefined when the name is not defined. */
  namedValue(name: string): unknown;
  /** Sheet and A1 address of a named range's top-left cell; null when the name is not defined. */
  namedCell(name: string): { readonly sheet: string; readonly a1: string } | null;
  applyPlan(plan: WritePlan): ResolvedPlan;
}

/** The wizards' Backend methods (all but the Team panel's), answered synchronously. */
export type WorkbookOperations = {
  readonly [K in Exclude<keyof Backend, TeamMethod | 'forecastAccuracy'>]: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>>;
};

/** A failure as the user should read it: the core's own message in the UI's language. */
export function failureOf<T>(error: unknown, locale: Locale): BackendResult<T> {
  if (isSaveConflictError(error)) {
    const message = error.messageIn(locale);
    return error.subject === undefined ? { ok: false, message, conflicts: error.conflicts } : { ok: false, message, subject: error.subject, conflicts: error.conflicts };
  }
  if (isDealKitError(error)) return failed(error.messageIn(locale), error.subject);
  return failed(error instanceof Error ? error.message : String(error));
}

function guarded<T>(locale: Locale, run: () => T): BackendResult<T> {
  try {
    return succeeded(run());
  } catch (error) {
    return failureOf<T>(error, locale);
  }
}

export function templateSummaries(): TemplateSummary[] {
  return TEMPLATE_CATALOG.map((template) => {
    const methodOption = template.options.find((option) => option.key === 'method');
    const methods = methodOption ? methodOption.choices.map((choice) => choice.value as MethodId).filter((method) => METHOD_CHOICES.includes(method)) : undefined;
    return methods ? { id: template.id, name: template.name, description: template.description, methods } : { id: template.id, name: template.name, description: template.description };
  });
}

/** Where a Settings name points, as a message names it: `'Sheet'!B7`, or the name when it points nowhere. */
function placeOf(access: Pick<WorkbookAccess, 'namedCell'>, name: string): string {
  const cell = access.namedCell(name);
  return cell ? quotedCellReference(cell.sheet, cell.a1) : name;
}

export function workbookLadder(access: Pick<WorkbookAccess, 'namedValue' | 'namedCell'>): LadderId {
  return ladderSetting(access.namedValue(SETTINGS_NAMES.ladder), placeOf(access, SETTINGS_NAMES.ladder));
}

export function workbookDecimalMark(access: Pick<WorkbookAccess, 'namedValue' | 'namedCell'>): DecimalMark {
  return decimalMarkSetting(access.namedValue(SETTINGS_NAMES.decimalMark), placeOf(access, SETTINGS_NAMES.decimalMark));
}

export function readWorkbookSettings(access: Pick<WorkbookAccess, 'namedValue' | 'namedCell'>, uiLocale: Locale): WorkbookSettings {
  const cell = access.namedCell(SETTINGS_NAMES.language);
  const currency = access.namedValue(SETTINGS_NAMES.currency);
  return {
    locale: languageSetting(access.namedValue(SETTINGS_NAMES.language), placeOf(access, SETTINGS_NAMES.language), uiLocale),
    ladder: workbookLadder(access),
    currency: typeof currency === 'string' ? currency : currency === undefined || currency === null ? '' : String(currency),
    sheetName: cell ? cell.sheet : null,
  };
}

export function createWorkbookOperations(access: WorkbookAccess): WorkbookOperations {
  const allSheets = (withFormulas: boolean): SheetValues[] =>
    access.sheetNames().flatMap((name) => {
      const sheet = access.snapshot(name, withFormulas);
      return sheet ? [sheet] : [];
    });
  const pipeline = () => findPipeline(allSheets(false), access.activeSheetName(), workbookLadder(access), workbookDecimalMark(access));
  const nameOf = (resolved: ResolvedPlan, key: string): string => resolved.sheetNames[key] ?? key;

  return {
    listTemplates: (locale) => guarded(locale, () => templateSummaries()),
    insertTemplate: (request) =>
      guarded(request.locale, () => {
        const built = buildTemplate(request.id as TemplateId, {
          locale: request.locale,
          ...(request.method ? { method: request.method } : {}),
          ladder: workbookLadder(access),
        });
        return { sheetName: nameOf(access.applyPlan(built.plan), built.sheetKey) };
      }),
    readAssessment: (locale) =>
      guarded(locale, () => {
        const sheet = access.snapshot(access.activeSheetName(), true);
        return sheet ? readAssessment(sheet) : null;
      }),
    writeAssessment: (answers, locale) =>
      guarded(locale, () => {
        const sheet = answers.sheetName !== null ? (access.snapshot(answers.sheetName, true) ?? undefined) : undefined;
        const save = assessmentSavePlan(answers, locale, sheet);
        return { sheetName: nameOf(access.applyPlan(save.plan), save.sheetKey) };
      }),
    readValue: (locale) =>
      guarded(locale, () => {
        const sheet = access.snapshot(access.activeSheetName(), false);
        return sheet ? readValueAnswers(sheet, workbookDecimalMark(access)) : null;
      }),
    writeValue: (answers, locale) =>
      guarded(locale, () => {
        const sheet = answers.sheetName !== null ? (access.snapshot(answers.sheetName, false) ?? undefined) : undefined;
        const save = valueSavePlan(answers, locale, sheet);
        return { sheetName: nameOf(access.applyPlan(save.plan), save.sheetKey) };
      }),
    readSettings: (locale) => guarded(locale, () => readWorkbookSettings(access, locale)),
    writeSettings: (settings, locale) =>
      guarded(locale, () => {
        const current = readWorkbookSettings(access, locale);
        access.applyPlan(settingsSavePlan(settings, current, access));
        return readWorkbookSettings(access, locale);
      }),
    listDeals: (locale) => guarded(locale, () => pipeline()?.view ?? null),
    updateDeal: (update, locale) =>
      guarded(locale, () => {
        const ladder = workbookLadder(access);
        const found = pipelineOfSheet(allSheets(false), update.sheetName, update.dealId, ladder, workbookDecimalMark(access));
        access.applyPlan(dealUpdatePlan(found, update, locale));
        return pipelineOfSheet(allSheets(false), update.sheetName, update.dealId, ladder, workbookDecimalMark(access)).view;
      }),
  };
}
