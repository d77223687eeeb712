import { LOCALES, text, tr, type Locale } from '../i18n';
import type { A1 } from '../plan';
import type { StrategyId } from '../methods/strategy-path';
import { cellAt, columnLettersOfNumber, parseCellNumbers } from '../a1';
import { STRATEGIES, STRATEGY_GUIDES } from './method-data';
import { PALETTE, lightColours } from './palette';
import { STRATEGY_LIGHTS } from './result-labels';
import type { SheetBuilder } from './sheet-builder';

const T = {
  strategy: text('Strategy', '策略'),
  needs: text('What it needs to work (the recommended one is highlighted)', '所需条件（建议策略高亮显示）'),
};

export interface StrategyConditionRow {
  readonly id: StrategyId;
  readonly label: A1;
  readonly needs: A1;
}

export interface StrategyConditionsOptions {
  /** The cell STRATEGY answers in: the row of the strategy it names is highlighted. */
  readonly answer: A1;
  /** The table's header row; one row per strategy follows it. */
  readonly headerRow: number;
  /** Column number of the strategy names; its conditions go in the next column. */
  readonly labelColumn: number;
  readonly locale: Locale;
}

/**
 * Every competitive strategy with what it needs to work, so a rep reads the recommended one's
 * conditions beside the answer and sees why the others were not chosen. The answer follows the
 * host's language, which may change after the sheet is inserted: the highlight matches either.
 */
export function strategyConditionsTable(b: SheetBuilder, options: StrategyConditionsOptions): readonly StrategyConditionRow[] {
  const { answer, headerRow, labelColumn, locale } = options;
  const needsColumn = labelColumn + 1;
  const { column: answerColumn, row: answerRow } = parseCellNumbers(answer);
  const fixedAnswer = `$${columnLettersOfNumber(answerColumn)}$${answerRow}`;
  b.value(cellAt(labelColumn, headerRow), tr(T.strategy, locale)).value(cellAt(needsColumn, headerRow), tr(T.needs, locale));
  b.style({ range: `${cellAt(labelColumn, headerRow)}:${cellAt(needsColumn, headerRow)}`, bold: true, fill: PALETTE.headerFill, wrap: true });
  return STRATEGIES.map((strategy, i) => {
    const row = headerRow + 1 + i;
    const label = cellAt(labelColumn, row);
    const needs = cellAt(needsColumn, row);
    b.value(label, tr(strategy.label, locale)).value(needs, tr(STRATEGY_GUIDES[strategy.id].needs, locale));
    b.style({ range: needs, wrap: true });
    const names = [...new Set(LOCALES.map((l) => tr(strategy.label, l)))];
    const light = STRATEGY_LIGHTS.find((l) => l.label === strategy.label)?.light ?? 'blue';
    b.conditional({
      range: `${label}:${needs}`,
      rule: { kind: 'formula', formula: `=OR(${names.map((name) => `${fixedAnswer}="${name.replace(/"/g, '""')}"`).join(',')})` },
      ...lightColours(light),
    });
    return { id: strategy.id, label, needs };
  });
}
