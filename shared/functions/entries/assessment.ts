import { text, tr, type Locale } from '../../i18n';
import { KEY_QUESTIONS } from '../../methods/key-questions';
import { METHOD_IDS, type KeyQuestion, type MethodId, type QuestionSet } from '../../methods/types';
import { ANSWER_LABELS, scoreRatings, VERDICT_LABELS, type AssessmentScores } from '../../scoring/assessment';
import { parseRating, type Rating } from '../../scoring/ratings';
import { argumentError } from '../coerce';
import type { CallContext, Grid } from '../types';
import { defineFunction, optionalParam, rangeParam } from '../types';
import { asColumn, listOf, rowLabel } from './read';
import { QUESTION_SETS } from '../../methods/question-sets';

const RATINGS_PARAM = rangeParam('ratings');

const METHOD_PARAM = optionalParam('method', 'text');

const COMPETITOR_PARAM = optionalParam('competitor', 'range');

/** The question set named by `method`, or the one whose length matches the rows given. */
export function questionSetFor(method: string | undefined, rowCount: number): QuestionSet {
  const sets = METHOD_IDS.map((id) => QUESTION_SETS[id]);
  const known = sets.map((set) => set.id).join(', ');
  if (method !== undefined) {
    const id = method.trim().toUpperCase();
    const set = (METHOD_IDS as readonly string[]).includes(id) ? QUESTION_SETS[id as MethodId] : undefined;
    if (!set) throw argumentError('method', `'${method}' is not a method; use ${known}`, `“${method}”不是可用的方法；请用 ${known}`);
    return set;
  }
  const matching = sets.filter((set) => set.criteria.length === rowCount);
  if (matching.length === 1) return matching[0];
  const counts = sets.map((set) => `${set.criteria.length} → ${set.id}`).join(', ');
  throw argumentError(
    'method',
    `not given, and ${rowCount} rows of ratings match no single method (${counts}); name the method, e.g. "TAS"`,
    `未指定，且 ${rowCount} 行评分无法对应到唯一的方法(${counts})；请写明方法，例如 "TAS"`,
  );
}

function ratingsOf(grid: Grid, argument: string): Rating[] {
  return listOf(grid, argument).map((cell, i) => parseRating(cell, rowLabel(argument, i + 1)));
}

function checkCount(set: QuestionSet, ratings: readonly Rating[], argument: string): void {
  const expected = set.criteria.length;
  if (ratings.length === expected) return;
  throw argumentError(
    argument,
    `${set.id} has ${expected} criteria, one rating per row, but the range has ${ratings.length} rows`,
    `${set.id} 共有 ${expected} 项标准，每行一个评分，但该区域有 ${ratings.length} 行`,
  );
}

/** Reads and scores an assessment; every message names `ratings`, `method` or `competitor`. */
function assessArguments(ratingsGrid: Grid, method: string | undefined, competitorGrid: Grid | undefined, context: CallContext): AssessmentScores {
  const ours = ratingsOf(ratingsGrid, 'ratings');
  const set = questionSetFor(method, ours.length);
  checkCount(set, ours, 'ratings');
  let theirs: Rating[] | undefined;
  if (competitorGrid !== undefined) {
    theirs = ratingsOf(competitorGrid, 'competitor');
    checkCount(set, theirs, 'competitor');
  }
  return scoreRatings(set, ours, theirs, context.settings);
}

function criterionLine(number: number, label: string): string {
  return `${number}. ${label}`;
}

export function gapLines(result: AssessmentScores, locale: Locale): string[] {
  return result.gaps.map((criterion) => criterionLine(criterion.number, tr(criterion.label, locale)));
}

export const QUALIFY = defineFunction({
  name: 'QUALIFY',
  reads: ['assessment'],
  params: [RATINGS_PARAM, METHOD_PARAM, COMPETITOR_PARAM],
  result: 'value',
  implement: ([ratings, method, competitor], context) => tr(VERDICT_LABELS[assessArguments(ratings, method, competitor, context).verdict], context.locale),
});

export const ASSESSMENT = defineFunction({
  name: 'ASSESSMENT',
  reads: ['assessment'],
  params: [RATINGS_PARAM, METHOD_PARAM, COMPETITOR_PARAM],
  result: 'spill',
  implement: ([ratings, method, competitor], context) => {
    const result = assessArguments(ratings, method, competitor, context);
    return result.keyQuestions.map((question) => {
      // Every key question of a result is one of KEY_QUESTIONS (the methods test pins the four).
      const label = (KEY_QUESTIONS.find((q) => q.id === question.id) as KeyQuestion).label;
      return [tr(label, context.locale), question.score, tr(ANSWER_LABELS[question.answer], context.locale), question.competitorScore ?? '', question.advantage ?? '', question.unknownCount];
    });
  },
});

export const GAPS = defineFunction({
  name: 'GAPS',
  reads: ['assessment'],
  params: [RATINGS_PARAM, METHOD_PARAM],
  result: 'spill',
  implement: ([ratings, method], context) => {
    const lines = gapLines(assessArguments(ratings, method, undefined, context), context.locale);
    return lines.length === 0 ? tr(text('No gaps', '没有信息缺口'), context.locale) : asColumn(lines);
  },
});
