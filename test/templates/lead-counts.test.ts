/**
 * The 3:1 lead shows the counts it compared: on the assessment sheet, the note beside the 3:1 answer
 * is live text with our + count, theirs and how many of ours the ratio asks for; in the Qualify
 * wizard, the same counts beside Yes or No.
 */
import { buildTemplate } from '../../shared/templates/catalog';
import type { AssessmentLayout } from '../../shared/templates';
import { parseA1 } from '../../shared/a1';
import { qualifyLive } from '../../shared/ui/qualify-live';
import { INITIAL_QUALIFY_STATE, type QualifyState } from '../../shared/ui/wizard-qualify';
import { TemplateBook } from './hf-workbook';

const S = 'assessment';

function noteAfter(locale: 'en' | 'zh-CN', ours: string[], theirs: string[]): unknown {
  const built = buildTemplate('assessment', { method: 'TAS', locale });
  const layout = built.layout as AssessmentLayout;
  const book = new TemplateBook(built.plan);
  book.set(
    S,
    layout.ratings.split(':')[0],
    ours.map((r) => [r]),
  );
  book.set(
    S,
    (layout.competitorRatings as string).split(':')[0],
    theirs.map((r) => [r]),
  );
  const lead = parseA1(layout.strategyInputs.lead);
  return book.get(S, `D${lead.row + 1}`);
}

const twenty = (plus: number, rest: string): string[] => Array.from({ length: 20 }, (_, i) => (i < plus ? '+' : rest));

describe('the assessment sheet’s 3:1 note', () => {
  it('says the + counts compared and what 3:1 needs, as they change', () => {
    expect(noteAfter('en', twenty(16, '?'), twenty(4, '-'))).toBe('From the count of + ratings: ours 16, theirs 4; 3:1 needs 12 (or a lead within one key question)');
    expect(noteAfter('en', twenty(5, '?'), twenty(0, '?'))).toBe('From the count of + ratings: ours 5, theirs 0; 3:1 needs 3 (or a lead within one key question)');
    expect(noteAfter('zh-CN', twenty(16, '?'), twenty(4, '-'))).toBe('来自双方 + 评分数量：我方 16 个，对方 4 个；3:1 需要 12 个（或在某一关键问题中领先）');
  });
});

describe('the Qualify wizard’s 3:1 lead', () => {
  it('carries the counts it compared, overall and for each key question that leads on its own', () => {
    const state: QualifyState = {
      ...INITIAL_QUALIFY_STATE,
      method: 'TAS',
      ours: twenty(16, 'unknown').map((r) => (r === '+' ? 'favourable' : r)) as QualifyState['ours'],
      theirs: twenty(4, 'unfavourable').map((r) => (r === '+' ? 'favourable' : r)) as QualifyState['theirs'],
    };
    const live = qualifyLive(state);
    expect(live?.lead).toMatchObject({ hasLead: true, ours: 16, theirs: 4, needed: 12, ratio: 3 });
    // Criteria 6–10 ("Can we compete?") are ours + and theirs −: 5 against 0 needs 2, a lead on its own.
    expect(live?.lead?.groups.map((g) => [g.label.en, g.ours, g.theirs, g.needed])).toContainEqual(['Can we compete?', 5, 0, 2]);
  });
});
