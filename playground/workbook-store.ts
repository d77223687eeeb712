/**
 * Where the playground keeps its workbook between visits: one record in the browser's IndexedDB
 * (no library: one database, one store, one key). Every failure is reported to the caller, which
 * tells the user; nothing here falls back silently.
 */
import type { SerializedWorkbook } from './serialized-workbook';

const DATABASE = 'dealkit-playground';
const STORE = 'workbook';
const KEY = 'current';

export interface WorkbookStore {
  /** What was kept, unchecked (it may come from an older page or be damaged); undefined when nothing was. */
  load(): Promise<unknown>;
  save(state: SerializedWorkbook): Promise<void>;
}

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens the store; rejects when this browser has no IndexedDB or will not open it (private windows, blocked storage). */
export async function openWorkbookStore(): Promise<WorkbookStore> {
  const factory: IDBFactory | undefined = typeof indexedDB === 'undefined' ? undefined : (indexedDB ?? undefined);
  if (!factory) throw new Error('IndexedDB is not available in this browser');
  const open = factory.open(DATABASE, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE);
  };
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('IndexedDB could not be opened'));
    open.onblocked = () => reject(new Error('IndexedDB is held by another tab of this page'));
  });
  return {
    load: () => settled(database.transaction(STORE, 'readonly').objectStore(STORE).get(KEY)),
    save: (state) =>
      new Promise<void>((resolve, reject) => {
        const transaction = database.transaction(STORE, 'readwrite');
        transaction.objectStore(STORE).put(state, KEY);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB could not save'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB dropped the save'));
      }),
  };
}
