import { isDealKitError } from '../errors';
import type { Locale, Text } from '../i18n';
import { netValue, payback, roi } from '../scoring/value';
import { valueStatements } from './method-data';
import { filledStatement } from './scoring-bridge';
import { parsedFigures, slotKey, type ValueState } from './wizard-value';

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
  /** Benefit − cost per year, risks in year 0: the cash flows payback is computed over. */
  readonly cashFlows: readonly number[];
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
    return { statements, netValue: none, roi: none, payback: none, cashFlows: [] };
  }
  // As on the sheet: risks are priced into year 0, and ROI sets benefits against costs plus risks.
  const cashFlows = figures.benefits.map((benefit, i) => benefit - (figures.costs[i] ?? 0) - (i === 0 ? figures.risks : 0));
  return {
    statements,
    netValue: figure(() => netValue(figures.benefits, figures.costs, figures.risks)),
    roi: figure(() => roi(figures.benefits, [...figures.costs, figures.risks])),
    payback: figure(() => payback(cashFlows)),
    cashFlows,
  };
}
