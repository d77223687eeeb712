import { DealKitError } from '../errors';
import { text, type Text } from '../i18n';
import { KEY_QUESTION_IDS, type Criterion, type KeyQuestionId, type QuestionSet } from '../methods';
import { RATINGS, type Rating } from './ratings';
import { criterionWeight, DEFAULT_SETTINGS, knockOutKind, type KnockOutKind, type ScoringSettings } from './settings';

/** A key question's answer (METHODOLOGY §1d). */
export type Answer = 'yes' | 'no' | 'unknown';
export const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];

/** What the four answers say to do with the deal (METHODOLOGY §1d). */
export type Verdict = 'pursue' | 'qualifyFurther' | 'walkAway';
export const VERDICTS: readonly Verdict[] = ['pursue', 'qualifyFurther', 'walkAway'];

export const ANSWER_LABELS: Readonly<Record<Answer, Text>> = {
  yes: text('Yes', '是'),
  no: text('No', '否'),
  unknown: text('Unknown', '未知'),
};

export const VERDICT_LABELS: Readonly<Record<Verdict, Text>> = {
  pursue: text('Pursue', '全力争取'),
  qualifyFurther: text('Qualify further', '继续评估'),
  walkAway: text('Walk away', '退出'),
};

export interface AssessedItem {
  readonly criterion: Criterion;
  readonly rating: Rating;
  /** The primary competitor's rating, when competitor ratings were given. */
  readonly competitorRating?: Rating;
  readonly weight: number;
  /** What a `-` here does (METHODOLOGY §1d): hard makes the key question No whatever its score, soft holds it at Unknown at best. */
  readonly knockOut: KnockOutKind | null;
}

export interface KeyQuestionResult {
  readonly id: KeyQuestionId;
  /** Weighted sum of item scores ÷ weight total, in [−1, 1]; 0 when the group has no weight at all. */
  readonly score: number;
  readonly answer: Answer;
  /** A hard knock-out criterion of this group is rated `-`: the answer is No. */
  readonly knockedOut: boolean;
  /** A soft knock-out criterion of this group is rated `-`: the answer is Unknown at best. */
  readonly capped: boolean;
  /** The knock-out criteria rated `-`, hard and soft, in criterion order. */
  readonly knockOuts: readonly Criterion[];
  readonly itemCount: number;
  /** Our `?` (or blank) items: information gaps. */
  readonly unknownCount: number;
  /** How many of our items are `+` (unweighted, as the 3:1 rule counts them). */
  readonly favourableCount: number;
  /** The competitor's score on the same scale, or null without competitor ratings. */
  readonly competitorScore: number | null;
  readonly competitorFavourableCount: number | null;
  /** Our score minus the competitor's, or null without competitor ratings. */
  readonly advantage: number | null;
  /** This group alone gives the 3:1 lead (see `leadOver`), or null without competitor ratings. */
  readonly lead: boolean | null;
}

export interface LeadResult {
  /** The "3:1 lead" competitive strategy asks for (METHODOLOGY §1d, §2 step 3). */
  readonly hasLead: boolean;
  /** Key questions where our favourable count beats theirs by the group rule. */
  readonly groups: readonly KeyQuestionId[];
  /** Our favourable count overall is at least `lead.ratio` times theirs. */
  readonly overall: boolean;
  readonly favourableCount: number;
  readonly competitorFavourableCount: number;
}

export interface AssessmentResult {
  readonly setId: QuestionSet['id'];
  readonly items: readonly AssessedItem[];
  /** In priority order: real, compete, win, worth. */
  readonly keyQuestions: readonly KeyQuestionResult[];
  readonly answers: Readonly<Record<KeyQuestionId, Answer>>;
  readonly verdict: Verdict;
  /** Our unknown criteria, most important first: key question order, then criterion order. */
  readonly gaps: readonly Criterion[];
  /** Null when no competitor ratings were given. */
  readonly lead: LeadResult | null;
}

function checkRatings(set: QuestionSet, ratings: readonly Rating[], argument: string): void {
  const expected = set.criteria.length;
  if (ratings.length !== expected) {
    throw new DealKitError(
      text(
        `${argument}: expected ${expected} ratings, one per ${set.id} criterion, but got ${ratings.length}`,
        `${argument}：应有 ${expected} 个评分（${set.id} 每项标准一个），实际为 ${ratings.length} 个`,
      ),
      argument,
    );
  }
  ratings.forEach((rating, i) => {
    if (!RATINGS.includes(rating)) {
      throw new DealKitError(text(`${argument} row ${i + 1}: "${rating}" is not a rating`, `${argument} 第 ${i + 1} 行：“${rating}”不是有效评分`), `${argument} row ${i + 1}`);
    }
  });
}

function itemScore(rating: Rating, settings: ScoringSettings): number {
  return settings.itemScores[rating];
}

function groupScore(items: readonly AssessedItem[], pick: (item: AssessedItem) => Rating, settings: ScoringSettings): number {
  let sum = 0;
  let total = 0;
  for (const item of items) {
    sum += item.weight * itemScore(pick(item), settings);
    total += item.weight;
  }
  if (total === 0) return 0;
  // Rounding can push a full-marks sum a hair past ±1; the documented range is [−1, 1].
  return Math.max(-1, Math.min(1, sum / total));
}

function answerFor(score: number, knockedOut: boolean, capped: boolean, settings: ScoringSettings): Answer {
  if (knockedOut) return 'no';
  if (score >= settings.answerThresholds.yes) return capped ? 'unknown' : 'yes';
  if (score <= settings.answerThresholds.no) return 'no';
  return 'unknown';
}

/**
 * The 3:1 rule on favourable counts. METHODOLOGY words the group test as "advantage ≥ 2× the
 * competitor's favourable count", which on counts is ours − theirs ≥ 2 × theirs, i.e. 3:1 within
 * the group. A rival with no favourable rating is counted as holding one: "3:1 over nothing" would
 * otherwise be met by a single `+` of ours (or even none in the group test), which is no evidence
 * of the clear superiority a frontal attack needs. So with a blank rival a group lead needs 2 of
 * our `+` in it, and the overall lead needs 3.
 */
export function leadOver(ours: number, theirs: number, settings: ScoringSettings = DEFAULT_SETTINGS): { group: boolean; overall: boolean } {
  const rival = Math.max(theirs, 1);
  return {
    group: ours - theirs >= settings.lead.groupAdvantageMultiple * rival,
    overall: ours >= settings.lead.ratio * rival,
  };
}

/**
 * Scores an opportunity assessment by METHODOLOGY §1d: one rating per criterion of `set`, in the
 * set's order, for us and optionally for the primary competitor.
 */
export function assess(set: QuestionSet, ours: readonly Rating[], theirs?: readonly Rating[], settings: ScoringSettings = DEFAULT_SETTINGS): AssessmentResult {
  checkRatings(set, ours, 'ours');
  if (theirs !== undefined) checkRatings(set, theirs, 'theirs');
  return scoreCheckedRatings(set, ours, theirs, settings);
}

/** An assessment without the 3:1 lead, the counts it is judged on and the knock-outs, which no function shows: what `scoreRatings` gives. */
export type AssessmentScores = Omit<AssessmentResult, 'keyQuestions' | 'lead'> & {
  readonly keyQuestions: readonly Omit<KeyQuestionResult, 'lead' | 'favourableCount' | 'competitorFavourableCount' | 'knockOuts' | 'itemCount' | 'knockedOut' | 'capped'>[];
};

/**
 * `assess` for ratings already known to be valid and one per criterion: the functions parse every
 * rating and check the counts against their own arguments, naming those, before they score.
 */
export function scoreCheckedRatings(set: QuestionSet, ours: readonly Rating[], theirs: readonly Rating[] | undefined, settings: ScoringSettings): AssessmentResult {
  const scores = scoreRatings(set, ours, theirs, settings);
  const keyQuestions: KeyQuestionResult[] = scores.keyQuestions.map((q) => {
    const group = scores.items.filter((item) => item.criterion.group === q.id);
    const favourableCount = group.filter((item) => item.rating === 'favourable').length;
    const competitorFavourableCount = theirs === undefined ? null : group.filter((item) => theirRating(item) === 'favourable').length;
    const knockOuts = group.filter((item) => item.knockOut !== null && item.rating === 'unfavourable');
    return {
      ...q,
      knockedOut: knockOuts.some((item) => item.knockOut === 'hard'),
      capped: knockOuts.some((item) => item.knockOut === 'soft'),
      knockOuts: knockOuts.map((item) => item.criterion),
      itemCount: group.length,
      favourableCount,
      competitorFavourableCount,
      lead: competitorFavourableCount === null ? null : leadOver(favourableCount, competitorFavourableCount, settings).group,
    };
  });

  let lead: LeadResult | null = null;
  if (theirs !== undefined) {
    const favourableCount = scores.items.filter((item) => item.rating === 'favourable').length;
    const competitorFavourableCount = scores.items.filter((item) => theirRating(item) === 'favourable').length;
    const groups = keyQuestions.filter((q) => q.lead === true).map((q) => q.id);
    const overall = leadOver(favourableCount, competitorFavourableCount, settings).overall;
    lead = { hasLead: overall || groups.length > 0, groups, overall, favourableCount, competitorFavourableCount };
  }

  return { ...scores, keyQuestions, lead };
}

function theirRating(item: AssessedItem): Rating {
  return item.competitorRating ?? 'unknown';
}

/** `scoreCheckedRatings` without the lead: the key questions, answers, verdict and gaps the functions show. */
export function scoreRatings(set: QuestionSet, ours: readonly Rating[], theirs: readonly Rating[] | undefined, settings: ScoringSettings): AssessmentScores {
  const items: AssessedItem[] = set.criteria.map((criterion, i) => {
    const rating = ours[i] as Rating;
    const base = { criterion, rating, weight: criterionWeight(settings, criterion.id), knockOut: knockOutKind(criterion, settings) };
    return theirs === undefined ? base : { ...base, competitorRating: theirs[i] as Rating };
  });

  const keyQuestions = KEY_QUESTION_IDS.map((id) => {
    const group = items.filter((item) => item.criterion.group === id);
    const score = groupScore(group, (item) => item.rating, settings);
    const knocked = (kind: KnockOutKind): boolean => group.some((item) => item.knockOut === kind && item.rating === 'unfavourable');
    const competitorScore = theirs === undefined ? null : groupScore(group, theirRating, settings);
    return {
      id,
      score,
      answer: answerFor(score, knocked('hard'), knocked('soft'), settings),
      unknownCount: group.filter((item) => item.rating === 'unknown').length,
      competitorScore,
      advantage: competitorScore === null ? null : score - competitorScore,
    };
  });

  const answers = Object.fromEntries(keyQuestions.map((q) => [q.id, q.answer])) as Record<KeyQuestionId, Answer>;
  const verdict: Verdict = answers.real === 'no' || answers.worth === 'no' ? 'walkAway' : KEY_QUESTION_IDS.every((id) => answers[id] === 'yes') ? 'pursue' : 'qualifyFurther';

  // Items are in the set's order, which is criterion-number order (numbered by position), so each group's gaps come out sorted.
  const gaps = KEY_QUESTION_IDS.flatMap((id) => items.filter((item) => item.criterion.group === id && item.rating === 'unknown').map((item) => item.criterion));

  return { setId: set.id, items, keyQuestions, answers, verdict, gaps };
}
