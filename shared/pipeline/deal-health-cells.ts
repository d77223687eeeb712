import { text, tr, type Locale, type Text } from '../i18n';
import { STRATEGIES } from '../methods/strategy-path';
import { VERDICT_LABELS } from '../scoring/assessment';
import { CONTROL_LABELS } from '../scoring/control';
import { DEAL_FLAGS } from './deal-flags';
import type { DealHealthRow } from './deal-health';

/**
 * A deal's health as cells, in the same words wherever the roll-up writes it (the Dashboard's deal-health
 * table, the Team pipeline's rows), so a manager reading one sheet against the other sees one answer.
 */

export const DEAL_HEALTH_TEXTS = {
  verdict: text('Verdict', '结论'),
  control: text('Control', '控制程度'),
  strategy: text('Strategy', '策略'),
  flags: text('Flags', '预警'),
  noAssessment: text('no assessment', '无评估'),
  noResult: text('(no result)', '（无结果）'),
};

/** Light fill for a flagged deal's cells: the manager's eye lands there first. */
export const FLAGGED_FILL = '#FCE4D6';

const STRATEGY_LABELS = new Map(STRATEGIES.map((s) => [s.id, s.label]));

/** A result DealKit knows, in the workbook's language; otherwise what the sheet shows, or "(no result)". */
function shown(label: Text | undefined, raw: string, locale: Locale): string {
  return label ? tr(label, locale) : raw || tr(DEAL_HEALTH_TEXTS.noResult, locale);
}

/** "no assessment" where no assessment joins the deal: listed as such, never left blank. */
export function verdictCell(row: DealHealthRow, locale: Locale): string {
  const assessment = row.sheets.assessment;
  if (!assessment) return tr(DEAL_HEALTH_TEXTS.noAssessment, locale);
  return shown(assessment.verdict && VERDICT_LABELS[assessment.verdict], assessment.verdictText, locale);
}

export function controlCell(row: DealHealthRow, locale: Locale): string {
  const assessment = row.sheets.assessment;
  return assessment ? shown(assessment.control && CONTROL_LABELS[assessment.control], assessment.controlText, locale) : '';
}

export function strategyCell(row: DealHealthRow, locale: Locale): string {
  const assessment = row.sheets.assessment;
  return assessment ? shown(assessment.strategy && STRATEGY_LABELS.get(assessment.strategy), assessment.strategyText, locale) : '';
}

/** The deal's flags in DEAL_FLAGS order, joined; '' when none. */
export function flagsCell(row: DealHealthRow, locale: Locale): string {
  return DEAL_FLAGS.filter((flag) => row.flags.includes(flag.id))
    .map((flag) => tr(flag.label, locale))
    .join(locale === 'en' ? '; ' : '；');
}
