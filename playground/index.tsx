/**
 * The playground: a spreadsheet computed by HyperFormula with the DealKit functions, and beside it the
 * same task pane the Excel add-in and the Sheets sidebar show, working on that spreadsheet.
 */
import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import '../shared/ui/view/base.css';
import '../shared/ui/view/skin-office.css';
import './playground.css';
import { parseLocale } from '../shared/i18n';
import { SETTINGS_NAMES } from '../shared/templates/settings-names';
import { App } from '../shared/ui/view';
import { setDealKitLanguage, dealKitLanguage } from './dealkit-plugin';
import { SpreadsheetGrid } from './grid/spreadsheet-grid';
import { createPlaygroundBackend } from './playground-backend';
import { PlaygroundWorkbook } from './playground-workbook';
import { loadSampleWorkbook } from './sample-workbook';

/** Text results follow the workbook's language setting, as in Excel and Sheets. */
function followWorkbookLanguage(workbook: PlaygroundWorkbook): void {
  const locale = parseLocale(workbook.namedValue(SETTINGS_NAMES.language)) ?? 'en';
  if (locale !== dealKitLanguage.locale) {
    setDealKitLanguage(locale);
    workbook.hf.rebuildAndRecalculate();
  }
}

function Playground() {
  const workbook = useMemo(() => {
    const created = new PlaygroundWorkbook();
    loadSampleWorkbook(created);
    followWorkbookLanguage(created);
    return created;
  }, []);
  const backend = useMemo(() => createPlaygroundBackend(workbook), [workbook]);
  const [version, setVersion] = useState(0);
  const changed = () => {
    followWorkbookLanguage(workbook);
    setVersion((v) => v + 1);
  };
  return (
    <div class="pg-page">
      <header class="pg-header">
        <h1>DealKit playground</h1>
        <p>
          A spreadsheet computed in your browser with the DealKit functions, and the DealKit task pane beside it. Click a cell to see
          its formula; type a formula such as <code>=QUALIFY(E8:E27)</code> and press Enter.
        </p>
      </header>
      <div class="pg-body">
        <main class="pg-workbook" aria-label="Spreadsheet">
          <SpreadsheetGrid workbook={workbook} version={version} onChanged={changed} />
        </main>
        <aside class="pg-pane" aria-label="DealKit task pane">
          <App backend={backend} skin="office" initialLocale="en" onChanged={changed} />
        </aside>
      </div>
    </div>
  );
}

const root = document.getElementById('root');
if (root) render(<Playground />, root);
