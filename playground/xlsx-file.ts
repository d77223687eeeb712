/**
 * The page's .xlsx actions, loaded on first use (ExcelJS is large, and the first paint does not need
 * it): the workbook as a file to download, and a file opened into the workbook as one undoable change.
 */
import { todayIso } from '../shared/pipeline/dates';
import type { PlaygroundWorkbook } from './playground-workbook';
import { workbookToXlsx } from './xlsx-download';
import { xlsxToWorkbook } from './xlsx-open';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function downloadFileName(): string {
  return `dealkit-playground-${todayIso()}.xlsx`;
}

export function xlsxOf(workbook: PlaygroundWorkbook): Promise<Uint8Array> {
  return workbookToXlsx(workbook);
}

/** Reads the file, then replaces the workbook with it; a file that cannot be read changes nothing (DealKitError says why). */
export async function openXlsx(workbook: PlaygroundWorkbook, bytes: Uint8Array): Promise<void> {
  workbook.replaceWith(await xlsxToWorkbook(bytes));
}
