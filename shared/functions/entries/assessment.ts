import { text, tr, type Locale } from '../../i18n';
import { KEY_QUESTIONS } from '../../methods/key-questions';
import { METHOD_IDS, type MethodId, type QuestionSet } from '../../methods/types';
import { ANSWER_LABELS, assess, VERDICT_LABELS, type AssessmentResult } from '../../scoring/assessment';
import { parseRating, type Rating } from '../../scoring/ratings';
import { argumentError } from '../coerce';
import type { CallContext, Grid, GridSize, ParamSpec } from '../types';
import { defineFunction } from '../types';
import { asColumn, listLength, listOf, rowLabel } from './read';
import { QUESTION_SETS } from '../../methods/question-sets';

const RATINGS_PARAM = {
  name: 'ratings',
  kind: 'range',
  help: text(
    'Our rating of each criterion, one per row in the method’s order: +, -, ? (or yes, no, unknown, 1, -1, 0); blank counts as unknown',
    '我方对每项标准的评分，按方法顺序每行一项：+、-、?(或 yes、no、unknown、1、-1、0)；空白视为未知',
  ),
} as const satisfies ParamSpec;

const METHOD_PARAM = {
  name: 'method',
  kind: 'text',
  optional: true,
  help: text(
    'TAS, SIGNATURE or PPVVC; when omitted it is taken from the number of rows (20 → TAS, 22 → SIGNATURE, 30 → PPVVC)',
    'TAS、SIGNATURE 或 PPVVC；省略时按行数判断(20 行 → TAS，22 行 → SIGNATURE，30 行 → PPVVC)',
  ),
} as const satisfies ParamSpec;

const COMPETITOR_PARAM = {
  name: 'competitor',
  kind: 'range',
  optional: true,
  help: text(
    'The primary competitor’s rating of the same criteria, same rows (TAS rates both sides)',
    '主要竞争对手在相同标准上的评分，行与 ratings 对应(TAS 对双方都评分)',
  ),
} as const satisfies ParamSpec;

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
function assessArguments(ratingsGrid: Grid, method: string | undefined, competitorGrid: Grid | undefined, context: CallContext): AssessmentResult {
  const ours = ratingsOf(ratingsGrid, 'ratings');
  const set = questionSetFor(method, ours.length);
  checkCount(set, ours, 'ratings');
  let theirs: Rating[] | undefined;
  if (competitorGrid !== undefined) {
    theirs = ratingsOf(competitorGrid, 'competitor');
    checkCount(set, theirs, 'competitor');
  }
  return assess(set, ours, theirs, context.settings);
}

function criterionLine(number: number, label: string): string {
  return `${number}. ${label}`;
}

export function gapLines(result: AssessmentResult, locale: Locale): string[] {
  return result.gaps.map((criterion) => criterionLine(criterion.number, tr(criterion.label, locale)));
}

/** A TAS column from signs written five to a key question, `_` for a blank cell. */
function tasColumn(signs: string): (string | null)[][] {
  return [...signs.replace(/\s/g, '')].map((sign) => [sign === '_' ? null : sign]);
}

const ratingsRows = (sizes: readonly (GridSize | undefined)[]): number => (sizes[0] ? listLength(sizes[0]) : 1);

export const QUALIFY = defineFunction({
  name: 'QUALIFY',
  description: text(
    'The verdict on an opportunity assessment: Pursue, Qualify further or Walk away',
    '机会评估的结论：全力争取、继续评估或放弃',
  ),
  params: [RATINGS_PARAM, METHOD_PARAM, COMPETITOR_PARAM],
  result: 'value',
  resultHelp: text(
    'Pursue when all four key questions are Yes; Walk away when "Is there an opportunity?" or "Is it worth winning?" is No; otherwise Qualify further',
    '四个关键问题都为“是”时为全力争取；“商机存在吗?”或“是否值得赢?”为“否”时为放弃；其余为继续评估',
  ),
  examples: [
    {
      args: [tasColumn('+++?? ++?+- ++?+? +++-?')],
      result: 'Pursue',
      note: text('20 TAS ratings: every key question scores at least 0.34', '20 项 TAS 评分：每个关键问题得分都不低于 0.34'),
    },
    {
      args: [tasColumn('++++- +++++ +++++ +++++'), 'TAS'],
      result: 'Walk away',
      note: text('a knock-out: the compelling event (#5) is rated -', '否决项：强制性事件(第 5 项)评为 -'),
    },
    {
      args: [tasColumn('+++++ +???? +++++ +++++')],
      result: 'Qualify further',
      note: text('"Can we compete?" scores 0.2: Unknown', '“我们有能力竞争吗?”得分 0.2：未知'),
    },
  ],
  implement: ([ratings, method, competitor], context) =>
    tr(VERDICT_LABELS[assessArguments(ratings, method, competitor, context).verdict], context.locale),
});

export const ASSESSMENT = defineFunction({
  name: 'ASSESSMENT',
  description: text(
    'The scores of an opportunity assessment, one row per key question',
    '机会评估的得分，每个关键问题一行',
  ),
  params: [RATINGS_PARAM, METHOD_PARAM, COMPETITOR_PARAM],
  result: 'spill',
  resultHelp: text(
    'Four rows (Is it real?, Can we compete?, Can we win?, Worth winning?) of: question, our score (−1 to 1), answer (Yes / No / Unknown), competitor score, advantage (ours − theirs), unknown count; the competitor columns are blank without competitor ratings',
    '四行(商机存在吗?、能竞争吗?、能赢吗?、值得赢吗?)，每行依次为：问题、我方得分(−1 到 1)、回答(是/否/未知)、竞争对手得分、优势(我方减对方)、未知项数；未给出竞争对手评分时竞争对手两列为空',
  ),
  examples: [
    {
      args: [tasColumn('+++?? +-??? +++++ ++-++'), 'TAS', tasColumn('+-??? +++++ ----- ?????')],
      result: [
        ['Is there an opportunity? (Is it real?)', 0.6, 'Yes', 0, 0.6, 2],
        ['Can we compete?', 0, 'Unknown', 1, -1, 3],
        ['Can we win?', 1, 'Yes', -1, 2, 0],
        ['Is it worth winning?', 0.6, 'Yes', 0, 0.6, 0],
      ],
    },
  ],
  resultSize: () => ({ rows: KEY_QUESTIONS.length, columns: 6 }),
  implement: ([ratings, method, competitor], context) => {
    const result = assessArguments(ratings, method, competitor, context);
    return result.keyQuestions.map((question) => {
      const label = KEY_QUESTIONS.find((q) => q.id === question.id)?.label ?? text(question.id, question.id);
      return [
        tr(label, context.locale),
        question.score,
        tr(ANSWER_LABELS[question.answer], context.locale),
        question.competitorScore ?? '',
        question.advantage ?? '',
        question.unknownCount,
      ];
    });
  },
});

export const GAPS = defineFunction({
  name: 'GAPS',
  description: text(
    'The criteria rated unknown — the information to find first — most important first',
    '评为未知的标准(需优先补齐的信息)，按重要性排序',
  ),
  params: [RATINGS_PARAM, METHOD_PARAM],
  result: 'spill',
  resultHelp: text(
    'One row per unknown criterion, "number. criterion", in key-question order; "No gaps" when every criterion is rated',
    '每个未知标准一行，格式为“编号. 标准”，按关键问题顺序排列；全部已评分时显示“没有信息缺口”',
  ),
  examples: [
    {
      args: [tasColumn('++++? +++++ +?+++ ?++++')],
      result: [['5. Compelling event'], ['12. Executive credibility'], ['16. Short-term revenue']],
    },
  ],
  resultSize: (sizes) => ({ rows: ratingsRows(sizes), columns: 1 }),
  implement: ([ratings, method], context) => {
    const lines = gapLines(assessArguments(ratings, method, undefined, context), context.locale);
    return lines.length === 0 ? tr(text('No gaps', '没有信息缺口'), context.locale) : asColumn(lines);
  },
});
