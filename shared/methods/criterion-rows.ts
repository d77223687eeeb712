import { text } from '../i18n';
import type { Criterion, CriterionTag, KeyQuestionId } from './types';

/** One criterion as written in a method file: its key question, its label in English and Chinese, its tags. */
export type CriterionRow = readonly [group: KeyQuestionId, en: string, zh: string, tags?: readonly CriterionTag[]];

/**
 * The criteria of a numbered question set (TAS.01…, SIG.01…), in order. Written as rows and built at
 * load, so the functions script carries the labels as data rather than one object literal each.
 */
export function numberedCriteria(prefix: string, rows: readonly CriterionRow[]): readonly Criterion[] {
  return rows.map(([group, en, zh, tags], i) => ({
    id: `${prefix}.${String(i + 1).padStart(2, '0')}`,
    number: i + 1,
    group,
    label: text(en, zh),
    ...(tags ? { tags } : {}),
  }));
}
