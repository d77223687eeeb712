import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TeamProgress } from '../wizard-team';
import { TEAM_TEXT, type TeamTextId } from '../team-texts';
import { fill, UI_TEXT } from '../texts';
import { useLocaleTools } from './locale-context';

/** Small parts of the Team panel: the roll-up's progress line, the rep-workbook picker, the CSV hand-over. */

export function useTeamText(): (id: TeamTextId, values?: Readonly<Record<string, string | number>>) => string {
  const { locale } = useLocaleTools();
  return (id, values) => (values ? fill(TEAM_TEXT[id][locale], values) : TEAM_TEXT[id][locale]);
}

const STEP_TEXT: Readonly<Record<TeamProgress, TeamTextId>> = {
  request: 'stepOneRequest',
  reading: 'stepReading',
  computing: 'stepComputing',
  writing: 'stepWriting',
  done: 'stepDone',
};

const STEPS: readonly TeamProgress[] = ['reading', 'computing', 'writing', 'done'];

/** Seen at a glance without colour; screen readers get aria-current instead. */
const MARKS = { done: '✓', current: '→', todo: '·' } as const;

/**
 * While a roll-up runs: Excel and the playground report each step; an Apps Script call is one request,
 * so the sidebar says what that request does.
 */
export function RollUpProgress(props: { progress: TeamProgress | null }) {
  const tt = useTeamText();
  const { progress } = props;
  return (
    <div class="dk-progress" role="status" aria-live="polite" aria-label={tt('progressLabel')} data-progress={progress ?? ''}>
      {progress === null ? null : progress === 'request' ? (
        <p class="dk-progress-step">{tt('stepOneRequest')}</p>
      ) : (
        <ol class="dk-progress-steps" style={{ listStyle: 'none', paddingLeft: 0 }}>
          {STEPS.map((step) => {
            const index = STEPS.indexOf(step);
            const at = STEPS.indexOf(progress);
            const state = index < at || progress === 'done' ? 'done' : index === at ? 'current' : 'todo';
            return (
              <li key={step} class={`dk-progress-${state}`} data-step-state={state} aria-current={state === 'current' ? 'step' : undefined}>
                <span aria-hidden="true">{MARKS[state]} </span>
                {tt(STEP_TEXT[step])}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

/** The file's content as base64, the form Office.js inserts worksheets from. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : url);
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** A picked file as the controller takes it: its name now, its content when the call starts. */
export interface PickedFile {
  readonly name: string;
  read(): Promise<string>;
}

/** Excel only: pick a rep's .xlsx; its sheets are inserted before the next roll-up. */
export function RepWorkbookPicker(props: { busy: boolean; onPick: (file: PickedFile) => void }) {
  const tt = useTeamText();
  return (
    <div class="dk-rep-workbook">
      <h3 class="dk-section-title">{tt('addWorkbookTitle')}</h3>
      <p class="dk-hint" id="dk-rep-workbook-hint">
        {tt('addWorkbookHint')}
      </p>
      <label class="dk-field" for="dk-rep-workbook">
        <span>{tt('addWorkbookLabel')}</span>
        <input
          id="dk-rep-workbook"
          type="file"
          class="dk-input"
          data-action="add-rep-workbook"
          aria-describedby="dk-rep-workbook-hint"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={props.busy}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (!file) return;
            // The same file can be picked again later (a rep sends an update): forget this choice.
            input.value = '';
            props.onPick({ name: file.name, read: () => readAsBase64(file) });
          }}
        />
      </label>
    </div>
  );
}

function downloadsLikelyBlocked(): boolean {
  return typeof document === 'undefined' || !('download' in document.createElement('a'));
}

/**
 * The exported CSV as a download link and, for hosts whose pane cannot download files (some desktop
 * task panes, sandboxed sidebars), as read-only text to copy.
 */
export function CsvHandOver(props: { csv: string; fileName: string }) {
  const { locale } = useLocaleTools();
  const tt = useTeamText();
  const url = useMemo(() => {
    try {
      return URL.createObjectURL(new Blob(['\ufeff', props.csv], { type: 'text/csv;charset=utf-8' }));
    } catch {
      return null;
    }
  }, [props.csv]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  const [open, setOpen] = useState(url === null || downloadsLikelyBlocked());
  return (
    <div class="dk-csv">
      {url ? (
        <a class="dk-link" href={url} download={props.fileName} data-action="download-csv">
          {fill(UI_TEXT.download[locale], { file: props.fileName })}
        </a>
      ) : null}
      <details open={open} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>{tt('showCsv')}</summary>
        <label class="dk-field" for="dk-csv-text">
          <span>{tt('csvCopyLabel')}</span>
          <textarea id="dk-csv-text" class="dk-input dk-csv-text" readOnly rows={6} value={props.csv} aria-describedby="dk-csv-hint" />
        </label>
        <p class="dk-hint" id="dk-csv-hint">
          {tt('csvCopyHint')}
        </p>
      </details>
    </div>
  );
}
