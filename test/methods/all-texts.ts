import type { Text } from '../../shared/i18n';

export interface FoundText {
  readonly path: string;
  readonly value: Text;
}

function isText(v: unknown): v is Text {
  return typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>).en === 'string' && typeof (v as Record<string, unknown>)['zh-CN'] === 'string';
}

/** Every bilingual text reachable from a module's exports, with where it was found. */
export function allTexts(root: Readonly<Record<string, unknown>>): FoundText[] {
  const found: FoundText[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: string): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (isText(v)) {
      found.push({ path, value: v });
      return;
    }
    for (const [k, child] of Object.entries(v)) walk(child, `${path}.${k}`);
  };
  for (const [name, value] of Object.entries(root)) walk(value, name);
  return found;
}
