/**
 * A google.script.run for the built Sheets sidebar that holds every call until the test releases it.
 * A test sees the call pending, checks what the sidebar shows meanwhile, then lets the answer come:
 * what it checks cannot depend on how fast the page or the machine is.
 */
import type { Page } from 'playwright-core';

/** What a server function answers once released: its BackendResult, or a failure as Apps Script reports one. */
export type ScriptAnswer = { readonly result: unknown } | { readonly failure: string };

/** A server function's name and the arguments the sidebar called it with. */
export type ScriptCall = [name: string, args: unknown[]];

/** The page's side: window.__heldScriptRun. Only a type here, as page.evaluate sends its function as source. */
interface HeldWindow {
  readonly __heldScriptRun: {
    readonly calls: ScriptCall[];
    readonly pending: { readonly name: string }[];
    release(name: string): boolean;
  };
}

/** The init script: google.script.run knows the functions in `answers`; each call waits for releaseCall. */
export function heldScriptRun(answers: Readonly<Record<string, ScriptAnswer>>): string {
  return `
    (() => {
      const answers = ${JSON.stringify(answers)};
      const held = { calls: [], pending: [] };
      held.release = (name) => {
        const index = held.pending.findIndex((call) => call.name === name);
        if (index < 0) return false;
        held.pending.splice(index, 1)[0].answer();
        return true;
      };
      window.__heldScriptRun = held;
      function runner() {
        let onOk = () => {}, onFail = () => {};
        const r = {
          withSuccessHandler(f) { onOk = f; return r; },
          withFailureHandler(f) { onFail = f; return r; },
        };
        for (const name of Object.keys(answers)) {
          r[name] = (...args) => {
            held.calls.push([name, args]);
            const answer = answers[name];
            held.pending.push({ name, answer: () => ('failure' in answer ? onFail(new Error(answer.failure)) : onOk(answer.result)) });
          };
        }
        return r;
      }
      window.google = { script: {} };
      Object.defineProperty(window.google.script, 'run', { get: runner });
    })();
  `;
}

/** Waits until the sidebar has called `name` and the call is still unanswered. */
export async function waitForPendingCall(page: Page, name: string): Promise<void> {
  await page.waitForFunction((wanted) => (window as unknown as Partial<HeldWindow>).__heldScriptRun?.pending.some((call) => call.name === wanted) === true, name);
}

/** Answers the oldest pending call of `name`; there must be one. */
export async function releaseCall(page: Page, name: string): Promise<void> {
  const released = await page.evaluate((wanted) => (window as unknown as HeldWindow).__heldScriptRun.release(wanted), name);
  if (!released) throw new Error(`no pending ${name} call to release`);
}

/** Every call the sidebar made, answered or not, in order. */
export async function scriptCalls(page: Page): Promise<ScriptCall[]> {
  return page.evaluate(() => (window as unknown as HeldWindow).__heldScriptRun.calls);
}
