/**
 * The playground's Backend: every operation run by the shared runner over the HyperFormula workbook
 * in the page, as the Apps Script server runs them over SpreadsheetApp.
 */
import { backendFromRunner, type Backend } from '../shared/workbook/operations';
import { runOperationNow } from '../shared/workbook/run-operation';
import type { PlaygroundWorkbook } from './playground-workbook';

export function createPlaygroundBackend(workbook: PlaygroundWorkbook): Backend {
  // Answer on a later tick, as a real host does, so the view goes through its busy state. One
  // operation is one change: one undo takes back everything it wrote.
  return backendFromRunner((id, args, locale) => new Promise((resolve) => setTimeout(() => resolve(workbook.change(() => runOperationNow(workbook.host(), id, args, locale))), 0)));
}
