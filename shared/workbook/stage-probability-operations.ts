import { cellA1, quotedCellReference } from '../a1';
import { DealKitError } from '../errors';
import { text } from '../i18n';
import { LOST_STAGE } from '../methods/types';
import { readNumberText } from '../numbers/read-number';
import type { ValueBlock } from '../plan';
import { SETTINGS_NAMES } from '../settings/names';
import { decimalMarkSetting } from '../settings/workbook-values';
import { written, type Operation } from './operation';
import { namedCellValue, namedPlace, type WorkbookReading } from './reading';
import { listShape, numberShape, objectShape, textShape } from './request-shape';

/** One stage's probability as the manager confirmed it: what the panel showed as current, and what replaces it. */
export interface AdoptedProbability {
  readonly code: string;
  readonly from: number;
  readonly to: number;
}

/** A probability written: its stage, the cell (`'DealKit settings'!B11`) and the two values. */
export interface WrittenProbability extends AdoptedProbability {
  readonly cell: string;
}

const ADOPTED_SHAPE = listShape(objectShape({ code: textShape(), from: numberShape, to: numberShape }));

/** Two probabilities the panel and the sheet both show as the same whole percent are the same. */
const SAME = 1e-9;

function percent(value: number): string {
  return `${Math.round(value * 1000) / 10}%`;
}

function probabilityIn(raw: unknown, reading: WorkbookReading): number | undefined {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return undefined;
  const mark = decimalMarkSetting(namedCellValue(reading, SETTINGS_NAMES.decimalMark), namedPlace(reading, SETTINGS_NAMES.decimalMark));
  const read = readNumberText(raw, { decimalMark: mark, percent: true });
  return read.ok ? read.value : undefined;
}

/**
 * Writes the probabilities the manager confirmed into the Settings sheet's stage table: only those
 * cells, as values. Each must still hold what the panel showed, or nothing is written (someone changed
 * the ladder since, and the manager has not seen that); the won stage and LOST keep 100 % and 0 %, and
 * an open stage stays below 100 %, which a ladder range reads as the won stage.
 */
const adoptStageProbabilities: Operation<[adopted: readonly AdoptedProbability[]], readonly WrittenProbability[]> = {
  takes: [['adopted', ADOPTED_SHAPE]],
  reads: () => ({ sheets: 'none', names: [SETTINGS_NAMES.stages, SETTINGS_NAMES.decimalMark] }),
  writes: true,
  run: ([adopted], reading) => {
    const table = reading.names[SETTINGS_NAMES.stages];
    if (!table) {
      throw new DealKitError(
        text('This workbook has no Settings sheet with a stage table: insert the Settings template first.', '本工作簿没有带阶段表的设置表：请先插入设置模板。'),
        SETTINGS_NAMES.stages,
      );
    }
    const rows = table.values.map((cells) =>
      String(cells[0] ?? '')
        .trim()
        .toUpperCase(),
    );
    const changes = adopted.map((change): WrittenProbability => {
      const index = rows.indexOf(change.code.trim().toUpperCase());
      if (index < 0) {
        throw new DealKitError(text(`Stage ${change.code} is not in the Settings sheet's stage table.`, `设置表的阶段表中没有阶段 ${change.code}。`), change.code);
      }
      const cell = quotedCellReference(table.sheet, cellA1(table.row + index, table.column + 1));
      const now = probabilityIn(table.values[index]?.[1], reading);
      if (rows[index] === LOST_STAGE || now === 1 || !(change.to >= 0 && change.to < 1)) {
        throw new DealKitError(
          text(`${change.code}: only an open stage takes the team's probability, from 0 % to below 100 %.`, `${change.code}：只有进行中的阶段可以采用团队的概率，取值 0% 至低于 100%。`),
          cell,
        );
      }
      if (now === undefined || Math.abs(now - change.from) > SAME) {
        const shown = now === undefined ? String(table.values[index]?.[1] ?? '') : percent(now);
        throw new DealKitError(
          text(
            `${cell}: the probability of ${change.code} is now ${shown}, not the ${percent(change.from)} shown. Nothing was written: review the team's probabilities again.`,
            `${cell}：${change.code} 的概率现为 ${shown}，而不是显示的 ${percent(change.from)}。未写入任何内容：请重新查看团队的概率。`,
          ),
          cell,
        );
      }
      return { ...change, cell };
    });
    const values: ValueBlock[] = changes.map((change) => ({ at: cellA1(table.row + rows.indexOf(change.code.trim().toUpperCase()), table.column + 1), rows: [[change.to]] }));
    return written({ sheets: [{ key: 'settings', target: { kind: 'existing', name: table.sheet }, values }] }, changes);
  },
};

export const STAGE_PROBABILITY_OPERATIONS = { adoptStageProbabilities } as const;
