/**
 * The workbook a page opens with: the one kept in this browser when there is one and it reads back,
 * else the sample — and when the sample is only there because keeping failed, a notice saying why,
 * for the page to show.
 */
import { text, type Text } from '../shared/i18n';
import { PlaygroundWorkbook } from './playground-workbook';
import { loadSampleWorkbook, type SampleOptions } from './sample-workbook';
import { serializedWorkbookProblem, type SerializedWorkbook } from './serialized-workbook';
import { openWorkbookStore, type WorkbookStore } from './workbook-store';

export type KeptNotice =
  /** The browser will not keep anything: changes last until the page is closed. */
  | { readonly kind: 'storageUnavailable'; readonly reason: Text }
  /** Something was kept but cannot be loaded: the sample is open, and the next save replaces it. */
  | { readonly kind: 'savedUnreadable'; readonly reason: Text };

export interface KeptWorkbook {
  readonly workbook: PlaygroundWorkbook;
  /** Null when the browser has no store to keep the workbook in. */
  readonly store: WorkbookStore | null;
  readonly notice: KeptNotice | null;
}

/** The sample workbook, with nothing to undo. */
export function sampleWorkbook(options: SampleOptions = {}): PlaygroundWorkbook {
  const workbook = new PlaygroundWorkbook();
  loadSampleWorkbook(workbook, options);
  workbook.clearHistory();
  return workbook;
}

function asText(error: unknown): Text {
  const message = error instanceof Error ? error.message : String(error);
  return text(message, message);
}

/** `sample` says which sample to open when nothing is kept (the page's address may ask for a variant). */
export async function openKeptWorkbook(open: () => Promise<WorkbookStore> = openWorkbookStore, sample: SampleOptions = {}): Promise<KeptWorkbook> {
  let store: WorkbookStore;
  try {
    store = await open();
  } catch (error) {
    return { workbook: sampleWorkbook(sample), store: null, notice: { kind: 'storageUnavailable', reason: asText(error) } };
  }
  const unreadable = (reason: Text): KeptWorkbook => ({ workbook: sampleWorkbook(sample), store, notice: { kind: 'savedUnreadable', reason } });
  let saved: unknown;
  try {
    saved = await store.load();
  } catch (error) {
    return unreadable(asText(error));
  }
  if (saved === undefined) return { workbook: sampleWorkbook(sample), store, notice: null };
  const problem = serializedWorkbookProblem(saved);
  if (problem) return unreadable(problem);
  const workbook = new PlaygroundWorkbook();
  try {
    workbook.loadFresh(saved as SerializedWorkbook);
  } catch (error) {
    return unreadable(asText(error));
  }
  return { workbook, store, notice: null };
}
