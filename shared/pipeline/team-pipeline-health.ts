import { tr, type Locale } from '../i18n';
import type { PlanValue } from '../plan';
import type { PricedDeal } from './dashboard';
import { controlCell, DEAL_HEALTH_TEXTS, FLAGGED_FILL, flagsCell, verdictCell } from './deal-health-cells';
import type { DealHealth } from './deal-health';
import type { ReportSheet } from './sheet-writer';

/**
 * Verdict, Control and Flags beside each deal row of the Team pipeline. They are appended after the
 * table's last column, so no existing column moves: the Dashboard's funnel formulas and users' own
 * formulas point at the Team pipeline's columns by letter.
 */

const HEADERS = [DEAL_HEALTH_TEXTS.verdict, DEAL_HEALTH_TEXTS.control, DEAL_HEALTH_TEXTS.flags];

export interface TeamPipelineHealthColumns {
  readonly headers: readonly string[];
  /** One row of cells per deal, in the order of the deals given. */
  readonly cells: readonly (readonly PlanValue[])[];
  readonly flagged: readonly boolean[];
}

export function teamPipelineHealthColumns(deals: readonly PricedDeal[], health: DealHealth, locale: Locale): TeamPipelineHealthColumns {
  // The health rows carry the very deal objects the Team pipeline lists (flagged first, not in its order).
  const rowOf = new Map(health.rows.map((row) => [row.deal, row]));
  return {
    headers: HEADERS.map((t) => tr(t, locale)),
    cells: deals.map((deal) => {
      const row = rowOf.get(deal);
      return row ? [verdictCell(row, locale), controlCell(row, locale), flagsCell(row, locale)] : ['', '', ''];
    }),
    flagged: deals.map((deal) => (rowOf.get(deal)?.flags.length ?? 0) > 0),
  };
}

/**
 * Shades the health cells of flagged deals, given the table's header row and the 0-based column the
 * health columns start at. Flagged deals are scattered through the Team pipeline's order: one style per
 * run of consecutive ones keeps the host's calls few.
 */
export function shadeFlaggedDeals(sheet: ReportSheet, table: { readonly header: number }, column: number, columns: TeamPipelineHealthColumns): void {
  const { flagged } = columns;
  for (let start = 0; start < flagged.length; start += 1) {
    if (!flagged[start]) continue;
    let end = start;
    while (end + 1 < flagged.length && flagged[end + 1]) end += 1;
    sheet.style(table.header + 1 + start, column, end - start + 1, columns.headers.length, { fill: FLAGGED_FILL });
    start = end;
  }
  [120, 110, 320].forEach((pixels, i) => sheet.width(column + i, pixels));
}
