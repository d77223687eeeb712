/**
 * Roll up team for the sidebar's Team panel. The server function in gas/team-server-api.ts answers with
 * counts only; the panel also shows the reconciliation, the set-aside rows, each rep's figures and the
 * forecast range, which the shared operation returns as its view. Same steps as gas/rollup.ts (one
 * getValues per sheet, one write per block, under the document lock), keeping the view.
 */
import { DealKitError } from '../shared/errors';
import { parseLocale, text, type Locale } from '../shared/i18n';
import { rollUpTeamOperation } from '../shared/pipeline/operations';
import { resolvePlan } from '../shared/plan-resolve';
import type { BackendResult, TeamRollUp } from '../shared/ui/backend';
import { teamReportOf } from '../shared/ui/team-report';
import { failureOf } from '../shared/ui/workbook-operations';
import { writePlan } from './apply-plan';
import { readSpreadsheet } from './rollup';

/** As long as gas/rollup.ts waits: a second manager's roll-up queues behind the first. */
const LOCK_WAIT_MS = 30_000;

export function rollUpTeamReport(period: unknown, locale: unknown, spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet): BackendResult<TeamRollUp> {
  const ui: Locale = parseLocale(locale) ?? 'en';
  try {
    const lock = LockService.getDocumentLock();
    try {
      lock.waitLock(LOCK_WAIT_MS);
    } catch {
      throw new DealKitError(text('Someone else is updating this spreadsheet; try again in a moment.', '其他人正在更新此表格，请稍后重试。'), 'lock');
    }
    try {
      const book = spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet();
      const { read, state } = readSpreadsheet(book);
      const { plan, summary, view } = rollUpTeamOperation(read, typeof period === 'string' ? period : undefined);
      writePlan(book, resolvePlan(plan, state, 'sheets'));
      return { ok: true, value: { deals: summary.deals, setAside: summary.setAside, amount: summary.amount, tables: summary.tables, report: teamReportOf(view) } };
    } finally {
      lock.releaseLock();
    }
  } catch (error) {
    return failureOf<TeamRollUp>(error, ui);
  }
}

/** Sidebar, Team panel: roll up the team and return what the panel shows (plain JSON). */
global.dealkitRollUpTeamReport = function (period: string | null, locale: Locale) {
  return rollUpTeamReport(period, locale);
};

declare global {
  var dealkitRollUpTeamReport: (period: string | null, locale: Locale) => unknown;
}
