/**
 * Saves the workbook a moment after each change (a burst of changes is one save), and reports how
 * the last save went, so the page can say "saved" or why not.
 */
import type { PlaygroundWorkbook } from './playground-workbook';
import type { WorkbookStore } from './workbook-store';

export const AUTOSAVE_DELAY_MS = 400;

export type AutosaveStatus =
  { readonly state: 'idle' } | { readonly state: 'pending' } | { readonly state: 'saved'; readonly saves: number } | { readonly state: 'failed'; readonly reason: string };

export interface Autosave {
  /** Saves now what is waiting (the page calls it when it is being hidden or closed). */
  flush(): void;
  stop(): void;
}

export function startAutosave(workbook: PlaygroundWorkbook, store: WorkbookStore, onStatus: (status: AutosaveStatus) => void, delayMs = AUTOSAVE_DELAY_MS): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saves = 0;
  /** A save running, and whether a change came in meanwhile (saved once it is done). */
  let running: Promise<void> | undefined;
  let again = false;

  const save = (): void => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    let state;
    try {
      state = workbook.serialize();
    } catch (error) {
      onStatus({ state: 'failed', reason: reasonOf(error) });
      return;
    }
    running = store.save(state).then(
      () => {
        saves += 1;
        if (!again && timer === undefined) onStatus({ state: 'saved', saves });
      },
      (error: unknown) => onStatus({ state: 'failed', reason: reasonOf(error) }),
    );
    void running.finally(() => {
      running = undefined;
      if (again) {
        again = false;
        save();
      }
    });
  };

  const unsubscribe = workbook.onChange(() => {
    onStatus({ state: 'pending' });
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });

  return {
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      save();
    },
    stop() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
