import { tr, type Locale } from '../i18n';
import type { Term } from '../methods/types';
import { parseKeyPlayer, type KeyPlayerCells } from '../scoring/players';

export type PlayerVocabulary = 'role' | 'layer' | 'attitude' | 'contact';

/**
 * Other words for the same entries, tried when the scoring core does not read the method's own label.
 * The method data and the scoring core each list spellings; until they agree, a dropdown must only
 * offer words SUPPORT and RELATIONSHIP_RISKS read, or a user's pick would turn the summary into an error.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  nonSupporter: ['不支持者', 'Non-supporter'],
  enemy: ['反对者', 'Enemy'],
  none: ['无', 'None'],
  brief: ['简短', 'Brief'],
  several: ['多次', 'Several'],
  deep: ['深入', 'Deep'],
};

function reads(vocabulary: PlayerVocabulary, word: string): boolean {
  const cells: KeyPlayerCells = {
    name: 'x',
    attitude: vocabulary === 'attitude' ? word : 'Neutral',
    influence: 1,
    ...(vocabulary === 'role' ? { roles: word } : {}),
    ...(vocabulary === 'layer' ? { layer: word } : {}),
    ...(vocabulary === 'contact' ? { contact: word } : {}),
  };
  try {
    parseKeyPlayer(cells, 'dropdown');
    return true;
  } catch {
    return false;
  }
}

/** Drops a trailing letter code: "Approver (A)" → "Approver". */
function withoutCode(label: string): string {
  return label.replace(/\s*[（(][A-Z]+[)）]\s*$/, '');
}

/**
 * The dropdown word for each term: the method's label in the workbook's language when the scoring core
 * reads it, else the first variant it does read; terms with no readable word are left out.
 */
export function playerDropdown(vocabulary: PlayerVocabulary, terms: readonly Term[], locale: Locale): string[] {
  const words: string[] = [];
  for (const term of terms) {
    const label = tr(term.label, locale);
    const candidates = [label, withoutCode(label), ...(SYNONYMS[term.id] ?? []).filter((w) => (locale === 'en') === /^[\x20-\x7e]+$/.test(w))];
    const word = candidates.find((w) => reads(vocabulary, w));
    if (word !== undefined && !words.includes(word)) words.push(word);
  }
  return words;
}
