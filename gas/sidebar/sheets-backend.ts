/**
 * The sidebar's Backend: every operation goes to its generated server function through
 * google.script.run. The server answers with a BackendResult already; a failure of the call itself
 * (timeout, authorisation, a server exception) comes back through the failure handler and is shown
 * with the server's own message.
 */
import { failed, type BackendResult } from '../../shared/workbook/backend';
import { backendFromRunner, serverFunctionName, type Backend } from '../../shared/workbook/operations';

/** The part of google.script.run the sidebar uses: handlers are set per call, then the function is named. */
export interface ScriptRun {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

function isResult(value: unknown): value is BackendResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export function createSheetsBackend(run: () => ScriptRun): Backend {
  // Apps Script answers in one request: there is no progress to report.
  return backendFromRunner(
    (id, args, locale) =>
      new Promise((resolve) => {
        const name = serverFunctionName(id);
        const runner = run()
          // A server that returns anything but a result is a deployment mismatch (old Code.js): say so.
          .withSuccessHandler((result) => resolve(isResult(result) ? (result as never) : failed(`Unexpected answer from ${name}`)))
          .withFailureHandler((error) => resolve(failed(messageOf(error))));
        const serverFunction = runner[name];
        if (typeof serverFunction !== 'function') {
          resolve(failed(`The server function ${name} is missing: push the latest DealKit build`));
          return;
        }
        (serverFunction as (...values: unknown[]) => void).apply(runner, [...args, locale]);
      }),
  );
}
