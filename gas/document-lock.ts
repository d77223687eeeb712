/**
 * How every DealKit server function that writes to the spreadsheet runs: holding the document lock, so
 * two users' operations never interleave, with every write applied before the lock is let go, and with
 * any failure answered as a message in the user's language rather than a bare ScriptError.
 */
import { DealKitError } from '../shared/errors';
import { parseLocale, text, type Locale, type Text } from '../shared/i18n';
import type { BackendResult } from '../shared/workbook/backend';
import { failureOf } from '../shared/workbook/failure';

/** How long a second user's operation waits for the first before giving up with a message. */
const LOCK_WAIT_MS = 30_000;

/** What a user who finds another's operation under way reads. */
export const BUSY_UPDATING = text('Someone else is updating this spreadsheet; try again in a moment.', '其他人正在更新此表格，请稍后重试。');
export const BUSY_SAVING = text('Someone else is saving to this spreadsheet; try again in a moment', '其他人正在保存此表格，请稍后重试');

/**
 * Runs `work` holding the document lock. Apps Script batches spreadsheet writes and applies them when
 * the script flushes or ends; Google's Lock reference asks to call SpreadsheetApp.flush() before
 * releaseLock() "to commit all pending changes"
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()). Without it the next
 * user's operation gets the lock, reads the spreadsheet without this one's writes, and writes over them
 * (two snapshots appended to the same history rows). The flush also runs when `work` fails part-way, so
 * what it did write is there before anyone else reads.
 */
export function withDocumentLock<T>(work: () => T, busy: Text = BUSY_UPDATING): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    throw new DealKitError(busy, 'lock');
  }
  try {
    return work();
  } finally {
    try {
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}

/** A server function's answer: the value, or the failure's message in the user's language (never a bare ScriptError). */
export function guarded<T>(locale: unknown, run: () => T): BackendResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return failureOf<T>(error, uiLocale(locale));
  }
}

/** A server function that writes: under the document lock, its failures as a message. */
export function lockedOperation<T>(locale: unknown, work: () => T, busy: Text = BUSY_UPDATING): BackendResult<T> {
  return guarded(locale, () => withDocumentLock(work, busy));
}

function uiLocale(raw: unknown): Locale {
  return parseLocale(raw) ?? 'en';
}
