/**
 * Sheet templates as data. Each template builds a WritePlan (shared/plan.ts) from the method data and
 * the workbook's language, plus a typed layout saying where its inputs and results are.
 *
 *   buildTemplate(id, options)      → { plan, layout, inputs, sheetKey }   (the Settings sheet comes along when needed)
 *   buildTemplatePlan(id, options)  → WritePlan
 *   TEMPLATE_CATALOG                → what the Insert-template panel lists
 *   SETTINGS_NAMES                  → the DK_* named ranges every template reads the settings through
 *   settingsLadderPlan(...)         → rewrite the Settings stage table for another ladder
 */
export * from './settings';
export * from './assessment';
export * from './key-players';
export * from './value-proposition';
export * from './pipeline-funnel';
export * from './action-plan';
export * from './catalog';
export type { TemplateInput, ValidationRule } from './sheet-builder';
export type { TemplateSheetBuild } from './template-build';
