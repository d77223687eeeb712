/**
 * A stand-in for Excel's request context that only counts round trips, for running the per-cell
 * baseline at team sizes where office-addin-mock (a full proxy per range) would take minutes. It answers
 * the baseline's reads from the seeded sheets (sheet list, each sheet's A1 and used range) and accepts
 * every write without modelling it. At the smallest team size the benchmark runs the baseline on both
 * this and the mock and records whether their counts agree.
 */
import type { SheetValues } from '../../shared/sheet-values';
import { parseA1 } from '../../shared/a1';

export interface CountingContext {
  readonly context: Excel.RequestContext;
  readonly counter: { syncs: number };
}

/** Any property is another sink, any call returns one, any assignment is accepted. */
function sink(overrides: Record<string, unknown> = {}): unknown {
  const target = function () {
    return undefined;
  };
  return new Proxy(target, {
    get: (_t, prop) => (typeof prop === 'string' && prop in overrides ? overrides[prop] : sink()),
    set: () => true,
    apply: () => sink(),
  });
}

export function countingContext(sheets: readonly SheetValues[]): CountingContext {
  const counter = { syncs: 0 };
  const names = sheets.map((s) => s.name);
  const byName = (name: string): SheetValues | undefined => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const sheetSink = (name: string): unknown =>
    sink({
      name,
      isNullObject: !byName(name),
      getRange: (address?: string) => {
        const values = byName(name)?.values ?? [];
        if (!address || (address.includes(':') === false && /^[A-Z]+$/.test(address))) return sink({ values: [[]] });
        const box = /^[A-Za-z]+\d+(:[A-Za-z]+\d+)?$/.test(address) ? parseA1(address) : undefined;
        return sink({ values: box ? [[values[box.row]?.[box.column] ?? '']] : [[]] });
      },
      getUsedRangeOrNullObject: () => {
        const values = byName(name)?.values ?? [];
        const width = values.reduce((max, row) => Math.max(max, row.length), 0);
        return sink({
          isNullObject: values.length === 0,
          rowIndex: 0,
          columnIndex: 0,
          rowCount: values.length,
          values: values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? '')),
        });
      },
      charts: sink({ items: [] }),
    });
  const context = sink({
    workbook: sink({
      worksheets: sink({
        items: names.map((name) => ({ name })),
        getItem: sheetSink,
        getItemOrNullObject: sheetSink,
        add: (name: string) => sheetSink(name),
      }),
      names: sink({ items: [], getItemOrNullObject: () => sink({ isNullObject: true }) }),
    }),
    sync: async () => {
      counter.syncs += 1;
    },
  }) as Excel.RequestContext;
  return { context, counter };
}
