/**
 * Roll up team for the sidebar's Team panel. The sidebar API's dealkitRollUpTeam (gas/server-api.ts) answers with
 * counts only; the panel also shows the reconciliation, the set-aside rows, each rep's figures and the
 * forecast range, which the shared operation returns as its view. Same steps as gas/rollup.ts (one
 * getValues per sheet, one write per block, under the document lock), keeping the view.
 */
import type { Locale } from '../shared/i18n';
import { rollUpTeamOperation } from '../shared/pipeline/operations';
import { resolvePlan } from '../shared/plan-resolve';
import type { BackendResult, TeamRollUp } from '../shared/workbook/backend';
import { teamReportOf } from '../shared/workbook/team-report';
import { writePlan } from './apply-plan';
import { refusedCall } from './check-arguments';
import { lockedOperation } from './document-lock';
import { readSpreadsheet } from './rollup';

export function rollUpTeamReport(period: unknown, locale: unknown, spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet): BackendResult<TeamRollUp> {
  return lockedOperation(locale, () => {
    const book = spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet();
    const { read, state } = readSpreadsheet(book);
    const { plan, summary, view } = rollUpTeamOperation(read, typeof period === 'string' ? period : undefined);
    writePlan(book, resolvePlan(plan, state, 'sheets'));
    return { deals: summary.deals, setAside: summary.setAside, amount: summary.amount, tables: summary.tables, report: teamReportOf(view) };
  });
}

/** Sidebar, Team panel: roll up the team and return what the panel shows (plain JSON). */
global.dealkitRollUpTeamReport = function (period: string | null, locale: Locale) {
  return refusedCall('rollUpTeam', [period], locale) ?? rollUpTeamReport(period, locale);
};

declare global {
  var dealkitRollUpTeamReport: (period: string | null, locale: Locale) => unknown;
}
