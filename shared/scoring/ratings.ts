import { DealKitError } from '../errors';
import { text, type Text } from '../i18n';

/** One rated criterion: `+` known and favourable, `-` known and unfavourable, `?` unknown. */
export type Rating = 'favourable' | 'unfavourable' | 'unknown';

export const RATINGS: readonly Rating[] = ['favourable', 'unfavourable', 'unknown'];

/**
 * Spellings a rep may type, lower-cased. Both rating scales are accepted everywhere because users
 * copy rows between sheets; full-width and typographic signs come from Chinese input methods.
 */
const SPELLINGS: ReadonlyMap<string, Rating> = new Map<string, Rating>(
  (
    [
      ['favourable', ['+', '＋', 'yes', 'y', 'true', '1', '+1', '是']],
      ['unfavourable', ['-', '−', '–', '－', 'no', 'n', 'false', '-1', '−1', '否']],
      ['unknown', ['?', '？', 'unknown', '0', '未知']],
    ] as const
  ).flatMap(([rating, words]) => words.map((word) => [word, rating] as const)),
);

/**
 * Reads one rating as a user typed it. Blank means unknown (METHODOLOGY §1d counts it as a gap);
 * anything else unrecognised is an error naming `row` so the user finds the cell.
 */
export function parseRating(raw: unknown, row: string | Text): Rating {
  if (raw === null || raw === undefined) return 'unknown';
  if (typeof raw === 'boolean') return raw ? 'favourable' : 'unfavourable';
  if (typeof raw === 'number') {
    if (raw === 1) return 'favourable';
    if (raw === -1) return 'unfavourable';
    if (raw === 0) return 'unknown';
  } else if (typeof raw === 'string') {
    const key = raw.trim().toLowerCase();
    if (key === '') return 'unknown';
    const found = SPELLINGS.get(key);
    if (found) return found;
  }
  const shown = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : typeof raw;
  const where = typeof row === 'string' ? text(row, row) : row;
  throw new DealKitError(
    text(
      `${where.en}: "${shown}" is not a rating; use +, - or ? (or yes, no, unknown; blank means unknown)`,
      `${where['zh-CN']}：“${shown}”不是有效评分；请用 +、- 或 ?（或 是、否、未知；空白视为未知）`,
    ),
    where.en,
  );
}

/**
 * Reads a column of ratings. `argument` names the range for the error (e.g. `ours`), and each
 * value's row number is 1-based, as the user counts rows in the range.
 */
export function parseRatings(values: readonly unknown[], argument: string): Rating[] {
  return values.map((value, i) => parseRating(value, text(`${argument} row ${i + 1}`, `${argument} 第 ${i + 1} 行`)));
}
