import { criterionGuidance } from '../../shared/methods/criteria-guidance';
import {
  KEY_QUESTION_IDS,
  KEY_QUESTIONS,
  METHOD_IDS,
  PPVVC,
  PPVVC_DEAL_BASICS,
  PAIN_ROOT_NEEDS,
  PPVVC_SECTIONS,
  QUESTION_SETS,
  SIGNATURE,
  TAS,
  type CriterionTag,
  type QuestionSet,
} from '../../shared/methods';

const groupSizes = (set: QuestionSet): number[] => KEY_QUESTION_IDS.map((g) => set.criteria.filter((c) => c.group === g).length);

describe('key questions', () => {
  it('are the four of METHODOLOGY §1 in priority order', () => {
    expect(KEY_QUESTIONS.map((k) => k.id)).toEqual(['real', 'compete', 'win', 'worth']);
    expect(KEY_QUESTIONS[3]?.label.en).toBe('Is it worth winning?');
  });
});

describe('question sets', () => {
  it('are keyed by the identifiers formulas use', () => {
    expect(Object.keys(QUESTION_SETS).sort()).toEqual([...METHOD_IDS].sort());
    for (const id of METHOD_IDS) expect(QUESTION_SETS[id].id).toBe(id);
  });

  it('TAS has 20 criteria, four groups of five in METHODOLOGY order, rated for us and the competitor', () => {
    expect(TAS.criteria).toHaveLength(20);
    expect(TAS.criteria.map((c) => c.group)).toEqual(KEY_QUESTION_IDS.flatMap((g) => [g, g, g, g, g]));
    expect(TAS.criteria.map((c) => c.id)).toEqual(Array.from({ length: 20 }, (_, i) => `TAS.${String(i + 1).padStart(2, '0')}`));
    expect(TAS.criteria.map((c) => c.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(TAS.criteria[0]?.label.en).toBe('Customer’s application / project');
    expect(TAS.criteria[4]?.label.en).toBe('Compelling event');
    expect(TAS.criteria[9]?.label.en).toBe('Unique business value');
    expect(TAS.criteria[10]?.label.en).toBe('Inside support');
    expect(TAS.criteria[19]?.label.en).toBe('Strategic value');
    expect(TAS.scale).toBe('plusMinus');
    expect(TAS.ratesCompetitor).toBe(true);
  });

  it('Signature Selling has 22 questions split 5 / 6 / 6 / 5, with no competitor column', () => {
    expect(SIGNATURE.criteria).toHaveLength(22);
    expect(groupSizes(SIGNATURE)).toEqual([5, 6, 6, 5]);
    const groups = SIGNATURE.criteria.map((c) => KEY_QUESTION_IDS.indexOf(c.group));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    expect(SIGNATURE.criteria[0]?.id).toBe('SIG.01');
    expect(SIGNATURE.criteria[21]?.id).toBe('SIG.22');
    expect(SIGNATURE.criteria[7]?.label.en).toMatch(/IT preferences/);
    expect(SIGNATURE.criteria[11]?.label.en).toBe('Access to power');
    expect(SIGNATURE.criteria[16]?.label.en).toBe('Evaluation plan');
    expect(SIGNATURE.scale).toBe('plusMinus');
    expect(SIGNATURE.ratesCompetitor).toBe(false);
  });

  it('PPVVC is a yes/no checklist whose sections answer the key questions of §1c', () => {
    expect(PPVVC.scale).toBe('yesNo');
    expect(PPVVC.ratesCompetitor).toBe(false);
    expect(PPVVC_SECTIONS.map((s) => [s.id, s.group])).toEqual([
      ['Pain', 'real'],
      ['Power', 'win'],
      ['Vision', 'compete'],
      ['Value', 'worth'],
      ['Control', 'win'],
    ]);
    const count = (section: string): number => PPVVC.criteria.filter((c) => c.section === section).length;
    expect(['Pain', 'Power', 'Vision', 'Value', 'Control'].map(count)).toEqual([6, 6, 5, 6, 7]);
    for (const c of PPVVC.criteria) {
      expect(c.id).toMatch(new RegExp(`^PPVVC\\.${(c.section ?? '').toUpperCase()}\\.\\d+$`));
      expect(c.group).toBe(PPVVC_SECTIONS.find((s) => s.id === c.section)?.group);
    }
    expect(PPVVC.criteria.map((c) => c.number)).toEqual(PPVVC.criteria.map((_, i) => i + 1));
    expect(PPVVC.criteria[0]?.id).toBe('PPVVC.PAIN.1');
  });

  it('PPVVC deal basics are the five facts heading the checklist', () => {
    expect(PPVVC_DEAL_BASICS.map((b) => b.label['zh-CN'])).toEqual(['决策链', '参与链', '预算', '竞争对手', '时间节点']);
    expect(PAIN_ROOT_NEEDS.map((n) => n.label.en)).toEqual(['Make money', 'Save money', 'Manage risk']);
  });

  it('ids are unique within and across question sets', () => {
    const ids = METHOD_IDS.flatMap((m) => QUESTION_SETS[m].criteria.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('tags mark exactly the criteria that knock-outs and the strategy path read', () => {
    const tagged = (tag: CriterionTag): string[] => METHOD_IDS.flatMap((m) => QUESTION_SETS[m].criteria.filter((c) => c.tags?.includes(tag)).map((c) => c.id));
    expect(tagged('funding')).toEqual(['TAS.04', 'SIG.04', 'PPVVC.PAIN.5']);
    expect(tagged('compellingEvent')).toEqual(['TAS.05', 'SIG.05', 'PPVVC.PAIN.6']);
    expect(tagged('currentRelationship')).toEqual(['TAS.09', 'SIG.11']);
    expect(tagged('futureRevenue')).toEqual(['TAS.17', 'SIG.19']);
    expect(tagged('strategicValue')).toEqual(['TAS.20', 'SIG.22']);
    const pain = PPVVC.criteria.filter((c) => c.section === 'Pain');
    expect(pain[4]?.label.en).toMatch(/budget/i);
    expect(pain[5]?.label.en).toMatch(/timetable/i);
  });

  it('gives every criterion guidance on what the rep must know', () => {
    for (const m of METHOD_IDS) for (const c of QUESTION_SETS[m].criteria) expect(criterionGuidance(c.id).en.length).toBeGreaterThan(20);
  });
});
