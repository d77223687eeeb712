import { text } from '../i18n';
import { KEY_QUESTION_IDS, type Criterion, type CriterionTag, type KeyQuestionId } from './types';

/** One criterion as written in a method file: its label in English and Chinese, its tags. */
export type CriterionRow = readonly [en: string, zh: string, tags?: readonly CriterionTag[]];

/** A question set's criteria under the key question each answers, each list in the set's order. */
export type CriterionRows = Readonly<Record<KeyQuestionId, readonly CriterionRow[]>>;

/**
 * The criteria of a numbered question set (TAS.01…, SIG.01…), numbered through the key questions in
 * their order. Written as rows under their key question and built at load, so the functions script
 * carries the labels as data rather than one object literal (or one key-question id) each.
 */
export function numberedCriteria(prefix: string, rows: CriterionRows): readonly Criterion[] {
  return KEY_QUESTION_IDS.flatMap((group) => rows[group].map((row) => [group, ...row] as const)).map(([group, en, zh, tags], i) => ({
    id: `${prefix}.${String(i + 1).padStart(2, '0')}`,
    number: i + 1,
    group,
    label: text(en, zh),
    ...(tags ? { tags } : {}),
  }));
}
