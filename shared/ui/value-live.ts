import { isDealKitError } from '../errors';
import type { Locale, Text } from '../i18n';
import { netValue, payback, roi } from '../scoring/value';
import { valueStatements } from '../workbook/method-data';
import { filledStatement } from './scoring-bridge';
import { parsedFigures, type ValueState } from './wizard-value';
import { slotKey } from '../workbook/value-sheet';

/** What the value wizard shows live: each statement (or the slots it still lacks) and the value figures. */

export interface StatementPreview {
  readonly id: number;
  readonly title: Text;
  /** The filled sentence, or null while a slot is empty. */
  readonly sentence: string | null;
  /** Labels of the empty slots, in slot order. */
  readonly missing: readonly Text[];
}

/** A figure, or the reason it cannot be computed (the core's own message). */
export type Figure = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: Text | null };

export interface ValueLive {
  readonly statements: readonly StatementPreview[];
  readonly netValue: Figure;
  readonly roi: Figure;
  readonly payback: Figure;
  /** Benefit − cost − risks per counted year, every row of the sheet: the cash flows payback is computed over. */
  readonly cashFlows: readonly number[];
  /** What the sheet's rows the wizard does not show add over the counted years, or null for a new sheet. */
  readonly otherRows: { readonly benefits: number; readonly costs: number; readonly risks: number } | null;
}

function figure(compute: () => number): Figure {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (isDealKitError(error)) return { ok: false, reason: error.text };
    throw error;
  }
}

export function statementPreviews(state: ValueState, locale: Locale): StatementPreview[] {
  return valueStatements().map((statement) => {
    const values = statement.slots.map((slot) => (state.slots[slotKey(statement.id, slot.id)] ?? '').trim());
    const missing = statement.slots.filter((_, i) => values[i] === '').map((slot) => slot.label);
    return {
      id: statement.id,
      title: statement.title,
      sentence: missing.length === 0 ? filledStatement(statement.id, values, locale) : null,
      missing,
    };
  });
}

export function valueLive(state: ValueState, locale: Locale): ValueLive {
  const statements = statementPreviews(state, locale);
  const figures = parsedFigures(state);
  if (!figures.ok) {
    const none: Figure = { ok: false, reason: null };
    return { statements, netValue: none, roi: none, payback: none, cashFlows: [], otherRows: null };
  }
  // As on the sheet: per counted year, the wizard's rows plus every other row the sheet holds (read
  // when the wizard opened it); the wizard's risks amount is year 0 of the risks row. ROI sets
  // benefits against costs plus risks, as the sheet's ROI cell does.
  const rest = state.rest;
  const years = figures.benefits.length;
  const benefits = Array.from({ length: years }, (_, i) => figures.benefits[i] + (rest?.benefits[i] ?? 0));
  const costs = Array.from({ length: years }, (_, i) => (figures.costs[i] ?? 0) + (rest?.costs[i] ?? 0));
  const risks = Array.from({ length: years }, (_, i) => (i === 0 ? figures.risks : (rest?.risks[i] ?? 0)));
  const cashFlows = benefits.map((benefit, i) => benefit - costs[i] - risks[i]);
  return {
    statements,
    netValue: figure(() => netValue(benefits, costs, risks)),
    roi: figure(() => roi(benefits, [...costs, ...risks])),
    payback: figure(() => payback(cashFlows)),
    cashFlows,
    otherRows: rest ? { benefits: sum(benefits) - sum(figures.benefits), costs: sum(costs) - sum(figures.costs), risks: sum(risks) - figures.risks } : null,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
