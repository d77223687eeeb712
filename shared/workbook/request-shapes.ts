import { LOCALES } from '../i18n';
import { LADDER_IDS, METHOD_IDS } from '../methods/types';
import { TEMPLATE_CATALOG } from '../templates';
import { STRATEGY_INPUT_IDS } from './backend';
import { booleanShape, listShape, nullableShape, numberShape, objectShape, optionalShape, recordShape, textShape, wholeNumberShape, type Shape } from './request-shape';

/**
 * What each operation takes before the trailing locale, as shapes (shared/workbook/request-shape.ts):
 * the Apps Script server functions check each call against them before doing anything, since
 * the Apps Script sidebar bridge passes along whatever the caller sent. The locale itself is not checked: it only
 * picks the language of the answer, and a refusal must be answered in one.
 */
export type ArgumentShapes = readonly (readonly [name: string, shape: Shape])[];

const RATING = textShape(['favourable', 'unfavourable', 'unknown']);
const numbers = listShape(numberShape);

const ASSESSMENT_FIELDS = {
  sheetName: nullableShape(textShape()),
  method: textShape(METHOD_IDS),
  ours: listShape(RATING),
  theirs: listShape(RATING),
  notes: listShape(textShape()),
  signs: listShape(booleanShape),
  strategy: objectShape(Object.fromEntries(STRATEGY_INPUT_IDS.map((id) => [id, optionalShape(booleanShape)]))),
  dealId: optionalShape(textShape()),
};
export const ASSESSMENT_SHAPE = objectShape({ ...ASSESSMENT_FIELDS, read: optionalShape(objectShape(ASSESSMENT_FIELDS)), overwrite: optionalShape(booleanShape) });

const VALUE_FIELDS = {
  sheetName: nullableShape(textShape()),
  slots: recordShape(textShape()),
  benefits: numbers,
  costs: numbers,
  risks: numberShape,
  dealId: optionalShape(textShape()),
};
export const VALUE_SHAPE = objectShape({
  ...VALUE_FIELDS,
  rest: optionalShape(objectShape({ benefits: numbers, costs: numbers, risks: numbers })),
  read: optionalShape(objectShape(VALUE_FIELDS)),
  overwrite: optionalShape(booleanShape),
});

const SETTINGS_FIELDS = {
  locale: textShape(LOCALES),
  ladder: textShape(LADDER_IDS),
  currency: textShape(),
  sheetName: nullableShape(textShape()),
};
export const SETTINGS_SHAPE = objectShape({ ...SETTINGS_FIELDS, read: optionalShape(objectShape(SETTINGS_FIELDS)), overwrite: optionalShape(booleanShape) });

const REVIEW = objectShape({ finished: textShape(), evidence: textShape(), doingNow: textShape(), preparingNext: textShape() });

export const DEAL_UPDATE_SHAPE = objectShape({
  sheetName: textShape(),
  row: wholeNumberShape(1),
  dealId: textShape(),
  stage: textShape(),
  proofs: listShape(booleanShape),
  review: REVIEW,
  stageEntered: textShape(),
  read: objectShape({
    stage: textShape(),
    stageEntered: textShape(),
    nextStep: textShape(),
    evidence: textShape(),
    proofs: listShape(booleanShape),
    buyingStep: optionalShape(nullableShape(textShape())),
  }),
  overwrite: optionalShape(booleanShape),
  keepNextStep: optionalShape(booleanShape),
  buyingStep: optionalShape(nullableShape(textShape())),
});

/** A period like 2026-Q4, or none (null) for every period; the core reads the text itself. */
export const PERIOD_SHAPE = optionalShape(nullableShape(textShape()));

export const TEMPLATE_REQUEST_SHAPE = objectShape({ id: textShape(TEMPLATE_CATALOG.map((template) => template.id)), method: optionalShape(textShape(METHOD_IDS)) });

/** Which formats and period kinds exist is the pipeline operations' to say (with their own message). */
export const CSV_FORMAT_SHAPE = textShape();
export const PERIOD_KIND_SHAPE = optionalShape(nullableShape(textShape()));
