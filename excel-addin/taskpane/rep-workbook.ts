/**
 * Adding a rep's .xlsx (read by the task pane's file picker as base64) before a roll-up: every sheet
 * of it goes at the end of the workbook. Excel names a taken sheet name "Name (2)" itself, so no sheet
 * is touched.
 */
import { DealKitError } from '../../shared/errors';
import { text } from '../../shared/i18n';

/**
 * Inserting sheets from a file needs ExcelApi 1.13 (Excel 2021 and later, Microsoft 365, Excel on the
 * web); older Excel would fail with a bare API error, so the task pane says what is missing instead.
 */
export function repWorkbookImportSupported(): boolean {
  try {
    return typeof Office === 'undefined' || Office.context?.requirements?.isSetSupported('ExcelApi', '1.13') !== false;
  } catch {
    return false;
  }
}

export const REP_WORKBOOK_UNSUPPORTED = text(
  'This version of Excel cannot insert sheets from a file (it needs Excel 2021, Microsoft 365 or Excel on the web); copy the rep’s sheets in by hand, then roll up.',
  '此版本的 Excel 无法从文件插入工作表（需要 Excel 2021、Microsoft 365 或 Excel 网页版）；请手动复制该销售代表的工作表，然后再汇总。',
);

export async function addRepWorkbook(context: Excel.RequestContext, base64: string): Promise<void> {
  if (!repWorkbookImportSupported()) throw new DealKitError(REP_WORKBOOK_UNSUPPORTED, 'file');
  context.workbook.insertWorksheetsFromBase64(base64, { positionType: 'End' });
  await context.sync();
}
