import { startAutosave, type AutosaveStatus } from '../../playground/autosave';
import { openKeptWorkbook, sampleWorkbook } from '../../playground/kept-workbook';
import type { PlaygroundWorkbook } from '../../playground/playground-workbook';
import type { SerializedWorkbook } from '../../playground/serialized-workbook';
import type { WorkbookStore } from '../../playground/workbook-store';
import { SAMPLE_DEALS } from '../../playground/sample-workbook';
import { pipelineFunnelTemplate } from '../../shared/templates';
import { parseA1 } from '../../shared/a1';

/**
 * Keeping the playground workbook in the browser, over a stand-in for IndexedDB: what a page opens
 * with (the kept workbook, or the sample and a notice saying why), and autosave (one save per burst
 * of changes, and a failed save reported, not swallowed).
 */
const FUNNEL = pipelineFunnelTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout;
const ACCOUNT = `${FUNNEL.columns.account}${FUNNEL.firstRow}`;

function memoryStore(kept?: unknown): WorkbookStore & { saved: SerializedWorkbook[]; failWith?: Error } {
  const store = {
    saved: [] as SerializedWorkbook[],
    failWith: undefined as Error | undefined,
    load: () => Promise.resolve(store.saved.length ? store.saved[store.saved.length - 1] : kept),
    save: (state: SerializedWorkbook) => (store.failWith ? Promise.reject(store.failWith) : (store.saved.push(state), Promise.resolve())),
  };
  return store;
}

function account(workbook: PlaygroundWorkbook): unknown {
  const box = parseA1(ACCOUNT);
  return workbook.snapshot('Pipeline', false)?.values[box.row][box.column];
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the condition holds (a slow machine only makes the test slower). */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 10_000) throw new Error('timed out');
    await wait(10);
  }
}

describe('the workbook a playground page opens with', () => {
  it('the kept workbook when there is one, with nothing to undo', async () => {
    const edited = sampleWorkbook();
    edited.setCellInput('Pipeline', ACCOUNT, 'Kept account');
    const kept = await openKeptWorkbook(() => Promise.resolve(memoryStore(edited.serialize())));
    expect(kept.notice).toBeNull();
    expect(account(kept.workbook)).toBe('Kept account');
    expect(kept.workbook.canUndo()).toBe(false);
  });

  it('the sample, with no notice, the first time', async () => {
    const kept = await openKeptWorkbook(() => Promise.resolve(memoryStore()));
    expect(kept.notice).toBeNull();
    expect(kept.store).not.toBeNull();
    expect(account(kept.workbook)).toBe(SAMPLE_DEALS[0].account);
    expect(kept.workbook.canUndo()).toBe(false);
  });

  it('the sample and a notice when the browser keeps nothing', async () => {
    const kept = await openKeptWorkbook(() => Promise.reject(new Error('IndexedDB is not available in this browser')));
    expect(kept.store).toBeNull();
    expect(kept.notice).toEqual({ kind: 'storageUnavailable', reason: { en: 'IndexedDB is not available in this browser', 'zh-CN': 'IndexedDB is not available in this browser' } });
    expect(account(kept.workbook)).toBe(SAMPLE_DEALS[0].account);
  });

  it.each([
    [
      'damaged',
      { format: 'dealkit-playground-workbook', version: 1, sheets: [{ name: 'A', cells: [[{ nested: true }]] }], names: [], extras: {}, activeSheet: 'A' },
      /holds cells of an unknown kind/,
    ],
    ['from another version', { format: 'dealkit-playground-workbook', version: 2 }, /another version of this page \(2\)/],
    ['not a workbook', 'hello', /not a DealKit playground workbook/],
  ])('the sample and a notice, in both languages, when the kept copy is %s', async (_case, saved, reason) => {
    const kept = await openKeptWorkbook(() => Promise.resolve(memoryStore(saved)));
    expect(kept.notice?.kind).toBe('savedUnreadable');
    expect(kept.notice?.reason.en).toMatch(reason);
    expect(kept.notice?.reason['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(account(kept.workbook)).toBe(SAMPLE_DEALS[0].account);
  });

  it('the sample and a notice when the kept copy cannot be read at all', async () => {
    const store = memoryStore();
    store.load = () => Promise.reject(new Error('The operation failed for reasons unrelated to the database itself'));
    const kept = await openKeptWorkbook(() => Promise.resolve(store));
    expect(kept.notice).toMatchObject({ kind: 'savedUnreadable', reason: { en: 'The operation failed for reasons unrelated to the database itself' } });
  });
});

describe('autosave', () => {
  it('saves once after a burst of changes, and the saved copy opens as the workbook', async () => {
    const workbook = sampleWorkbook();
    const store = memoryStore();
    const statuses: AutosaveStatus[] = [];
    const saver = startAutosave(workbook, store, (status) => statuses.push(status), 20);
    workbook.setCellInput('Pipeline', ACCOUNT, 'one');
    workbook.setCellInput('Pipeline', ACCOUNT, 'two');
    workbook.undo();
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'pending', 'pending']);
    await until(() => store.saved.length > 0);
    // Well past the delay again: the burst stays one save.
    await wait(100);
    expect(store.saved).toHaveLength(1);
    expect(statuses[statuses.length - 1]).toEqual({ state: 'saved', saves: 1 });
    const reopened = await openKeptWorkbook(() => Promise.resolve(store));
    expect(account(reopened.workbook)).toBe('one');
    saver.stop();
  });

  it('flush saves what is waiting at once; stop ends saving', async () => {
    const workbook = sampleWorkbook();
    const store = memoryStore();
    const saver = startAutosave(workbook, store, () => undefined, 60_000);
    workbook.setCellInput('Pipeline', ACCOUNT, 'closing');
    saver.flush();
    await until(() => store.saved.length > 0);
    saver.stop();
    workbook.setCellInput('Pipeline', ACCOUNT, 'after stop');
    saver.flush();
    await wait(0);
    expect(store.saved).toHaveLength(1);
  });

  it('a save the browser refuses is reported with its reason', async () => {
    const workbook = sampleWorkbook();
    const store = memoryStore();
    store.failWith = new Error('QuotaExceededError: the quota has been exceeded');
    const statuses: AutosaveStatus[] = [];
    const saver = startAutosave(workbook, store, (status) => statuses.push(status), 10);
    workbook.setCellInput('Pipeline', ACCOUNT, 'too big');
    await until(() => statuses[statuses.length - 1].state === 'failed');
    expect(statuses[statuses.length - 1]).toEqual({ state: 'failed', reason: 'QuotaExceededError: the quota has been exceeded' });
    saver.stop();
  });
});
