/**
 * The assessment sheet filled with worked examples from METHODOLOGY §1–2 and evaluated in HyperFormula
 * with the DealKit plugin: what a user sees in the verdict, score, gap, control and strategy cells.
 */
import type { AssessmentLayout } from '../../shared/templates/assessment';
import { cellAt, parseCellNumbers, rangeAt } from '../../shared/a1';
import { buildTemplate } from '../../shared/templates/catalog';
import { TemplateBook } from './hf-workbook';
import { TEMPLATE_QUESTION_SETS } from '../../shared/templates/method-data';

const S = 'assessment';

function tasBook(locale: 'en' | 'zh-CN'): { book: TemplateBook; layout: AssessmentLayout } {
  const built = buildTemplate('assessment', { method: 'TAS', locale });
  return { book: new TemplateBook(built.plan), layout: built.layout as AssessmentLayout };
}

/** The cell `down` rows and `across` columns from `a1`. */
function offset(a1: string, down: number, across = 0): string {
  const { column, row } = parseCellNumbers(a1);
  return cellAt(column + across, row + down);
}

/** The ASSESSMENT spill: four key questions × six columns. */
function spill(layout: AssessmentLayout): string {
  const { column, row } = parseCellNumbers(layout.assessment);
  return rangeAt(column, row, column + 5, row + 3);
}

/** Ratings by criterion number (1-based) in TAS order. */
function rate(book: TemplateBook, layout: AssessmentLayout, ours: string, theirs = ''): void {
  const top = layout.criteria[0].rating;
  book.set(
    S,
    top,
    [...ours].map((r) => [r === '.' ? null : r]),
  );
  if (layout.competitorRatings && theirs) {
    book.set(
      S,
      layout.criteria[0].competitorRating!,
      [...theirs].map((r) => [r === '.' ? null : r]),
    );
  }
}

describe('TAS assessment filled and evaluated', () => {
  it('a deal with urgency, fit and an overwhelming lead: Pursue, gaps listed in order, Frontal', () => {
    const { book, layout } = tasBook('en');
    // real +++++ | compete ++++? | win ++?++ | worth +++++ ; the rival is favourable on criterion 1 only.
    rate(book, layout, '+++++' + '++++?' + '++?++' + '+++++', '+....-..............');
    expect(book.get(S, layout.verdict)).toBe('Pursue');
    const scores = book.range(S, spill(layout));
    expect(scores.map((r) => r[2])).toEqual(['Yes', 'Yes', 'Yes', 'Yes']);
    expect(scores[1][1]).toBeCloseTo(0.8, 10);
    expect(book.range(S, `${layout.gaps}:${offset(layout.gaps, 2)}`).map((r) => r[0])).toEqual(['10. Unique business value', '13. Cultural compatibility', null]);
    // Strategy inputs prefilled from the ratings: urgency (#5 +), can compete (0.8 ≥ 0.34), 18 + vs 1 +.
    expect(book.get(S, layout.strategyInputs.compelling)).toBe(true);
    expect(book.get(S, layout.strategyInputs.canCompete)).toBe(true);
    expect(book.get(S, layout.strategyInputs.lead)).toBe(true);
    expect(book.get(S, layout.strategy)).toBe('Frontal');
    expect(book.errors(S)).toEqual([]);
    book.destroy();
  });

  it('a knock-out on access to funds walks away whatever the score; with no urgency the strategy defends our base', () => {
    const { book, layout } = tasBook('en');
    // #4 funding "-", #5 compelling event "-", everything else "+": real scores (3 − 2)/5 = 0.2 yet answers No
    // on the knock-out. (A "?" on #5 would leave urgency unanswered, not No.)
    rate(book, layout, '+++--' + '+++++' + '+++++' + '+++++');
    expect(book.get(S, layout.verdict)).toBe('Walk away');
    expect(book.range(S, spill(layout)).map((r) => r[2])).toEqual(['No', 'Yes', 'Yes', 'Yes']);
    expect(book.get(S, layout.strategyInputs.compelling)).toBe(false);
    expect(book.get(S, layout.strategyInputs.positionToProtect)).toBe(true); // #9 current relationship "+"
    expect(book.get(S, layout.strategy)).toBe('Defend');
    // The rep knows better: the customer's fiscal year-end is a reason to act. Ticking overrides the prefill.
    book.set(S, layout.strategyInputs.compelling, true);
    expect(book.get(S, layout.strategy)).toBe('Frontal'); // no competitor ratings: 18 + against none
    book.destroy();
  });

  it('finds the 3:1 lead within one key question when there is none overall, as the scoring core counts it', () => {
    const { book, layout } = tasBook('en');
    // Ours: 15 + (the "win" group all unknown). Theirs: 3 + in real, 2 in compete, 5 in win, none in worth.
    rate(book, layout, '+++++' + '+++++' + '?????' + '+++++', '+++..' + '++...' + '+++++' + '.....');
    // Overall 15 < 3 × 10, but in "worth" 5 − 0 ≥ 2 × 1.
    expect(book.get(S, layout.strategyInputs.lead)).toBe(true);
    expect(book.get(S, layout.strategy)).toBe('Frontal');
    book.set(S, offset(layout.criteria[15].competitorRating!, 0), [['+'], ['+']]);
    // Now worth is 5 − 2 < 2 × 2 and no other group leads: no lead. The path needs question 4 next, which
    // the rep has not answered: the sheet asks rather than read the blank as No.
    expect(book.get(S, layout.strategyInputs.lead)).toBe(false);
    expect(book.get(S, layout.strategy)).toBe('Answer question 4');
    // Answered No to changing the rules and to splitting off a part → defend our base.
    book.set(S, layout.strategyInputs.canChangeCriteria, false);
    book.set(S, layout.strategyInputs.canFragment, false);
    expect(book.get(S, layout.strategy)).toBe('Defend');
    book.destroy();
  });

  it('blank ratings count as unknown: the verdict asks to qualify further and every criterion is a gap', () => {
    const { book, layout } = tasBook('en');
    expect(book.get(S, layout.verdict)).toBe('Qualify further');
    expect(book.get(S, layout.gaps)).toBe('1. Customer’s application / project');
    expect(book.get(S, layout.control)).toBe('In control');
    book.destroy();
  });

  it('counts the ticked not-in-control signs: two at risk, three not in control', () => {
    const { book, layout } = tasBook('en');
    book.set(S, layout.signs[0].tick, true).set(S, layout.signs[4].tick, true);
    expect(book.get(S, layout.control)).toBe('At risk');
    book.set(S, layout.signs[10].tick, true);
    expect(book.get(S, layout.control)).toBe('Not in control');
    book.destroy();
  });

  it('shows the verdict in Chinese in a Chinese workbook', () => {
    const { book, layout } = tasBook('zh-CN');
    rate(book, layout, '+'.repeat(20));
    expect(book.get(S, layout.verdict)).toBe('全力争取');
    expect(book.get(S, layout.strategy)).toBe('正面进攻');
    book.destroy();
  });
});

describe('Signature Selling and PPVVC assessments filled and evaluated', () => {
  function book(method: 'SIGNATURE' | 'PPVVC', locale: 'en' | 'zh-CN'): { book: TemplateBook; layout: AssessmentLayout } {
    const built = buildTemplate('assessment', { method, locale });
    return { book: new TemplateBook(built.plan), layout: built.layout as AssessmentLayout };
  }

  it('Signature: 2 of the 6 "Can we compete?" questions favourable is 2/6 < 0.34, so qualify further; a third makes it Pursue', () => {
    const { book: b, layout } = book('SIGNATURE', 'en');
    // real 1–5 | compete 6–11 | win 12–17 | worth 18–22
    rate(b, layout, '+++++' + '++????' + '++++++' + '+++++');
    expect(b.range(S, spill(layout))[1][2]).toBe('Unknown');
    expect(b.get(S, layout.verdict)).toBe('Qualify further');
    expect(b.get(S, layout.gaps)).toBe(`8. ${TEMPLATE_QUESTION_SETS.SIGNATURE.criteria[7].label.en}`);
    b.set(S, layout.criteria[7].rating, '+');
    expect(b.range(S, spill(layout))[1][1]).toBeCloseTo(0.5, 10);
    expect(b.get(S, layout.verdict)).toBe('Pursue');
    // No competitor ratings in Signature: the lead is the rep's call, not prefilled.
    expect(layout.prefilled).not.toContain('lead');
    expect(b.errors(S)).toEqual([]);
    b.destroy();
  });

  it('PPVVC in Chinese: 是/否/未知 from the dropdown; budget answered 否 is a knock-out, so 退出', () => {
    const { book: b, layout } = book('PPVVC', 'zh-CN');
    expect(layout.ratingWords).toEqual(['是', '否', '未知']);
    const answers = Array.from({ length: 30 }, () => '是');
    answers[15] = '未知'; // a Vision item
    b.set(
      S,
      layout.criteria[0].rating,
      answers.map((a) => [a]),
    );
    expect(b.get(S, layout.verdict)).toBe('全力争取');
    expect(b.get(S, layout.gaps)).toBe(`16. ${TEMPLATE_QUESTION_SETS.PPVVC.criteria[15].label['zh-CN']}`);
    b.set(S, layout.criteria[4].rating, '否'); // Pain 5: is budget in place? — tagged funding
    expect(b.get(S, layout.verdict)).toBe('退出');
    expect(b.errors(S)).toEqual([]);
    b.destroy();
  });
});
