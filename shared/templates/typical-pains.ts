import { text, tr, type Locale } from '../i18n';
import { sheetToken, type A1 } from '../plan';
import { cellAt, columnLettersOfNumber, rangeAt } from '../a1';
import { PAIN_ROOT_NEEDS, TYPICAL_PAINS_BY_TITLE } from './method-data';
import { PALETTE } from './palette';
import type { SheetBuilder } from './sheet-builder';

/*
 * The pain sheet's suggestions: a rep picks the person's title and sees that title's typical pains
 * beside the Pain cell, and the Pain dropdown offers exactly those. Every list here suggests and never
 * refuses, because a person's title and pain are their own words; the root need is one of three.
 */

const T = {
  table: text('Typical pains by title (a starting point: confirm the pain with the person)', '按职位的典型痛苦（仅作起点：须与本人核实）'),
  suggestions: text('Typical pains for this title: pick one in the Pain dropdown or type the person’s own', '该职位的典型痛苦：可在“痛苦”下拉列表中选择，或填写对方自己的说法'),
};

/** The most pains any title lists: the width of the table and of the suggestions. */
export const MOST_PAINS_PER_TITLE = Math.max(...TYPICAL_PAINS_BY_TITLE.map((t) => t.pains.length));

export interface TypicalPainsTable {
  /** Title names down column A. */
  readonly titles: A1;
  /** Pains right of each title, one row per title. */
  readonly pains: A1;
  readonly lastRow: number;
}

/** The reference table, written from `headRow` down: a title per row with its typical pains across. */
export function typicalPainsTable(b: SheetBuilder, headRow: number, locale: Locale): TypicalPainsTable {
  b.value(`A${headRow}`, tr(T.table, locale)).style({ range: `A${headRow}`, bold: true });
  const first = headRow + 1;
  TYPICAL_PAINS_BY_TITLE.forEach((title, i) => b.row(`A${first + i}`, [tr(title.label, locale), ...title.pains.map((pain) => tr(pain, locale))]));
  const last = first + TYPICAL_PAINS_BY_TITLE.length - 1;
  b.style({ range: `A${first}:A${last}`, bold: true });
  b.style({ range: rangeAt(2, first, 1 + MOST_PAINS_PER_TITLE, last), wrap: true, fontColor: PALETTE.muted });
  return { titles: `$A$${first}:$A$${last}`, pains: `$B$${first}:$${columnLettersOfNumber(1 + MOST_PAINS_PER_TITLE)}$${last}`, lastRow: last };
}

export interface PainSuggestionCells {
  /** The title's typical pains, one per cell across a row; blank for a title the table does not list. */
  readonly suggestions: A1;
}

/**
 * The title dropdown, the suggestions across `suggestionRow` from column C (labelled in the row
 * above) and the Pain dropdown fed by them. The table may sit further down the sheet: formulas
 * reach it by its absolute address.
 */
export function painSuggestions(
  b: SheetBuilder,
  cells: { readonly title: A1; readonly pain: A1; readonly suggestionRow: number; readonly sheetKey: string },
  table: Pick<TypicalPainsTable, 'titles' | 'pains'>,
  locale: Locale,
): PainSuggestionCells {
  const { title, pain, suggestionRow, sheetKey } = cells;
  b.input(title, { kind: 'list', items: TYPICAL_PAINS_BY_TITLE.map((t) => tr(t.label, locale)), allowOther: true });
  const label = cellAt(3, suggestionRow - 1);
  b.value(label, tr(T.suggestions, locale)).style({ range: label, italic: true, fontColor: PALETTE.muted });
  const fixedTitle = `$${title.replace(/(\d+)$/, '$$$1')}`;
  for (let k = 1; k <= MOST_PAINS_PER_TITLE; k += 1) {
    b.formula(cellAt(2 + k, suggestionRow), `=IF(${fixedTitle}="","",IFERROR(INDEX(${table.pains},MATCH(${fixedTitle},${table.titles},0),${k})&"",""))`);
  }
  const suggestions = rangeAt(3, suggestionRow, 2 + MOST_PAINS_PER_TITLE, suggestionRow);
  b.style({ range: suggestions, italic: true, wrap: true, fill: PALETTE.resultFill });
  const absolute = `$C$${suggestionRow}:$${columnLettersOfNumber(2 + MOST_PAINS_PER_TITLE)}$${suggestionRow}`;
  b.input(pain, { kind: 'listFromRange', source: `${sheetToken(sheetKey)}!${absolute}`, allowOther: true });
  return { suggestions };
}

/** The root need a pain comes back to: one of the three, so a dropdown that only takes those. */
export function rootNeedInput(b: SheetBuilder, cell: A1, locale: Locale): void {
  b.input(cell, { kind: 'list', items: PAIN_ROOT_NEEDS.map((need) => tr(need.label, locale)) });
}
