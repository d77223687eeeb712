import type { ExcelRun } from '../../excel-addin/taskpane/excel-backend';
import type { ExcelMock } from '../../fakes/excel-mock';

/**
 * Excel.run over the mock, as the task pane calls it: each batch starts with no proxies or queued
 * requests left from the one before, as a real request context would.
 */
export function runOnMock(mock: ExcelMock): ExcelRun {
  return async (batch) => {
    try {
      return await mock.Excel.run(batch);
    } finally {
      mock.model.proxies.length = 0;
      mock.model.pending.length = 0;
    }
  };
}
