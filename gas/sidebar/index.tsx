/**
 * The Google Sheets sidebar: the shared wizard UI in Google's add-on look, talking to the Apps Script
 * server through google.script.run. The menu item that opened it names the panel to start on.
 */
import { render } from 'preact';
import '../../shared/ui/view/base.css';
import '../../shared/ui/view/skin-google.css';
import { parseLocale } from '../../shared/i18n';
import { parsePanel } from '../../shared/ui/app-state';
import { App } from '../../shared/ui/view';
import { createSheetsBackend, type ScriptRun } from './sheets-backend';
import { sidebarWorkbookWatch } from './workbook-watch';

interface SidebarWindow {
  google?: { script?: { run?: ScriptRun } };
  DEALKIT_START_PANEL?: unknown;
}

const host = window as unknown as SidebarWindow;

function scriptRun(): ScriptRun {
  const run = host.google?.script?.run;
  if (!run) throw new Error('google.script.run is not available: open DealKit from the Extensions menu of a spreadsheet');
  return run;
}

function mount(): void {
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <App
      backend={createSheetsBackend(scriptRun)}
      skin="google"
      initialLocale={parseLocale(navigator.language) ?? (navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en')}
      initialPanel={parsePanel(host.DEALKIT_START_PANEL)}
      watchWorkbook={sidebarWorkbookWatch(window)}
    />,
    root,
  );
}

// The server appends the start-panel script after this bundle: mount once the whole page has been read.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
else mount();
