/**
 * What the grid offers while a formula is typed: the functions whose names start with what is being
 * typed (DealKit's first, with their description in the UI language), and the argument help of the
 * function whose arguments the caret is in.
 */
import { CATALOG, findFunction } from '../../shared/functions/catalog';
import { helpOf, paramHelp } from '../../shared/functions/help';
import { tr, type Locale } from '../../shared/i18n';

export interface FunctionSuggestion {
  readonly name: string;
  /** DealKit functions only: the catalog's description. */
  readonly description?: string;
}

export interface NameBeingTyped {
  readonly start: number;
  readonly end: number;
  readonly prefix: string;
}

export interface ArgumentHint {
  readonly name: string;
  readonly description: string;
  readonly params: readonly { readonly label: string; readonly current: boolean }[];
  /** Help of the argument the caret is in; undefined past the last one. */
  readonly help?: string;
}

const MAX_SUGGESTIONS = 8;

/** Whether the text ends inside a "quoted string" (its quotes doubled inside). */
function endsInString(text: string): boolean {
  let inside = false;
  for (const char of text) if (char === '"') inside = !inside;
  return inside;
}

/** The name at the caret of a formula, when it can only be a function name being typed. */
export function nameBeingTyped(draft: string, caret: number): NameBeingTyped | null {
  if (!draft.startsWith('=')) return null;
  const before = draft.slice(0, caret);
  if (endsInString(before)) return null;
  const match = /[A-Za-z_][A-Za-z0-9_.]*$/.exec(before);
  if (!match) return null;
  const start = caret - match[0].length;
  // After a sheet name (Sheet1!A) or a range colon (A1:B) it is a reference, not a function.
  if (!/[=+\-*/^&(,;<>\s]/.test(before[start - 1] ?? '')) return null;
  return { start, end: caret, prefix: match[0] };
}

/** DealKit's functions matching the prefix, then the engine's own (names only), at most eight. */
export function suggestFunctions(prefix: string, builtInNames: readonly string[], locale: Locale): FunctionSuggestion[] {
  const wanted = prefix.toUpperCase().replace(/^DEAL\./, '');
  if (wanted === '') return [];
  const ours = CATALOG.filter((entry) => entry.name.startsWith(wanted)).map((entry) => ({ name: entry.name, description: tr(helpOf(entry).description, locale) }));
  const taken = new Set<string>(CATALOG.map((entry) => entry.name));
  const theirs = builtInNames
    .filter((name) => name.startsWith(wanted) && !taken.has(name) && !name.startsWith('DEAL.'))
    .sort()
    .map((name) => ({ name }));
  return [...ours, ...theirs].slice(0, MAX_SUGGESTIONS);
}

/** The draft with the typed name replaced by the chosen function and its opening bracket; the caret goes after it. */
export function acceptSuggestion(draft: string, typed: NameBeingTyped, name: string): { draft: string; caret: number } {
  const rest = draft.slice(typed.end);
  const opener = rest.startsWith('(') ? '' : '(';
  const head = `${draft.slice(0, typed.start)}${name}${opener}`;
  return { draft: `${head}${rest}`, caret: head.length + (opener ? 0 : 1) };
}

/** The innermost function call the caret is in, and which of its arguments. */
export function callAtCaret(draft: string, caret: number): { name: string; argIndex: number } | null {
  if (!draft.startsWith('=')) return null;
  const calls: { name: string; argIndex: number }[] = [];
  let inString = false;
  for (let i = 1; i < caret && i < draft.length; i += 1) {
    const char = draft[i];
    if (char === '"') inString = !inString;
    if (inString) continue;
    if (char === '(') {
      const name = /[A-Za-z_][A-Za-z0-9_.]*$/.exec(draft.slice(0, i))?.[0] ?? '';
      calls.push({ name, argIndex: 0 });
    } else if (char === ')') calls.pop();
    else if ((char === ',' || char === ';') && calls.length > 0) calls[calls.length - 1].argIndex += 1;
  }
  const innermost = calls[calls.length - 1];
  return innermost && innermost.name ? innermost : null;
}

/** The argument help of a DealKit function call, in the UI language; null for any other function. */
export function argumentHint(call: { name: string; argIndex: number }, locale: Locale): ArgumentHint | null {
  const entry = findFunction(call.name);
  if (!entry) return null;
  const current = entry.params[call.argIndex];
  return {
    name: entry.name,
    description: tr(helpOf(entry).description, locale),
    params: entry.params.map((param, i) => ({ label: param.optional ? `[${param.name}]` : param.name, current: i === call.argIndex })),
    help: current ? tr(paramHelp(entry, current), locale) : undefined,
  };
}
