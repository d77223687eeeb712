import fc from 'fast-check';
import { DealKitError } from '../../shared/errors';
import { text } from '../../shared/i18n';
import { PPVVC, SIGNATURE, TAS, type Criterion, type KeyQuestionId, type QuestionSet } from '../../shared/methods';
import { ANSWER_LABELS, VERDICT_LABELS, assess, leadOver } from '../../shared/scoring/assessment';
import { parseRatings, type Rating } from '../../shared/scoring/ratings';
import { mergeSettings } from '../../shared/scoring/settings';

/** TAS ratings from the four five-item groups as typed in the sheet (`+ - ?`, space = blank). */
function tas(real: string, compete: string, win: string, worth: string): Rating[] {
  const cells = [real, compete, win, worth]
    .join('')
    .split('')
    .map((c) => (c === ' ' ? '' : c));
  return parseRatings(cells, 'ours');
}

function criterion(id: string, number: number, group: KeyQuestionId, tags?: Criterion['tags']): Criterion {
  return { id, number, group, label: text(id, id), ...(tags ? { tags } : {}) };
}

/** A Signature-like set whose "compete" group has six items, as Signature Selling 6–11 does. */
const SIX: QuestionSet = {
  id: 'SIGNATURE',
  scale: 'plusMinus',
  ratesCompetitor: false,
  criteria: [criterion('S.1', 1, 'real'), ...[2, 3, 4, 5, 6, 7].map((n) => criterion(`S.${n}`, n, 'compete')), criterion('S.8', 8, 'win'), criterion('S.9', 9, 'worth')],
};

describe('assess: key question scores and answers (§1d)', () => {
  it('all + on TAS: every key question Yes, verdict Pursue, no gaps', () => {
    const r = assess(TAS, tas('+++++', '+++++', '+++++', '+++++'));
    expect(r.keyQuestions.map((q) => q.score)).toEqual([1, 1, 1, 1]);
    expect(r.answers).toEqual({ real: 'yes', compete: 'yes', win: 'yes', worth: 'yes' });
    expect(r.verdict).toBe('pursue');
    expect(r.gaps).toEqual([]);
  });

  it('a group score of exactly 2/6 is not ≥ 0.34: Unknown', () => {
    const r = assess(SIX, parseRatings(['+', '+', '+', '?', '?', '?', '?', '+', '+'], 'ours'));
    const compete = r.keyQuestions.find((q) => q.id === 'compete');
    expect(compete?.score).toBeCloseTo(2 / 6, 12);
    expect(compete?.answer).toBe('unknown');
    expect(r.verdict).toBe('qualifyFurther');
  });

  it('-2/6 is not ≤ -0.34 either; 3/6 is Yes and -3/6 is No', () => {
    const answer = (cells: string[]) => assess(SIX, parseRatings(['+', ...cells, '+', '+'], 'ours')).answers.compete;
    expect(answer(['-', '-', '?', '?', '?', '?'])).toBe('unknown');
    expect(answer(['+', '+', '+', '?', '?', '?'])).toBe('yes');
    expect(answer(['-', '-', '-', '?', '?', '?'])).toBe('no');
  });

  it('TAS 2/5 = 0.4 is Yes, 1/5 = 0.2 is Unknown, -2/5 is No', () => {
    const r = assess(TAS, tas('++   ', '+    ', '--   ', '+++++'));
    expect(r.answers.real).toBe('yes');
    expect(r.answers.compete).toBe('unknown');
    expect(r.answers.win).toBe('no');
    expect(r.verdict).toBe('qualifyFurther');
  });

  it('a hard knock-out - beats a high score: access to funds - makes "Is it real?" No and the verdict Walk away', () => {
    const r = assess(TAS, tas('+++-+', '+++++', '+++++', '+++++'));
    const real = r.keyQuestions[0];
    expect(real?.score).toBeCloseTo(0.6, 12);
    expect(real?.knockedOut).toBe(true);
    expect(real?.knockOuts.map((c) => c.number)).toEqual([4]);
    expect(real?.answer).toBe('no');
    expect(r.verdict).toBe('walkAway');
  });

  it('a soft knock-out - caps a high score: compelling event - holds "Is it real?" at Unknown and the verdict at Qualify further', () => {
    const r = assess(TAS, tas('++++-', '+++++', '+++++', '+++++'));
    const real = r.keyQuestions[0];
    expect(real?.score).toBeCloseTo(0.6, 12);
    expect(real).toMatchObject({ knockedOut: false, capped: true, answer: 'unknown' });
    expect(real?.knockOuts.map((c) => c.number)).toEqual([5]);
    expect(r.verdict).toBe('qualifyFurther');
  });

  it('funding (TAS #4) is a knock-out too; a ? on it is not', () => {
    expect(assess(TAS, tas('+++-+', '+++++', '+++++', '+++++')).answers.real).toBe('no');
    expect(assess(TAS, tas('+++?+', '+++++', '+++++', '+++++')).answers.real).toBe('yes');
  });

  it('knock-outs follow the settings: with none, the same ratings answer Yes', () => {
    const s = mergeSettings({ knockOutTags: [], softKnockOutTags: [] });
    expect(assess(TAS, tas('++++-', '+++++', '+++++', '+++++'), undefined, s).answers.real).toBe('yes');
    const byId = mergeSettings({ knockOutCriteria: ['TAS.11'] });
    expect(assess(TAS, tas('+++++', '+++++', '-++++', '+++++'), undefined, byId).answers.win).toBe('no');
  });

  it('blanks count as unknown: they score 0 and are counted as gaps', () => {
    const r = assess(TAS, tas('+++  ', '+++++', '+++++', '+++++'));
    expect(r.keyQuestions[0]?.score).toBeCloseTo(0.6, 12);
    expect(r.keyQuestions[0]?.unknownCount).toBe(2);
    expect(r.gaps.map((c) => c.id)).toEqual(['TAS.04', 'TAS.05']);
    expect(r.verdict).toBe('pursue');
  });

  it('walk away when "Is it worth winning?" is No even if everything else is Yes', () => {
    expect(assess(TAS, tas('+++++', '+++++', '+++++', '--+--')).verdict).toBe('walkAway');
  });

  it('"Can we win?" No alone means Qualify further, not Walk away', () => {
    expect(assess(TAS, tas('+++++', '+++++', '-----', '+++++')).verdict).toBe('qualifyFurther');
  });

  it('weights change the score: a double-weight + lifts 1/5 to 2/6', () => {
    const s = mergeSettings({ criterionWeights: { 'TAS.06': 2 } });
    const r = assess(TAS, tas('+++++', '+    ', '+++++', '+++++'), undefined, s);
    expect(r.keyQuestions[1]?.score).toBeCloseTo(2 / 6, 12);
    expect(r.items[5]?.weight).toBe(2);
  });
});

describe('assess: the real Signature Selling and PPVVC sets', () => {
  it('Signature "Can we compete?" (questions 6–11) at exactly 2/6 is Unknown', () => {
    const cells = ['+', '+', '+', '+', '+', '+', '+', '?', '?', '?', '?', ...Array(11).fill('+')];
    const r = assess(SIGNATURE, parseRatings(cells, 'ours'));
    expect(r.keyQuestions[1]).toMatchObject({ id: 'compete', itemCount: 6, unknownCount: 4, answer: 'unknown' });
    expect(r.keyQuestions[1]?.score).toBeCloseTo(2 / 6, 12);
    expect(r.verdict).toBe('qualifyFurther');
  });
  it('PPVVC answered in words: Pain at 2 yes of 6 is Unknown; a "no" on budget (Pain 5) knocks out', () => {
    const rest = Array(24).fill('yes');
    const unknownPain = assess(PPVVC, parseRatings(['Yes', 'y', '', '未知', 'unknown', '?', ...rest], 'ours'));
    expect(unknownPain.answers.real).toBe('unknown');
    const noBudget = assess(PPVVC, parseRatings(['yes', 'yes', 'yes', 'yes', '否', 'yes', ...rest], 'ours'));
    expect(noBudget.answers.real).toBe('no');
    expect(noBudget.verdict).toBe('walkAway');
  });
  it('PPVVC gaps: Vision (compete) before Power and Control (win) before Value (worth), whatever the checklist order', () => {
    const cells = Array(30).fill('yes');
    for (const n of [7, 13, 18, 30]) cells[n - 1] = '';
    const r = assess(PPVVC, parseRatings(cells, 'ours'));
    expect(r.gaps.map((c) => c.id)).toEqual(['PPVVC.VISION.1', 'PPVVC.POWER.1', 'PPVVC.CONTROL.7', 'PPVVC.VALUE.1']);
  });
});

describe('assess: gaps in priority order', () => {
  it('lists unknown items by key question (real → compete → win → worth), then criterion order', () => {
    const mixed: QuestionSet = {
      ...SIX,
      id: 'PPVVC',
      criteria: [
        criterion('P.1', 1, 'worth'),
        criterion('P.2', 2, 'win'),
        criterion('P.3', 3, 'real'),
        criterion('P.4', 4, 'compete'),
        criterion('P.5', 5, 'real'),
        criterion('P.6', 6, 'win'),
      ],
    };
    const r = assess(mixed, parseRatings(['?', '', '?', '?', '?', '+'], 'ours'));
    expect(r.gaps.map((c) => c.id)).toEqual(['P.3', 'P.5', 'P.4', 'P.2', 'P.1']);
  });
  it('on TAS a ? in worth comes after ? in real and win', () => {
    const r = assess(TAS, tas('+?+++', '+++++', '++?++', '?++++'));
    expect(r.gaps.map((c) => c.number)).toEqual([2, 13, 16]);
  });
});

describe('assess: against the competitor and the 3:1 lead', () => {
  it('advantage = our score minus theirs, per key question', () => {
    const r = assess(TAS, tas('+++++', '++   ', '+    ', '+++--'), tas('+----', '++   ', '+++  ', '+++--'));
    expect(r.keyQuestions.map((q) => q.advantage)).toEqual([expect.closeTo(1 - -0.6, 12), expect.closeTo(0, 12), expect.closeTo(0.2 - 0.6, 12), expect.closeTo(0, 12)]);
    expect(r.keyQuestions[2]?.competitorScore).toBeCloseTo(0.6, 12);
  });

  it('an overall favourable ratio of 3:1 is the lead (9 against 3)', () => {
    const ours = tas('+++  ', '++   ', '++   ', '++   ');
    const theirs = tas('+    ', '+    ', '+    ', '     ');
    const r = assess(TAS, ours, theirs);
    expect(r.lead?.favourableCount).toBe(9);
    expect(r.lead?.competitorFavourableCount).toBe(3);
    expect(r.lead?.overall).toBe(true);
    expect(r.lead?.hasLead).toBe(true);
  });

  it('8 against 3 is short of 3:1 overall; only a group where the rival has nothing leads', () => {
    const r = assess(TAS, tas('++   ', '++   ', '++   ', '++   '), tas('+    ', '+    ', '+    ', '     '));
    expect(r.lead?.overall).toBe(false);
    expect(r.lead?.groups).toEqual(['worth']);
    // worth: 2 of ours against none of theirs — a rival's zero counts as one, and 2 − 0 ≥ 2 × 1.
    expect(r.keyQuestions[3]?.lead).toBe(true);
    expect(r.keyQuestions[0]?.lead).toBe(false);
  });

  it('a group advantage of 2× the competitor’s favourable count is the lead (3 against 1)', () => {
    const r = assess(TAS, tas('+++  ', '+    ', '     ', '     '), tas('+    ', '+    ', '+    ', '+    '));
    expect(r.lead?.groups).toEqual(['real']);
    expect(r.lead?.overall).toBe(false);
    expect(r.lead?.hasLead).toBe(true);
  });

  it('a single + against a rival with nothing favourable is no lead', () => {
    const r = assess(TAS, tas('+    ', '     ', '     ', '     '), tas('     ', '     ', '     ', '     '));
    expect(r.lead?.hasLead).toBe(false);
    expect(leadOver(0, 0).group).toBe(false);
    expect(leadOver(3, 0).overall).toBe(true);
    expect(leadOver(2, 0).overall).toBe(false);
  });

  it('without competitor ratings there is no lead and no advantage', () => {
    const r = assess(TAS, tas('+++++', '+++++', '+++++', '+++++'));
    expect(r.lead).toBeNull();
    expect(r.keyQuestions[0]?.advantage).toBeNull();
  });
});

describe('assess: bad input', () => {
  it('a wrong number of ratings names the count expected', () => {
    expect(() => assess(TAS, tas('+++++', '+++++', '+++++', '++++'))).toThrow(/ours: expected 20 ratings/);
    expect(() => assess(TAS, tas('+++++', '+++++', '+++++', '+++++'), [])).toThrow(/theirs: expected 20 ratings.*got 0/);
  });
  it('a value that is not a rating names its row', () => {
    const bad = [...tas('+++++', '+++++', '+++++', '+++++')];
    bad[2] = 'maybe' as Rating;
    const call = () => assess(TAS, bad);
    expect(call).toThrow(DealKitError);
    expect(call).toThrow(/ours row 3/);
  });
});

describe('assess: invariants over generated ratings and weights', () => {
  it('scores stay finite in [−1, 1], answers follow the thresholds and the gaps are exactly the unknowns', () => {
    const rating = fc.constantFrom<Rating>('favourable', 'unfavourable', 'unknown');
    fc.assert(
      fc.property(
        fc.array(rating, { minLength: 20, maxLength: 20 }),
        fc.array(rating, { minLength: 20, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 20, maxLength: 20 }),
        (ours, theirs, weights) => {
          const settings = mergeSettings({ criterionWeights: Object.fromEntries(TAS.criteria.map((c, i) => [c.id, weights[i] ?? 1])) });
          const r = assess(TAS, ours, theirs, settings);
          for (const q of r.keyQuestions) {
            expect(Number.isFinite(q.score) && q.score >= -1 && q.score <= 1).toBe(true);
            expect(Number.isFinite(q.advantage ?? NaN)).toBe(true);
            const expected = q.knockedOut ? 'no' : q.score >= 0.34 ? (q.capped ? 'unknown' : 'yes') : q.score <= -0.34 ? 'no' : 'unknown';
            expect(q.answer).toBe(expected);
          }
          expect(r.gaps.length).toBe(ours.filter((x) => x === 'unknown').length);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('labels', () => {
  it('verdicts and answers read the same in the sheet as in METHODOLOGY, in both languages', () => {
    expect(VERDICT_LABELS.pursue.en).toBe('Pursue');
    expect(VERDICT_LABELS.qualifyFurther.en).toBe('Qualify further');
    expect(VERDICT_LABELS.walkAway.en).toBe('Walk away');
    expect(ANSWER_LABELS.yes.en).toBe('Yes');
    expect(ANSWER_LABELS.no.en).toBe('No');
    expect(ANSWER_LABELS.unknown.en).toBe('Unknown');
    for (const label of [...Object.values(VERDICT_LABELS), ...Object.values(ANSWER_LABELS)]) {
      expect(label['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
