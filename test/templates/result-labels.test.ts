/** The traffic lights match the words the functions really return, in both languages. */
import { findFunction } from '../../shared/functions/catalog';
import { invokeEntry } from '../../shared/functions/invoke';
import { LOCALES, tr } from '../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../shared/scoring/settings';
import { CONTROL_LIGHTS, STRATEGY_LIGHTS, type LabelLight } from '../../shared/templates/result-labels';

function outputs(name: string, argsList: readonly unknown[][]): Set<string> {
  const entry = findFunction(name)!;
  const seen = new Set<string>();
  for (const locale of LOCALES) for (const args of argsList) seen.add(String(invokeEntry(entry, args, { locale, settings: DEFAULT_SETTINGS })));
  return seen;
}

const labels = (lights: readonly LabelLight[]): Set<string> => new Set(lights.flatMap((l) => LOCALES.map((loc) => tr(l.label, loc))));

describe('result traffic lights', () => {
  it('cover every strategy STRATEGY returns', () => {
    const paths = Array.from({ length: 128 }, (_, n) => Array.from({ length: 7 }, (_, bit) => Boolean(n & (1 << bit))));
    const results = outputs('STRATEGY', paths);
    expect(results.size).toBe(12); // six strategies × two languages
    for (const r of results) expect(labels(STRATEGY_LIGHTS)).toContain(r);
  });

  it('cover every control status CONTROL returns', () => {
    const ticks = [0, 1, 2, 3, 5].map((n) => [Array.from({ length: 12 }, (_, i) => [i < n])]);
    const results = outputs('CONTROL', ticks);
    expect(results.size).toBe(6);
    for (const r of results) expect(labels(CONTROL_LIGHTS)).toContain(r);
  });
});
