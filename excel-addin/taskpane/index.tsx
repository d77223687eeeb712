/**
 * The Excel task pane: the shared wizard UI in Office's Fluent look, over Office.js. It mounts once
 * Office is ready (the shared runtime also hosts the custom functions in this page).
 */
import { render } from 'preact';
import '../../shared/ui/view/base.css';
import '../../shared/ui/view/skin-office.css';
import { parseLocale } from '../../shared/i18n';
import { App } from '../../shared/ui/view';
import { createExcelBackend } from './excel-backend';
import { reenterUnresolvedFormulas } from './unresolved-formulas';
import { excelWorkbookWatch } from './workbook-watch';

function displayLocale(): 'en' | 'zh-CN' {
  let language = '';
  try {
    language = Office.context.displayLanguage ?? '';
  } catch {
    language = navigator.language;
  }
  return parseLocale(language) ?? (language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
}

void Office.onReady(() => {
  const root = document.getElementById('app');
  if (!root) return;
  // Cells Excel left as #NAME? because the file was saved before the add-in resolved them: the same
  // formulas, entered again. A failure leaves them as they were, which the user sees in the cells.
  void (async () => Excel.run((context) => reenterUnresolvedFormulas(context)))().catch(() => undefined);
  const watchWorkbook = excelWorkbookWatch(Excel, Office.context.requirements.isSetSupported('ExcelApi', '1.9'));
  render(<App backend={createExcelBackend((batch) => Excel.run(batch))} skin="office" initialLocale={displayLocale()} {...(watchWorkbook ? { watchWorkbook } : {})} />, root);
});
