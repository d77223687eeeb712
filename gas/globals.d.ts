/**
 * Top-level functions Apps Script sees. gas-webpack-plugin turns each `global.X = function` line
 * into a top-level `function X(){}` stub that the bundle overrides when it runs. The sidebar's server
 * functions are declared by the module the build generates (gas/generated/server-functions.ts).
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
}
