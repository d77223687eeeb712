/**
 * The Apps Script project's entry: menus and the sidebar. Custom functions come from the generated
 * catalog module, the sidebar's server functions from the generated operation module. Nothing at
 * global scope calls an Apps Script service (custom functions run without authorisation).
 */
import './generated/custom-functions';
import './generated/server-functions';
import { buildMenu, isChineseLocale, SIDEBAR_TITLE, startPanelScript, type SidebarPanel } from './menu';

function userPrefersChinese(): boolean {
  try {
    return isChineseLocale(Session.getActiveUserLocale());
  } catch {
    return false;
  }
}

function showSidebar(panel: SidebarPanel): void {
  const chinese = userPrefersChinese();
  const html = HtmlService.createHtmlOutputFromFile('sidebar')
    .append(startPanelScript(panel))
    .setTitle(chinese ? SIDEBAR_TITLE.zh : SIDEBAR_TITLE.en);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Adds the DealKit menu when the spreadsheet opens (bound script or Editor add-on, any AuthMode). */
global.onOpen = function (event?: GoogleAppsScript.Events.SheetsOnOpen) {
  void event;
  buildMenu(SpreadsheetApp.getUi(), userPrefersChinese());
};

/** Editor add-on install: show the menu straight away in the current document. */
global.onInstall = function (event?: GoogleAppsScript.Events.AddonOnInstall) {
  void event;
  buildMenu(SpreadsheetApp.getUi(), userPrefersChinese());
};

/** Opens the DealKit sidebar on its home panel. */
global.dealkitOpenSidebar = function () {
  showSidebar('home');
};

/** Menu: Qualify an opportunity. */
global.dealkitOpenQualify = function () {
  showSidebar('qualify');
};

/** Menu: Build a value proposition. */
global.dealkitOpenValue = function () {
  showSidebar('value');
};

/** Menu: Update a deal. */
global.dealkitOpenDeal = function () {
  showSidebar('deal');
};

/** Menu: Insert template. */
global.dealkitOpenTemplates = function () {
  showSidebar('templates');
};

/** Menu: Team pipeline (roll up, snapshot, compare). */
global.dealkitOpenTeam = function () {
  showSidebar('team');
};

/** Menu: Settings. */
global.dealkitOpenSettings = function () {
  showSidebar('settings');
};
