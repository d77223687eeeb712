/**
 * Top-level functions Apps Script sees. gas-webpack-plugin turns each `global.X = function` line
 * into a top-level `function X(){}` stub that the bundle overrides when it runs.
 */
export {};

declare global {
  var onOpen: (event?: GoogleAppsScript.Events.SheetsOnOpen) => void;
  var onInstall: (event?: GoogleAppsScript.Events.AddonOnInstall) => void;
  var dealkitOpenSidebar: () => void;
  var dealkitOpenQualify: () => void;
  var dealkitOpenValue: () => void;
  var dealkitOpenDeal: () => void;
  var dealkitOpenTemplates: () => void;
  var dealkitOpenTeam: () => void;
  var dealkitOpenSettings: () => void;
  var dealkitRollUpTeam: (period: string | null, locale: import('../shared/i18n').Locale) => unknown;
  var dealkitTakeSnapshot: (locale: import('../shared/i18n').Locale) => unknown;
  var dealkitComparePipeline: (dateA: string, dateB: string, locale: import('../shared/i18n').Locale) => unknown;
  var dealkitListSnapshotDates: (locale: import('../shared/i18n').Locale) => unknown;
  var dealkitExportPipelineCsv: (format: string, locale: import('../shared/i18n').Locale) => unknown;
  var dealkitForecastAccuracy: (periodKind: string | null, locale: import('../shared/i18n').Locale) => unknown;
}
