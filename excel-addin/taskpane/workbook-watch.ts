/**
 * The task pane hears of edits in the grid through Excel's change event on the worksheet collection:
 * `context.workbook.worksheets.onChanged` fires when the data of any worksheet in the workbook changes
 * (Excel JavaScript API, requirement set ExcelApi 1.9 —
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onchanged-member).
 * A handler lives in the request context it was added in and is removed through that same context
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events). An Excel without 1.9
 * gets no watch: the save still compares the cells and asks.
 */
import type { WatchWorkbook } from '../../shared/ui/workbook-watch';

/** The part of the Excel global the watch needs: a batch, and one that reuses a context a handler was added in. */
export interface ExcelEvents {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export function excelWorkbookWatch(excel: ExcelEvents, supportsChangeEvents: boolean): WatchWorkbook | undefined {
  if (!supportsChangeEvents) return undefined;
  return (onChange) => {
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
    let stopped = false;
    const added = excel
      .run(async (context) => {
        handler = context.workbook.worksheets.onChanged.add(async (event) => {
          // The pane's own saves fire the event too (ExcelApi 1.14 says so; older Excel leaves it out,
          // and the re-read then finds the sheet as the wizard saved it).
          if (!stopped && event.triggerSource !== 'ThisLocalAddin') onChange();
        });
        await context.sync();
      })
      .catch(() => undefined);
    return () => {
      stopped = true;
      void added.then(() => {
        const registered = handler;
        if (!registered) return;
        return excel
          .run(registered.context, async (context) => {
            registered.remove();
            await context.sync();
          })
          .catch(() => undefined);
      });
    };
  };
}
