/**
 * The page header's workbook actions: Undo and Redo (enabled when there is something to take back or
 * redo), Open .xlsx, Download .xlsx, Reset to sample (asked first, in the page), whether the workbook
 * is kept in this browser, and what went wrong when something did. The .xlsx code (ExcelJS) is loaded
 * the first time a file is opened or downloaded.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isDealKitError } from '../shared/errors';
import type { Locale } from '../shared/i18n';
import { fill } from '../shared/ui/texts';
import type { AutosaveStatus } from './autosave';
import { sampleWorkbook, type KeptNotice } from './kept-workbook';
import type { PlaygroundWorkbook } from './playground-workbook';
import { PLAYGROUND_TEXT } from './playground-texts';

type TextId = keyof typeof PLAYGROUND_TEXT;

/** Kept as words to say, not said words, so it follows a change of language. */
interface Notice {
  readonly tone: 'info' | 'error';
  readonly id: TextId;
  readonly file?: string;
  readonly error?: unknown;
}

export interface WorkbookToolbarProps {
  readonly workbook: PlaygroundWorkbook;
  /** Bumped on every change: the buttons' enabled state is read again. */
  readonly version: number;
  readonly locale: Locale;
  /** Null when the browser keeps nothing (keptNotice says why). */
  readonly autosave: AutosaveStatus | null;
  readonly keptNotice: KeptNotice | null;
}

function loadXlsx() {
  return import(/* webpackChunkName: "xlsx" */ './xlsx-file');
}

function reasonOf(error: unknown, locale: Locale): string {
  if (isDealKitError(error)) return error.messageIn(locale);
  return error instanceof Error ? error.message : String(error);
}

export function WorkbookToolbar(props: WorkbookToolbarProps) {
  const { workbook, locale } = props;
  const say = (id: TextId, values: Record<string, string | number> = {}): string => fill(PLAYGROUND_TEXT[id][locale], values);
  const [busy, setBusy] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [keptNoticeShown, setKeptNoticeShown] = useState(props.keptNotice !== null);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The question is where the keyboard goes next: Enter resets, Tab reaches Cancel.
  useEffect(() => {
    if (confirmingReset) confirmButton.current?.focus();
  }, [confirmingReset]);

  const open = async (file: File): Promise<void> => {
    setBusy(true);
    setNotice({ tone: 'info', id: 'opening', file: file.name });
    try {
      const [xlsx, bytes] = await Promise.all([loadXlsx(), file.arrayBuffer()]);
      await xlsx.openXlsx(workbook, new Uint8Array(bytes));
      setNotice({ tone: 'info', id: 'opened', file: file.name });
    } catch (error) {
      setNotice({ tone: 'error', id: 'openFailed', file: file.name, error });
    } finally {
      setBusy(false);
    }
  };

  const download = async (): Promise<void> => {
    setBusy(true);
    setNotice({ tone: 'info', id: 'preparingDownload' });
    try {
      const xlsx = await loadXlsx();
      const bytes = await xlsx.xlsxOf(workbook);
      const fileName = xlsx.downloadFileName();
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: xlsx.XLSX_MIME }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      // The browser has taken the file by the time a minute has passed.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setNotice({ tone: 'info', id: 'downloaded', file: fileName });
    } catch (error) {
      setNotice({ tone: 'error', id: 'downloadFailed', error });
    } finally {
      setBusy(false);
    }
  };

  const reset = (): void => {
    setConfirmingReset(false);
    workbook.replaceWith(sampleWorkbook().serialize());
    setNotice({ tone: 'info', id: 'resetDone' });
  };

  const kept = props.keptNotice;
  return (
    <div class="pg-toolbar-area">
      <div class="pg-toolbar" role="group" aria-label={say('workbookActions')}>
        <button type="button" class="pg-button" data-action="undo" disabled={!workbook.canUndo()} onClick={() => workbook.undo()}>
          {say('undo')}
        </button>
        <button type="button" class="pg-button" data-action="redo" disabled={!workbook.canRedo()} onClick={() => workbook.redo()}>
          {say('redo')}
        </button>
        <span class="pg-toolbar-gap" />
        <button type="button" class="pg-button" data-action="open-xlsx" disabled={busy} onClick={() => fileInput.current?.click()}>
          {say('openXlsx')}
        </button>
        <input
          ref={fileInput}
          id="pg-open-xlsx"
          class="pg-file-input"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            // The same file can be opened again later.
            input.value = '';
            if (file) void open(file);
          }}
        />
        <button type="button" class="pg-button" data-action="download-xlsx" disabled={busy} onClick={() => void download()}>
          {say('downloadXlsx')}
        </button>
        <button type="button" class="pg-button" data-action="reset-sample" disabled={busy} aria-expanded={confirmingReset} onClick={() => setConfirmingReset(true)}>
          {say('resetToSample')}
        </button>
        <SaveStatus status={props.autosave} say={say} />
      </div>
      {confirmingReset ? (
        <div class="pg-confirm" role="group" aria-label={say('resetToSample')}>
          <span>{say('resetQuestion')}</span>
          <button type="button" ref={confirmButton} class="pg-button pg-danger" data-action="reset-confirm" onClick={reset}>
            {say('resetConfirm')}
          </button>
          <button type="button" class="pg-button" data-action="reset-cancel" onClick={() => setConfirmingReset(false)}>
            {say('resetCancel')}
          </button>
        </div>
      ) : null}
      {kept && keptNoticeShown ? (
        <p class="pg-notice pg-notice-error" role="alert" data-notice={kept.kind}>
          {say(kept.kind, { reason: kept.reason[locale] })}
          <button type="button" class="pg-link-button" onClick={() => setKeptNoticeShown(false)}>
            {say('dismiss')}
          </button>
        </p>
      ) : null}
      {notice ? (
        <p class={`pg-notice pg-notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-notice={notice.tone}>
          {say(notice.id, { file: notice.file ?? '', reason: reasonOf(notice.error, locale) })}
        </p>
      ) : null}
    </div>
  );
}

function SaveStatus(props: { status: AutosaveStatus | null; say: (id: TextId, values?: Record<string, string | number>) => string }) {
  const { status, say } = props;
  if (!status) return null;
  const shown =
    status.state === 'idle' ? say('notSavedYet') : status.state === 'pending' ? say('saving') : status.state === 'saved' ? say('saved') : say('saveFailed', { reason: status.reason });
  return (
    <span
      class={`pg-save-status${status.state === 'failed' ? ' is-failed' : ''}`}
      role="status"
      data-autosave={status.state}
      data-saves={status.state === 'saved' ? status.saves : undefined}
    >
      {shown}
    </span>
  );
}
