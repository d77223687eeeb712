import { STRATEGIES, type StrategyId } from '../methods/strategy-path';
import { VERDICTS, VERDICT_LABELS, type Verdict } from './assessment';

/*
 * QUALIFY and STRATEGY write words, not ids, into cells; whatever reads a deal's sheets back must map the
 * word to its id. Workbooks written before a label changed still hold the old word, so each reader also
 * accepts the labels earlier versions wrote.
 */

/** The Chinese verdict "Walk away" was 放弃 until the Disengage strategy kept that word for itself. */
const RETIRED_VERDICT_WORDS: readonly (readonly [string, Verdict])[] = [['放弃', 'walkAway']];

function normalise(word: string): string {
  return word.trim().toLowerCase().replace(/\s+/g, ' ');
}

function table<Id extends string>(rows: readonly (readonly [string, Id])[]): ReadonlyMap<string, Id> {
  return new Map(rows.map(([word, id]) => [normalise(word), id]));
}

const VERDICT_WORDS = table<Verdict>([...VERDICTS.flatMap((id) => [[VERDICT_LABELS[id].en, id] as const, [VERDICT_LABELS[id]['zh-CN'], id] as const]), ...RETIRED_VERDICT_WORDS]);

const STRATEGY_WORDS = table<StrategyId>(STRATEGIES.flatMap((s) => [[s.label.en, s.id] as const, [s.label['zh-CN'], s.id] as const]));

/** The verdict a QUALIFY cell shows, in either language or an earlier spelling; null for anything else. */
export function readVerdict(word: string): Verdict | null {
  return VERDICT_WORDS.get(normalise(word)) ?? null;
}

/** The strategy a STRATEGY cell shows, in either language; null for anything else. */
export function readStrategy(word: string): StrategyId | null {
  return STRATEGY_WORDS.get(normalise(word)) ?? null;
}

/** Old spellings a reader accepts, so a check for retired words can tell a reader's alias from a shown text. */
export const RETIRED_RESULT_WORDS: readonly string[] = RETIRED_VERDICT_WORDS.map(([word]) => word);
