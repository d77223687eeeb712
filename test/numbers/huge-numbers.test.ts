import { isDealKitError } from '../../shared/errors';
import { CATALOG, type CatalogEntry } from '../../shared/functions/catalog';
import { helpOf } from '../../shared/functions/help';
import { defaultCallContext, invokeEntry } from '../../shared/functions/invoke';

/**
 * Every example call with one number at a time replaced by `value` (scalars and cells of ranges), and
 * with every number of one range replaced (two deals of 1e308 add up to Infinity).
 */
function spoiledCalls(entry: CatalogEntry, value: number): (readonly unknown[])[] {
  const calls: (readonly unknown[])[] = [];
  for (const example of helpOf(entry).examples) {
    example.args.forEach((arg, a) => {
      if (typeof arg === 'number') calls.push(example.args.map((x, i) => (i === a ? value : x)));
      if (Array.isArray(arg)) {
        const all = (arg as unknown[][]).map((cells) => cells.map((x) => (typeof x === 'number' ? value : x)));
        calls.push(example.args.map((x, i) => (i === a ? all : x)));
        (arg as unknown[][]).forEach((row, r) =>
          row.forEach((cell, c) => {
            if (typeof cell !== 'number') return;
            const grid = (arg as unknown[][]).map((cells, i) => cells.map((x, j) => (i === r && j === c ? value : x)));
            calls.push(example.args.map((x, i) => (i === a ? grid : x)));
          }),
        );
      }
    });
  }
  return calls;
}

describe('huge and tiny numbers in every function', () => {
  it.each(CATALOG.map((entry) => [entry.name, entry] as const))('%s answers or names a user-facing argument', (_name, entry) => {
    const names = entry.params.map((p) => p.name);
    const unnamed: string[] = [];
    for (const value of [1e308, -1e308, 1e16, -1e16]) {
      for (const args of spoiledCalls(entry, value)) {
        try {
          invokeEntry(entry, args, defaultCallContext('en'));
        } catch (error) {
          if (!isDealKitError(error)) throw error;
          const subject = error.subject ?? '';
          if (!names.some((name) => subject === name || subject.startsWith(`${name} `) || subject.startsWith(`${name},`))) {
            unnamed.push(`${JSON.stringify(args)} → [${subject}] ${error.message}`);
          }
        }
      }
    }
    expect(unnamed).toEqual([]);
  });
});
