import { DealKitError } from '../errors';
import { text, tr, type Locale } from '../i18n';
import type { A1, ValueBlock } from '../plan';
import { parseA1, boxToA1 } from '../a1';
import { cellText, type SheetValues } from '../sheet-values';
import { DEAL_ID_LABEL, dealIdOfSheet } from './deal-sheet';

/**
 * How a wizard reads and writes a deal sheet's Deal ID: at the template's own cell, as a value. A sheet
 * inserted before deal sheets carried the id gets the label too, so the roll-up can find it.
 */

/** The Deal ID the wizard shows: the sheet's, wherever its label sits; '' when it has none. */
export function wizardDealId(sheet: SheetValues): string {
  return dealIdOfSheet(sheet)?.id ?? '';
}

/** Longest id a cell keeps: a pasted paragraph is not an id. */
const MAX_ID_LENGTH = 100;

/** The value blocks that write `dealId` (trimmed) into a deal sheet whose template puts the id at `cell`. */
export function dealIdBlocks(dealId: string, cell: A1, locale: Locale, sheet?: SheetValues): ValueBlock[] {
  const id = dealId.trim();
  if (id.length > MAX_ID_LENGTH) {
    throw new DealKitError(text(`dealId: longer than ${MAX_ID_LENGTH} characters`, `dealId：超过 ${MAX_ID_LENGTH} 个字符`), 'dealId');
  }
  const found = sheet ? dealIdOfSheet(sheet) : undefined;
  // A sheet the rep rearranged keeps its id where its label now is.
  if (found) return [{ at: boxToA1(found.row, found.column, 1, 1), rows: [[id]] }];
  const box = parseA1(cell);
  const labelCell = boxToA1(box.row, box.column - 1, 1, 1);
  const blocks: ValueBlock[] = [{ at: cell, rows: [[id]] }];
  if (sheet && cellText(sheet, labelCell).trim() === '') blocks.unshift({ at: labelCell, rows: [[tr(DEAL_ID_LABEL, locale)]] });
  return blocks;
}
