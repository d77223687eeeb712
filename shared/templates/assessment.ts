import { text, tr, type Locale, type Text } from '../i18n';
import { criterionGuidance } from '../methods/criteria-guidance';
import { QUESTION_SET_NAMES } from '../methods/method-names';
import type { A1 } from '../plan';
import { dealkitCall } from './dealkit-call';
import { KEY_QUESTION_IDS, type MethodId, type QuestionSet } from '../methods/types';
import { DealKitError } from '../errors';
import { cellAt, columnLettersOfNumber, rangeAt } from '../a1';
import { KEY_QUESTIONS, NOT_IN_CONTROL_SIGNS, PPVVC_SECTIONS, PRIME_CHECKLIST, TEMPLATE_QUESTION_SETS } from './method-data';
import { PALETTE, lightColours } from './palette';
import { ANSWER_LIGHTS, CONTROL_LIGHTS, STRATEGY_LIGHTS, VERDICT_LIGHTS } from './result-labels';
import { SETTINGS_NAMES } from '../settings/names';
import { SheetBuilder } from './sheet-builder';
import { strategyConditionsTable, type StrategyConditionRow } from './strategy-conditions';
import { dealBasicsBlock, type DealBasicsLayout } from './deal-basics';
import { lightRules, type TemplateSheetBuild } from './template-build';
import { DEAL_ID_LABEL } from '../deals/deal-sheet';

export const ASSESSMENT_SHEET_KEY = 'assessment';

export interface AssessmentOptions {
  readonly method: MethodId;
  readonly locale: Locale;
}

export type AssessmentHeaderField = 'account' | 'opportunity' | 'competitor' | 'owner' | 'date';

/** The seven answers STRATEGY takes, in its argument order (METHODOLOGY §2). */
export type StrategyInput = 'compelling' | 'canCompete' | 'lead' | 'canChangeCriteria' | 'canFragment' | 'positionToProtect' | 'futureValue';
export const STRATEGY_INPUTS: readonly StrategyInput[] = ['compelling', 'canCompete', 'lead', 'canChangeCriteria', 'canFragment', 'positionToProtect', 'futureValue'];

export interface AssessmentLayout {
  readonly method: MethodId;
  readonly sheetKey: string;
  readonly header: Readonly<Record<AssessmentHeaderField, A1>>;
  /** The Deal ID beside its label (shared/deals/deal-sheet.ts): what joins the sheet to its pipeline row. */
  readonly dealId: A1;
  readonly criteria: readonly {
    readonly id: string;
    readonly number: number;
    readonly row: number;
    readonly rating: A1;
    readonly competitorRating?: A1;
    readonly notes: A1;
  }[];
  /** The rating column, one row per criterion: QUALIFY's first argument. */
  readonly ratings: A1;
  readonly competitorRatings?: A1;
  readonly notes: A1;
  /** The words the rating dropdown offers, favourable / unfavourable / unknown. */
  readonly ratingWords: readonly [string, string, string];
  readonly verdict: A1;
  /** Top-left of the ASSESSMENT spill: four rows (key questions) × six columns. */
  readonly assessment: A1;
  /** Top of the GAPS spill. */
  readonly gaps: A1;
  readonly signs: readonly { readonly id: string; readonly tick: A1 }[];
  readonly control: A1;
  /** Each strategy answer's tick box; prefilled ones hold a formula until the user ticks them. */
  readonly strategyInputs: Readonly<Record<StrategyInput, A1>>;
  /** Which strategy inputs start as formulas reading the assessment. */
  readonly prefilled: readonly StrategyInput[];
  readonly strategy: A1;
  /** Each strategy's conditions under the answer, the recommended one highlighted. */
  readonly strategyConditions: readonly StrategyConditionRow[];
  readonly prime: readonly { readonly id: string; readonly done: A1; readonly notes: A1 }[];
  /** PPVVC only: the deal basics the rep writes down and the root need of the pain. */
  readonly dealBasics?: DealBasicsLayout;
}

const T = {
  sheetName: text('Assessment', '机会评估'),
  title: text('Opportunity assessment', '机会评估'),
  header: {
    account: text('Account', '客户'),
    opportunity: text('Opportunity', '商机'),
    competitor: text('Primary competitor', '主要竞争对手'),
    owner: text('Owner', '负责人'),
    date: text('Date', '日期'),
  } satisfies Record<AssessmentHeaderField, Text>,
  columns: {
    number: text('#', '序号'),
    group: text('Key question', '关键问题'),
    criterion: text('Criterion', '评估标准'),
    guidance: text('What to know', '需要了解的信息'),
    ours: text('Our rating', '我方评分'),
    theirs: text('Competitor rating', '对手评分'),
    notes: text('Evidence / notes', '证据 / 备注'),
  },
  summary: text('Summary', '评估结果'),
  verdict: text('Verdict', '结论'),
  control: text('Control', '控制程度'),
  strategy: text('Recommended strategy', '建议策略'),
  assessmentHeaders: [
    text('Key question', '关键问题'),
    text('Our score', '我方得分'),
    text('Answer', '回答'),
    text('Competitor score', '对手得分'),
    text('Advantage', '优势'),
    text('Unknown', '未知项'),
  ],
  gaps: text('Gaps to close first', '优先补齐的信息缺口'),
  signs: text('Signs you are not in control (tick each one you see)', '失控信号（出现即勾选）'),
  controlResult: text('Control', '控制程度'),
  strategyBlock: text('Competitive strategy (prefilled from the assessment; tick or untick to change)', '竞争策略（已根据评估预填，可勾选修改）'),
  prime: text('PRIME tactics', 'PRIME 夺单战术'),
  primeDone: text('Done', '完成'),
  ratingHelp: {
    plusMinus: text('+ known and favourable · - known and unfavourable · ? unknown', '+ 已知且有利 · - 已知且不利 · ? 未知'),
    yesNo: text('yes · no · unknown', '是 · 否 · 未知'),
  },
};

const STRATEGY_QUESTIONS: Readonly<Record<StrategyInput, Text>> = {
  compelling: text('Is there a compelling reason to act, or can we create one?', '客户有迫切动因吗？或者我们能制造一个吗？'),
  canCompete: text('Can we compete? ("Can we compete?" answers Yes)', '我们有能力竞争吗？（“我们有能力竞争吗?”回答为“是”）'),
  lead: text('Do we hold a 3:1 advantage over the primary competitor?', '我们对主要竞争对手有 3:1 的优势吗？'),
  canChangeCriteria: text('Can we change or widen the buying criteria toward our strengths?', '我们能改变或扩展采购标准，使之有利于我方吗？'),
  canFragment: text('Can we split off a profitable part we can win?', '我们能分割出一块能赢且有利可图的业务吗？'),
  positionToProtect: text('Do we have a position inside the account worth protecting?', '我们在客户内部有值得保护的地位吗？'),
  futureValue: text('Is there future revenue or strategic value?', '有未来收入或战略价值吗？'),
};

const PREFILL_NOTES = {
  compelling: text('From the compelling-event rating', '来自迫切动因的评分'),
  canCompete: text('From the "Can we compete?" score', '来自“我们有能力竞争吗?”的得分'),
  positionToProtect: text('From the current-relationship rating', '来自现有关系的评分'),
  futureValue: text('From the future-revenue or strategic-value rating', '来自未来收入或战略价值的评分'),
};

/**
 * The note beside the 3:1 input, live: the + counts the prefill compared and how many of ours the
 * ratio asks for, so a rep sees how far the lead is, not only whether it holds.
 */
export function leadNoteFormula(ours: string, theirs: string, locale: Locale): string {
  const ratio = SETTINGS_NAMES.leadRatio;
  const needed = `${ratio}*MAX(${theirs},1)`;
  return locale === 'zh-CN'
    ? `="来自双方 + 评分数量：我方 "&(${ours})&" 个，对方 "&(${theirs})&" 个；"&${ratio}&":1 需要 "&${needed}&" 个（或在某一关键问题中领先）"`
    : `="From the count of + ratings: ours "&(${ours})&", theirs "&(${theirs})&"; "&${ratio}&":1 needs "&${needed}&" (or a lead within one key question)"`;
}

/** The rating dropdown's words for a scale in a language: favourable, unfavourable, unknown. */
export function ratingWords(set: QuestionSet, locale: Locale): [string, string, string] {
  if (set.scale === 'plusMinus') return ['+', '-', '?'];
  return locale === 'zh-CN' ? ['是', '否', '未知'] : ['yes', 'no', 'unknown'];
}

/** Consecutive row numbers gathered into [first, last] runs. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else out.push([row, row]);
  }
  return out;
}

/** True in a formula when `cell` holds a favourable rating in any spelling the dropdowns offer. */
function favourable(cell: A1): string {
  return `OR(${cell}="+",${cell}="yes",${cell}="是")`;
}

function unfavourable(cell: A1): string {
  return `OR(${cell}="-",${cell}="no",${cell}="否")`;
}

export function questionSetForTemplate(method: MethodId): QuestionSet {
  const set = TEMPLATE_QUESTION_SETS[method];
  if (!set) {
    throw new DealKitError(
      text(`method: "${String(method)}" is not a question set; use TAS, SIGNATURE or PPVVC`, `method：“${String(method)}”不是可用的评估方法；请用 TAS、SIGNATURE 或 PPVVC`),
      'method',
    );
  }
  return set;
}

/**
 * An opportunity assessment sheet for one question set: header, one row per criterion with dropdown
 * ratings, the live verdict and scores, the not-in-control signs, the competitive-strategy block and
 * the PRIME checklist.
 */
export function assessmentTemplate(options: AssessmentOptions): TemplateSheetBuild<AssessmentLayout> {
  const { locale, method } = options;
  const set = questionSetForTemplate(method);
  const L = (t: Text): string => tr(t, locale);
  const b = new SheetBuilder(ASSESSMENT_SHEET_KEY, { kind: 'new', baseName: `${L(T.sheetName)} (${set.id})` }, { activate: true });

  const rivals = set.ratesCompetitor;
  const COL = { number: 1, group: 2, criterion: 3, guidance: 4, ours: 5, theirs: rivals ? 6 : 0, notes: rivals ? 7 : 6 };
  const S = COL.notes + 2; // summary's first column, after a spacer
  const letter = columnLettersOfNumber;
  const words = ratingWords(set, locale);

  // Title and deal header
  b.value('A1', `${L(T.title)} — ${L(QUESTION_SET_NAMES[set.id])}`).style({ range: 'A1', bold: true, fontColor: PALETTE.title });
  const fields: AssessmentHeaderField[] = ['account', 'opportunity', 'competitor', 'owner', 'date'];
  const header = {} as Record<AssessmentHeaderField, A1>;
  fields.forEach((field, i) => {
    const row = 2 + i;
    b.value(`B${row}`, L(T.header[field]));
    header[field] = `C${row}`;
  });
  b.style({ range: 'B2:B6', bold: true });
  b.input('C2:C5');
  b.input('C6', { kind: 'date' });
  b.numberFormat('C6', 'yyyy-mm-dd');
  b.style({ range: 'C2:C6', fill: PALETTE.inputFill });
  // Beside the header block rather than in it (inserting a row would move every cell of sheets already in
  // use), on the one header row whose cells to the right stay empty: a blank id must not read as the summary.
  const dealIdLabel = cellAt(COL.guidance, 5);
  const dealId = cellAt(COL.ours, 5);
  b.value(dealIdLabel, L(DEAL_ID_LABEL)).style({ range: dealIdLabel, bold: true, align: 'right' });
  b.input(dealId);
  b.style({ range: dealId, fill: PALETTE.inputFill, align: 'center' });

  // Criteria table
  const headRow = 7;
  const first = headRow + 1;
  const last = first + set.criteria.length - 1;
  const heads: [number, Text][] = [
    [COL.number, T.columns.number],
    [COL.group, T.columns.group],
    [COL.criterion, T.columns.criterion],
    [COL.guidance, T.columns.guidance],
    [COL.ours, T.columns.ours],
    ...(rivals ? ([[COL.theirs, T.columns.theirs]] as [number, Text][]) : []),
    [COL.notes, T.columns.notes],
  ];
  for (const [col, label] of heads) b.value(cellAt(col, headRow), L(label));
  b.style({ range: rangeAt(1, headRow, COL.notes, headRow), bold: true, fill: PALETTE.headerFill, wrap: true });
  b.value(cellAt(COL.guidance, 6), L(T.ratingHelp[set.scale])).style({ range: cellAt(COL.guidance, 6), italic: true, fontColor: PALETTE.muted });

  const groupLabel = new Map(KEY_QUESTIONS.map((q) => [q.id, q.label]));
  const criteria = set.criteria.map((criterion, i) => {
    const row = first + i;
    const group = L(groupLabel.get(criterion.group) ?? text(criterion.group, criterion.group));
    const section = PPVVC_SECTIONS.find((s) => s.id === criterion.section);
    b.row(`A${row}`, [criterion.number, section ? `${L(section.label)} · ${group}` : group, L(criterion.label), L(criterionGuidance(criterion.id))]);
    return {
      id: criterion.id,
      number: criterion.number,
      row,
      rating: cellAt(COL.ours, row),
      ...(rivals ? { competitorRating: cellAt(COL.theirs, row) } : {}),
      notes: cellAt(COL.notes, row),
    };
  });
  const ratings = rangeAt(COL.ours, first, COL.ours, last);
  const competitorRatings = rivals ? rangeAt(COL.theirs, first, COL.theirs, last) : undefined;
  const notes = rangeAt(COL.notes, first, COL.notes, last);
  b.input(ratings, { kind: 'list', items: words });
  if (competitorRatings) b.input(competitorRatings, { kind: 'list', items: words });
  b.input(notes);
  b.style({ range: rangeAt(COL.ours, first, COL.theirs || COL.ours, last), align: 'center', fill: PALETTE.inputFill });
  b.style({ range: notes, wrap: true, fill: PALETTE.inputFill });
  b.style({ range: rangeAt(COL.guidance, first, COL.guidance, last), wrap: true, fontColor: PALETTE.muted });
  b.style({ range: rangeAt(COL.criterion, first, COL.criterion, last), wrap: true });
  const ratedRange = rangeAt(COL.ours, first, COL.theirs || COL.ours, last);
  const lights: ['green' | 'red' | 'amber', string][] = [
    ['green', words[0]],
    ['red', words[1]],
    ['amber', words[2]],
  ];
  for (const [light, word] of lights) b.conditional({ range: ratedRange, rule: { kind: 'textEquals', text: word }, ...lightColours(light) });

  const methodArg = `"${set.id}"`;
  const ratingsArgs = competitorRatings ? [ratings, methodArg, competitorRatings] : [ratings, methodArg];

  // Not-in-control signs
  let row = last + 2;
  const section = (r: number, label: Text): void => {
    b.value(`A${r}`, L(label));
    b.style({ range: rangeAt(1, r, COL.notes, r), bold: true, fill: PALETTE.sectionFill, fontColor: PALETTE.sectionFont });
  };
  section(row, T.signs);
  const signFirst = row + 1;
  const signs = NOT_IN_CONTROL_SIGNS.map((sign, i) => {
    const r = signFirst + i;
    b.value(`A${r}`, i + 1)
      .value(`C${r}`, L(sign.label))
      .value(cellAt(COL.ours, r), false);
    return { id: sign.id, tick: cellAt(COL.ours, r) };
  });
  const signLast = signFirst + NOT_IN_CONTROL_SIGNS.length - 1;
  const signTicks = rangeAt(COL.ours, signFirst, COL.ours, signLast);
  b.input(signTicks, { kind: 'checkbox' });
  row = signLast + 1;
  const control = cellAt(COL.ours, row);
  b.value(`C${row}`, L(T.controlResult)).style({ range: `C${row}`, bold: true });
  b.formula(control, `=${dealkitCall('CONTROL', [signTicks])}`);
  b.style({ range: control, bold: true, fill: PALETTE.resultFill });
  for (const rule of lightRules(control, CONTROL_LIGHTS)) b.conditional(rule);

  // Competitive strategy
  row += 2;
  section(row, T.strategyBlock);
  const stratFirst = row + 1;
  const tagged = (tag: 'compellingEvent' | 'currentRelationship' | 'futureRevenue' | 'strategicValue'): A1[] =>
    set.criteria.flatMap((c, i) => ((c.tags ?? []).includes(tag) ? [criteria[i].rating] : []));
  const competeIndex = KEY_QUESTION_IDS.indexOf('compete');
  const spillTop = 7;
  const competeScore = cellAt(S + 1, spillTop + competeIndex);
  const prefill: Partial<Record<StrategyInput, string>> = {};
  const noteFormulas: Partial<Record<StrategyInput, string>> = {};
  const compellingCells = tagged('compellingEvent');
  // A prefill says what the assessment says and nothing more: where it is undecided the input stays
  // blank (""), which STRATEGY takes as unanswered rather than No.
  prefill.canCompete = `=IFERROR(IF(ISNUMBER(${competeScore}),IF(${competeScore}>=${SETTINGS_NAMES.yesThreshold},TRUE(),IF(${competeScore}<=${SETTINGS_NAMES.noThreshold},FALSE(),"")),""),"")`;
  if (rivals) {
    // METHODOLOGY §1d's 3:1 lead as the scoring core counts it: overall, our + count at least the ratio
    // times theirs; or within one key question, ours − theirs at least (ratio − 1) times theirs. A rival
    // with no + counts as one, so a lone + of ours is no lead.
    const plusIn = (col: number, rows: readonly number[]): string =>
      runs(rows)
        .map(([a, z]) => `COUNTIF(${rangeAt(col, a, col, z)},"+")`)
        .join('+');
    const allRows = criteria.map((c) => c.row);
    const overall = `${plusIn(COL.ours, allRows)}>=${SETTINGS_NAMES.leadRatio}*MAX(${plusIn(COL.theirs, allRows)},1)`;
    noteFormulas.lead = leadNoteFormula(plusIn(COL.ours, allRows), plusIn(COL.theirs, allRows), locale);
    const groups = KEY_QUESTION_IDS.map((id) => set.criteria.flatMap((c, i) => (c.group === id ? [criteria[i].row] : []))).filter((rows) => rows.length > 0);
    const byGroup = groups.map((rows) => `(${plusIn(COL.ours, rows)})-(${plusIn(COL.theirs, rows)})>=(${SETTINGS_NAMES.leadRatio}-1)*MAX(${plusIn(COL.theirs, rows)},1)`);
    prefill.lead = `=OR(${[overall, ...byGroup].join(',')})`;
  }
  // As the scoring core prefills: yes if any criterion is +, no only if every one is -, blank otherwise.
  const anyFavourable = (cells: readonly A1[]): string | undefined =>
    cells.length === 0 ? undefined : `=IF(OR(${cells.map(favourable).join(',')}),TRUE(),IF(AND(${cells.map(unfavourable).join(',')}),FALSE(),""))`;
  const compellingFormula = anyFavourable(compellingCells);
  if (compellingFormula) prefill.compelling = compellingFormula;
  const relationFormula = anyFavourable(tagged('currentRelationship'));
  if (relationFormula) prefill.positionToProtect = relationFormula;
  const futureFormula = anyFavourable([...tagged('futureRevenue'), ...tagged('strategicValue')]);
  if (futureFormula) prefill.futureValue = futureFormula;

  const strategyInputs = {} as Record<StrategyInput, A1>;
  STRATEGY_INPUTS.forEach((input, i) => {
    const r = stratFirst + i;
    const cell = cellAt(COL.ours, r);
    strategyInputs[input] = cell;
    b.value(`A${r}`, i + 1).value(`C${r}`, L(STRATEGY_QUESTIONS[input]));
    const formula = prefill[input];
    // The others start blank: unanswered until the rep ticks or unticks them.
    if (formula) {
      b.formula(cell, formula);
      const note = PREFILL_NOTES[input as keyof typeof PREFILL_NOTES];
      const noteFormula = noteFormulas[input];
      if (noteFormula) b.formula(`D${r}`, noteFormula);
      else if (note) b.value(`D${r}`, L(note));
    }
  });
  const stratLast = stratFirst + STRATEGY_INPUTS.length - 1;
  b.input(rangeAt(COL.ours, stratFirst, COL.ours, stratLast), { kind: 'checkbox' });
  b.style({ range: `D${stratFirst}:D${stratLast}`, italic: true, fontColor: PALETTE.muted });
  row = stratLast + 1;
  const strategy = cellAt(COL.ours, row);
  b.value(`C${row}`, L(T.strategy)).style({ range: `C${row}`, bold: true });
  b.formula(
    strategy,
    `=${dealkitCall(
      'STRATEGY',
      STRATEGY_INPUTS.map((k) => strategyInputs[k]),
    )}`,
  );
  b.style({ range: strategy, bold: true, fill: PALETTE.resultFill });
  for (const rule of lightRules(strategy, STRATEGY_LIGHTS)) b.conditional(rule);
  const strategyConditions = strategyConditionsTable(b, { answer: strategy, headerRow: row + 1, labelColumn: 3, locale });
  row += 1 + strategyConditions.length;

  // PRIME
  row += 2;
  section(row, T.prime);
  b.value(cellAt(COL.ours, row), L(T.primeDone));
  const primeFirst = row + 1;
  const prime = PRIME_CHECKLIST.map((tactic, i) => {
    const r = primeFirst + i;
    b.value(`A${r}`, tactic.label.en.charAt(0)).value(`C${r}`, L(tactic.label));
    if (tactic.guidance) b.value(`D${r}`, L(tactic.guidance));
    b.value(cellAt(COL.ours, r), false);
    return { id: tactic.id, done: cellAt(COL.ours, r), notes: cellAt(COL.notes, r) };
  });
  const primeLast = primeFirst + PRIME_CHECKLIST.length - 1;
  b.input(rangeAt(COL.ours, primeFirst, COL.ours, primeLast), { kind: 'checkbox' });
  b.input(rangeAt(COL.notes, primeFirst, COL.notes, primeLast));
  b.style({ range: `D${primeFirst}:D${primeLast}`, wrap: true, fontColor: PALETTE.muted });
  b.style({ range: rangeAt(COL.notes, primeFirst, COL.notes, primeLast), fill: PALETTE.inputFill, wrap: true });
  const dealBasics = set.id === 'PPVVC' ? dealBasicsBlock(b, primeLast + 2, section, locale) : undefined;

  // Summary, to the right of the table
  const at = (col: number, r: number): A1 => cellAt(col, r);
  b.value(at(S, 1), L(T.summary));
  b.style({ range: rangeAt(S, 1, S + 5, 1), bold: true, fill: PALETTE.sectionFill, fontColor: PALETTE.sectionFont });
  b.column(at(S, 2), [L(T.verdict), L(T.control), L(T.strategy)]);
  b.style({ range: rangeAt(S, 2, S, 4), bold: true });
  const verdict = at(S + 1, 2);
  b.formula(verdict, `=${dealkitCall('QUALIFY', ratingsArgs)}`);
  b.formula(at(S + 1, 3), `=${control}`);
  b.formula(at(S + 1, 4), `=${strategy}`);
  b.style({ range: rangeAt(S + 1, 2, S + 1, 4), bold: true, fill: PALETTE.resultFill });
  for (const rule of lightRules(verdict, VERDICT_LIGHTS)) b.conditional(rule);
  for (const rule of lightRules(at(S + 1, 3), CONTROL_LIGHTS)) b.conditional(rule);
  for (const rule of lightRules(at(S + 1, 4), STRATEGY_LIGHTS)) b.conditional(rule);

  b.row(at(S, spillTop - 1), T.assessmentHeaders.map(L));
  b.style({ range: rangeAt(S, spillTop - 1, S + 5, spillTop - 1), bold: true, fill: PALETTE.headerFill, wrap: true });
  const assessment = at(S, spillTop);
  b.formula(assessment, `=${dealkitCall('ASSESSMENT', ratingsArgs)}`);
  const spillBottom = spillTop + KEY_QUESTIONS.length - 1;
  b.numberFormat(rangeAt(S + 1, spillTop, S + 1, spillBottom), '0.00');
  b.numberFormat(rangeAt(S + 3, spillTop, S + 4, spillBottom), '0.00');
  for (const rule of lightRules(rangeAt(S + 2, spillTop, S + 2, spillBottom), ANSWER_LIGHTS)) b.conditional(rule);

  const gapsHead = spillBottom + 2;
  b.value(at(S, gapsHead), L(T.gaps));
  b.style({ range: rangeAt(S, gapsHead, S + 5, gapsHead), bold: true, fill: PALETTE.headerFill });
  const gaps = at(S, gapsHead + 1);
  b.formula(gaps, `=${dealkitCall('GAPS', [ratings, methodArg])}`);

  const widths: [number, number][] = [
    [COL.number, 44],
    [COL.group, 170],
    [COL.criterion, 260],
    [COL.guidance, 380],
    [COL.ours, 110],
    ...(rivals ? ([[COL.theirs, 110]] as [number, number][]) : []),
    [COL.notes, 260],
    [S - 1, 24],
    [S, 220],
    [S + 1, 130],
    [S + 2, 90],
    [S + 3, 110],
    [S + 4, 90],
    [S + 5, 80],
  ];
  for (const [col, width] of widths) b.width(letter(col), width);
  b.freeze(headRow);

  return {
    sheet: b.build(),
    inputs: b.inputs(),
    layout: {
      method: set.id,
      sheetKey: ASSESSMENT_SHEET_KEY,
      header,
      dealId,
      criteria,
      ratings,
      ...(competitorRatings ? { competitorRatings } : {}),
      notes,
      ratingWords: words,
      verdict,
      assessment,
      gaps,
      signs,
      control,
      strategyInputs,
      prefilled: STRATEGY_INPUTS.filter((k) => prefill[k] !== undefined),
      strategy,
      strategyConditions,
      prime,
      ...(dealBasics ? { dealBasics } : {}),
    },
  };
}

/** The labels the roll-up finds an assessment's results by (shared/deals/assessment-summary.ts), whatever cell they moved to. */
export const ASSESSMENT_RESULT_LABELS = {
  verdict: T.verdict,
  control: T.controlResult,
  strategy: T.strategy,
  gaps: T.gaps,
  signs: T.signs,
  date: T.header.date,
} as const;
