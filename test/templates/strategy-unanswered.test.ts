/**
 * The assessment sheet's own recommended strategy, computed by the engine: an unanswered strategy
 * question is a blank cell, and STRATEGY stops at the first one the path needs instead of reading it
 * as No — so a fresh PPVVC sheet rated all + never shows Disengage beside Pursue.
 */
import type { AssessmentLayout } from '../../shared/templates/assessment';
import { buildTemplate } from '../../shared/templates/catalog';
import { TemplateBook } from './hf-workbook';

function book(method: 'TAS' | 'PPVVC', locale: 'en' | 'zh-CN' = 'en'): { book: TemplateBook; layout: AssessmentLayout } {
  const built = buildTemplate('assessment', { method, locale });
  return { book: new TemplateBook(built.plan), layout: built.layout as AssessmentLayout };
}

describe('the assessment sheet’s strategy with unanswered questions', () => {
  it('a blank assessment asks for question 1 (in the workbook’s language) rather than recommending Disengage', () => {
    const en = book('PPVVC');
    expect(en.book.get('assessment', en.layout.strategy)).toBe('Answer question 1');
    en.book.destroy();
    const zh = book('PPVVC', 'zh-CN');
    expect(zh.book.get('assessment', zh.layout.strategy)).toBe('请回答第 1 题');
    zh.book.destroy();
  });

  it('PPVVC rated all +: the verdict is Pursue and the strategy waits for the 3:1 question, the first the assessment cannot answer', () => {
    const { book: sheet, layout } = book('PPVVC');
    sheet.set(
      'assessment',
      layout.criteria[0].rating,
      layout.criteria.map(() => ['+']),
    );
    expect(sheet.get('assessment', layout.verdict)).toBe('Pursue');
    expect(sheet.get('assessment', layout.strategy)).toBe('Answer question 3');
    sheet.set('assessment', layout.strategyInputs.lead, false);
    expect(sheet.get('assessment', layout.strategy)).toBe('Answer question 4');
    sheet.set('assessment', layout.strategyInputs.canChangeCriteria, true);
    expect(sheet.get('assessment', layout.strategy)).toBe('Flanking');
    sheet.destroy();
  });
});
