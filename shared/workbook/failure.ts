import { isDealKitError } from '../errors';
import type { Locale } from '../i18n';
import { failed, type BackendResult } from './backend';
import { isSaveConflictError } from './save-conflict';

/** A failure as the user should read it: the core's own message in the UI's language, with the cells a refused save found changed. */
export function failureOf<T>(error: unknown, locale: Locale): BackendResult<T> {
  if (isSaveConflictError(error)) {
    const message = error.messageIn(locale);
    return error.subject === undefined ? { ok: false, message, conflicts: error.conflicts } : { ok: false, message, subject: error.subject, conflicts: error.conflicts };
  }
  if (isDealKitError(error)) return failed(error.messageIn(locale), error.subject);
  return failed(error instanceof Error ? error.message : String(error));
}
