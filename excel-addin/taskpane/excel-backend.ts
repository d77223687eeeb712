/**
 * The task pane's Backend over Office.js: every operation is one Excel.run batch run by
 * excel-addin/run-operation.ts. Adding a rep's workbook is the one thing only Excel can do (it inserts
 * sheets from a file), so it sits beside the derived operations.
 */
import type { Locale } from '../../shared/i18n';
import { succeeded, type BackendResult } from '../../shared/workbook/backend';
import { failureOf } from '../../shared/workbook/failure';
import { backendFromRunner, type Backend, type RepWorkbookImport } from '../../shared/workbook/operations';
import { runExcelOperation } from '../run-operation';
import { addRepWorkbook } from './rep-workbook';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function createExcelBackend(run: ExcelRun): Backend & RepWorkbookImport {
  async function action<T>(locale: Locale, batch: (context: Excel.RequestContext) => Promise<T>): Promise<BackendResult<T>> {
    try {
      return succeeded(await run(batch));
    } catch (error) {
      return failureOf<T>(error, locale);
    }
  }
  const operations = backendFromRunner((id, args, locale, onProgress) => action(locale, (context) => runExcelOperation(context, id, args, locale, onProgress ? { onProgress } : {})));
  return {
    ...operations,
    addRepWorkbook: (file, locale) =>
      action(locale, async (context) => {
        await addRepWorkbook(context, file.base64);
        return file.fileName;
      }),
  };
}
