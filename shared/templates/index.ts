export * from './a1';
export * from './settings-names';
export * from './settings';
export * from './assessment';
export * from './key-players';
export * from './value-proposition';
export * from './catalog';
export type { TemplateInput, ValidationRule } from './sheet-builder';
export type { TemplateSheetBuild } from './template-build';
