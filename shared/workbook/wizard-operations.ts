import { serialFromCell } from '../pipeline/dates';
import type { Locale } from '../i18n';
import type { MethodId } from '../methods/types';
import type { DecimalMark } from '../numbers/decimal-mark';
import { decimalMarkSetting, ladderSetting, languageSetting } from '../settings/workbook-values';
import { SETTINGS_NAMES } from '../settings/names';
import { buildTemplate, SETTINGS_SHEET_KEY, TEMPLATE_CATALOG, type TemplateId } from '../templates';
import { assessmentSavePlan, readAssessment } from './assessment-sheet';
import type { AssessmentAnswers, DealUpdate, InsertedSheet, InsertTemplateRequest, PipelineView, TemplateSummary, ValueAnswers, WorkbookSettings } from './backend';
import { METHOD_CHOICES } from './method-data';
import { answered, sheetNameOf, type Operation } from './operation';
import { dealUpdatePlan, findPipeline, pipelineOfSheet, snapshotAfterPlan } from './pipeline-sheet';
import { namedCell, namedCellValue, namedPlace, type ReadRequest, type WorkbookReading } from './reading';
import { settingsSavePlan } from './settings-sheet';
import { ASSESSMENT_SHAPE, DEAL_UPDATE_SHAPE, SETTINGS_SHAPE, TEMPLATE_REQUEST_SHAPE, VALUE_SHAPE } from './request-shapes';
import { readValueAnswers, valueSavePlan } from './value-sheet';

/**
 * The wizards' operations (Insert, Qualify, Value, Deal, Settings): each reads one sheet or a few
 * Settings names and, when it saves, answers with what the panel shows next.
 */

const LADDER = [SETTINGS_NAMES.ladder];
const LADDER_AND_MARK = [SETTINGS_NAMES.ladder, SETTINGS_NAMES.decimalMark];
const SETTINGS_SHOWN = [SETTINGS_NAMES.language, SETTINGS_NAMES.currency, SETTINGS_NAMES.ladder];

function ladderOf(reading: WorkbookReading) {
  return ladderSetting(namedCellValue(reading, SETTINGS_NAMES.ladder), namedPlace(reading, SETTINGS_NAMES.ladder));
}

function decimalMarkOf(reading: WorkbookReading): DecimalMark {
  return decimalMarkSetting(namedCellValue(reading, SETTINGS_NAMES.decimalMark), namedPlace(reading, SETTINGS_NAMES.decimalMark));
}

/** The settings the Settings panel shows; a Settings cell that cannot be read is an error naming it. */
export function settingsOf(reading: WorkbookReading, uiLocale: Locale): WorkbookSettings {
  const currency = namedCellValue(reading, SETTINGS_NAMES.currency);
  const language = namedCell(reading, SETTINGS_NAMES.language);
  return {
    locale: languageSetting(namedCellValue(reading, SETTINGS_NAMES.language), namedPlace(reading, SETTINGS_NAMES.language), uiLocale),
    ladder: ladderOf(reading),
    currency: currency === undefined || currency === null ? '' : String(currency),
    sheetName: language ? language.sheet : null,
  };
}

export function templateSummaries(): TemplateSummary[] {
  return TEMPLATE_CATALOG.map((template) => {
    const methodOption = template.options.find((option) => option.key === 'method');
    const methods = methodOption ? methodOption.choices.map((choice) => choice.value as MethodId).filter((method) => METHOD_CHOICES.includes(method)) : undefined;
    return methods ? { id: template.id, name: template.name, description: template.description, methods } : { id: template.id, name: template.name, description: template.description };
  });
}

/** The sheet a save goes to: the one it names, or none when the save inserts a new sheet. */
function sheetOrNone(sheetName: string | null, formulas = false): ReadRequest {
  return { sheets: sheetName === null ? 'none' : { name: sheetName }, formulas };
}

const listTemplates: Operation<[], readonly TemplateSummary[]> = {
  takes: [],
  // The catalog is part of the add-in: nothing to read.
  reads: () => ({ sheets: 'none' }),
  writes: false,
  run: () => answered(templateSummaries()),
};

const insertTemplate: Operation<[request: InsertTemplateRequest], InsertedSheet> = {
  takes: [['request', TEMPLATE_REQUEST_SHAPE]],
  reads: () => ({ sheets: 'none', names: LADDER }),
  writes: true,
  run: ([request], reading, locale) => {
    const built = buildTemplate(request.id as TemplateId, { locale, ...(request.method ? { method: request.method } : {}), ladder: ladderOf(reading) });
    return { plan: built.plan, answer: (resolved) => ({ sheetName: sheetNameOf(resolved, built.sheetKey) }) };
  },
};

const readAssessmentOperation: Operation<[], AssessmentAnswers | null> = {
  takes: [],
  reads: () => ({ sheets: 'active', formulas: true }),
  writes: false,
  run: (_args, reading) => answered(reading.sheets[0] ? readAssessment(reading.sheets[0]) : null),
};

const writeAssessment: Operation<[answers: AssessmentAnswers], InsertedSheet> = {
  takes: [['answers', ASSESSMENT_SHAPE]],
  reads: ([answers]) => sheetOrNone(answers.sheetName, true),
  writes: true,
  run: ([answers], reading, locale) => {
    const save = assessmentSavePlan(answers, locale, reading.sheets[0], serialFromCell(reading.today));
    return { plan: save.plan, answer: (resolved) => ({ sheetName: sheetNameOf(resolved, save.sheetKey) }) };
  },
};

const readValue: Operation<[], ValueAnswers | null> = {
  takes: [],
  reads: () => ({ sheets: 'active', names: [SETTINGS_NAMES.decimalMark] }),
  writes: false,
  run: (_args, reading) => answered(reading.sheets[0] ? readValueAnswers(reading.sheets[0], decimalMarkOf(reading)) : null),
};

const writeValue: Operation<[answers: ValueAnswers], InsertedSheet> = {
  takes: [['answers', VALUE_SHAPE]],
  reads: ([answers]) => sheetOrNone(answers.sheetName),
  writes: true,
  run: ([answers], reading, locale) => {
    const save = valueSavePlan(answers, locale, reading.sheets[0]);
    return { plan: save.plan, answer: (resolved) => ({ sheetName: sheetNameOf(resolved, save.sheetKey) }) };
  },
};

const readSettings: Operation<[], WorkbookSettings> = {
  takes: [],
  reads: () => ({ sheets: 'none', names: SETTINGS_SHOWN }),
  writes: false,
  run: (_args, reading, locale) => answered(settingsOf(reading, locale)),
};

const writeSettings: Operation<[settings: WorkbookSettings], WorkbookSettings> = {
  takes: [['settings', SETTINGS_SHAPE]],
  reads: () => ({ sheets: 'none', names: SETTINGS_SHOWN }),
  writes: true,
  run: ([settings], reading, locale) => {
    const current = settingsOf(reading, locale);
    const plan = settingsSavePlan(settings, current, { namedCell: (name) => namedCell(reading, name) });
    // What the workbook now holds: the request's read/overwrite are not part of it.
    const saved = { locale: settings.locale, ladder: current.sheetName === null ? settings.ladder : current.ladder, currency: settings.currency.trim() };
    return { plan, answer: (resolved) => ({ ...saved, sheetName: current.sheetName ?? resolved?.sheetNames[SETTINGS_SHEET_KEY] ?? null }) };
  },
};

const listDeals: Operation<[], PipelineView | null> = {
  takes: [],
  reads: () => ({ sheets: 'all', names: LADDER_AND_MARK, activeSheet: true }),
  writes: false,
  run: (_args, reading) => answered(findPipeline(reading.sheets, reading.activeSheet ?? '', ladderOf(reading), decimalMarkOf(reading))?.view ?? null),
};

const updateDeal: Operation<[update: DealUpdate], PipelineView> = {
  takes: [['update', DEAL_UPDATE_SHAPE]],
  reads: ([update]) => ({ sheets: { name: update.sheetName }, names: LADDER_AND_MARK }),
  writes: true,
  run: ([update], reading, locale) => {
    const mark = decimalMarkOf(reading);
    // Hosts find a sheet whatever the case of its name: the table is looked up under the name it has.
    const sheetName = reading.sheets[0]?.name ?? update.sheetName;
    const found = pipelineOfSheet(reading.sheets, sheetName, update.dealId, ladderOf(reading), mark);
    const plan = dealUpdatePlan(found, update, locale);
    // The table as it now stands, from what was read and what is written: no read after the write.
    const after = reading.sheets.map((sheet) => snapshotAfterPlan(sheet, plan));
    return { plan, answer: () => pipelineOfSheet(after, found.table.sheet, update.dealId, found.view.ladder, mark).view };
  },
};

export const WIZARD_OPERATIONS = {
  listTemplates,
  insertTemplate,
  readAssessment: readAssessmentOperation,
  writeAssessment,
  readValue,
  writeValue,
  readSettings,
  writeSettings,
  listDeals,
  updateDeal,
} as const;
