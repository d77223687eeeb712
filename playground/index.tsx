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
import type { WatchWorkbook } from '../shared/ui/workbook-watch';
import { ChartLayer } from './charts/chart-layer';
import { startAutosave, type AutosaveStatus } from './autosave';
import { SpreadsheetGrid } from './grid/spreadsheet-grid';
import { openKeptWorkbook, type KeptWorkbook } from './kept-workbook';
import { createPlaygroundBackend } from './playground-backend';
import { PLAYGROUND_TEXT } from './playground-texts';
import { manyDeals } from './large-pipeline';
import type { SampleDeal, SampleOptions } from './sample-workbook';
import { StartHere } from './start-here';
import { WorkbookToolbar } from './workbook-toolbar';

/** `?history=none` opens the sample without its snapshot history, for starting one from nothing. */
function sampleHistoryWanted(): boolean {
  return new URLSearchParams(window.location.search).get('history') !== 'none';
}

/** `?deals=1000` opens the playground on a pipeline of that many made-up deals (at most 5,000). */
function dealsAsked(): SampleDeal[] | undefined {
  const asked = Number(new URLSearchParams(window.location.search).get('deals'));
  return Number.isInteger(asked) && asked > 0 ? manyDeals(Math.min(asked, 5000)) : undefined;
}

/** The sample the page's address asks for, when nothing is kept in the browser. */
function sampleAsked(): SampleOptions {
  return { history: sampleHistoryWanted(), deals: dealsAsked() };
}

function Playground(props: { kept: KeptWorkbook }) {
  const { workbook, store } = props.kept;
  const backend = useMemo(() => createPlaygroundBackend(workbook), [workbook]);
  const [version, setVersion] = useState(0);
  const [locale, setLocale] = useState<Locale>('en');
  const [autosave, setAutosave] = useState<AutosaveStatus | null>(store ? { state: 'idle' } : null);
  const say = (id: keyof typeof PLAYGROUND_TEXT): string => PLAYGROUND_TEXT[id][locale];
  const changed = () => setVersion((v) => v + 1);
  // Only the grid's edits (and sheet switches) are news to the pane; its own saves would loop back to it.
  const gridWatchers = useMemo(() => new Set<() => void>(), []);
  const watchWorkbook = useMemo<WatchWorkbook>(
    () => (onChange) => {
      gridWatchers.add(onChange);
      return () => gridWatchers.delete(onChange);
    },
    [gridWatchers],
  );
  const gridChanged = () => {
    changed();
    for (const onChange of gridWatchers) onChange();
  };

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
        <StartHere locale={locale} />
      </header>
      <div class="pg-body">
        <main class="pg-workbook" aria-label={say('spreadsheet')}>
          <SpreadsheetGrid
            workbook={workbook}
            version={version}
            onChanged={gridChanged}
            locale={locale}
            overlay={(cellTopLeft) => <ChartLayer workbook={workbook} version={version} cellTopLeft={cellTopLeft} />}
          />
        </main>
        <aside class="pg-pane" aria-label={say('pane')}>
          <App backend={backend} skin="office" initialLocale="en" onChanged={changed} onLocaleChange={setLocale} watchWorkbook={watchWorkbook} />
        </aside>
      </div>
    </div>
  );
}

const root = document.getElementById('root');
if (root) void openKeptWorkbook(undefined, sampleAsked()).then((kept) => render(<Playground kept={kept} />, root));
