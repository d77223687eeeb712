/**
 * The playground: a spreadsheet computed by HyperFormula with the DealKit functions, and beside it the
 * same task pane the Excel add-in and the Sheets sidebar show, working on that spreadsheet. The
 * workbook is kept in this browser (autosave) and comes back on reload; the page renders once it is
 * loaded, so the task pane never reads a workbook about to be replaced.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import '../shared/ui/view/base.css';
import '../shared/ui/view/skin-office.css';
import './playground.css';
import type { Locale } from '../shared/i18n';
import { App } from '../shared/ui/view';
import { startAutosave, type AutosaveStatus } from './autosave';
import { SpreadsheetGrid } from './grid/spreadsheet-grid';
import { openKeptWorkbook, type KeptWorkbook } from './kept-workbook';
import { createPlaygroundBackend } from './playground-backend';
import { PLAYGROUND_TEXT } from './playground-texts';
import { WorkbookToolbar } from './workbook-toolbar';

function Playground(props: { kept: KeptWorkbook }) {
  const { workbook, store } = props.kept;
  const backend = useMemo(() => createPlaygroundBackend(workbook), [workbook]);
  const [version, setVersion] = useState(0);
  const [locale, setLocale] = useState<Locale>('en');
  const [autosave, setAutosave] = useState<AutosaveStatus | null>(store ? { state: 'idle' } : null);
  const say = (id: keyof typeof PLAYGROUND_TEXT): string => PLAYGROUND_TEXT[id][locale];
  const changed = () => setVersion((v) => v + 1);

  useEffect(() => {
    const unsubscribe = workbook.onChange(changed);
    return () => void unsubscribe();
  }, [workbook]);

  useEffect(() => {
    if (!store) return undefined;
    const saver = startAutosave(workbook, store, setAutosave);
    // A change made just before the tab is closed or hidden is saved then rather than lost.
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') saver.flush();
    };
    const flush = () => saver.flush();
    document.addEventListener('visibilitychange', flushWhenHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', flushWhenHidden);
      window.removeEventListener('pagehide', flush);
      saver.stop();
    };
  }, [workbook, store]);

  return (
    <div class="pg-page">
      <header class="pg-header" lang={locale}>
        <h1>{say('title')}</h1>
        <p>
          {say('introBefore')}
          <code>=QUALIFY(E8:E27)</code>
          {say('introAfter')}
        </p>
        <WorkbookToolbar workbook={workbook} version={version} locale={locale} autosave={autosave} keptNotice={props.kept.notice} />
      </header>
      <div class="pg-body">
        <main class="pg-workbook" aria-label={say('spreadsheet')}>
          <SpreadsheetGrid workbook={workbook} version={version} onChanged={changed} locale={locale} />
        </main>
        <aside class="pg-pane" aria-label={say('pane')}>
          <App backend={backend} skin="office" initialLocale="en" onChanged={changed} onLocaleChange={setLocale} />
        </aside>
      </div>
    </div>
  );
}

const root = document.getElementById('root');
if (root) void openKeptWorkbook().then((kept) => render(<Playground kept={kept} />, root));
