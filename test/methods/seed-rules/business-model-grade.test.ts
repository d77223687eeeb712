import { parseCellNumbers, cellAt } from '../../../shared/a1';
import { BUSINESS_MODEL_GRADES } from '../../../shared/methods/business-model';
import { buildTemplate } from '../../../shared/templates/catalog';
import type { ValuePropositionLayout } from '../../../shared/templates/value-proposition';
import { call } from '../../functions/helpers';
import { TemplateBook } from '../../templates/hf-workbook';

// seeds/004_08567862662f2f8e.txt: "D模式在这个模式里,你所得的,多于你所付出的,多于客户所得到的价值。"
const SEED_D = '你所得的,多于你所付出的,多于客户所得到的价值';
// seeds/004_08567862662f2f8e.txt: "E模式的特征是,一个合作对于对方的价值高,而对于自己的价值低。"
const SEED_E = '一个合作对于对方的价值高,而对于自己的价值低';
// seeds/004_08567862662f2f8e.txt: "A模式里,销售方为客户解决的不是常规问题,而是关乎其单位战略发展乃至采购者个人前途的重大事件"
const SEED_A = '关乎其单位战略发展';

const S = 'value';

function gradeBook(locale: 'en' | 'zh-CN'): { book: TemplateBook; layout: ValuePropositionLayout } {
  const built = buildTemplate('valueProposition', { locale });
  return { book: new TemplateBook(built.plan), layout: built.layout as ValuePropositionLayout };
}

/** The label written to the left of a cell, as the user reads it. */
function labelOf(book: TemplateBook, a1: string): unknown {
  const { column, row } = parseCellNumbers(a1);
  return book.get(S, cellAt(column - 1, row));
}

describe('Business-model grade: a lopsided deal is D or E, never B (seed 004)', () => {
  it(`DEAL_GRADE: value to us 2 or more above the customer's is D ("${SEED_D}"), even when both are high`, () => {
    expect(call('DEAL_GRADE', [3, 5])).toBe('D');
    expect(call('DEAL_GRADE', [3, 5, true])).toBe('D');
    expect(call('DEAL_GRADE', [2, 4])).toBe('D');
  });

  it(`DEAL_GRADE: the customer's value 2 or more above ours is E ("${SEED_E}")`, () => {
    expect(call('DEAL_GRADE', [5, 3])).toBe('E');
    expect(call('DEAL_GRADE', [5, 3, true])).toBe('E');
  });

  it('a gap of one keeps A, B and C as before', () => {
    expect(call('DEAL_GRADE', [5, 4, true])).toBe('A');
    expect(call('DEAL_GRADE', [4, 3])).toBe('B');
    expect(call('DEAL_GRADE', [2, 3])).toBe('C');
  });

  it('the value-proposition sheet grades 3 for the customer and 5 for us D, with D’s meaning beside it', () => {
    const { book, layout } = gradeBook('zh-CN');
    book.set(S, layout.grade.valueToCustomer, 3).set(S, layout.grade.valueToUs, 5).set(S, layout.grade.strategic, true);
    expect(book.get(S, layout.grade.grade)).toBe('D');
    expect(book.get(S, layout.grade.meaning)).toBe(BUSINESS_MODEL_GRADES.find((g) => g.id === 'D')?.description['zh-CN']);
    book.set(S, layout.grade.valueToCustomer, 5).set(S, layout.grade.valueToUs, 3);
    expect(book.get(S, layout.grade.grade)).toBe('E');
    book.destroy();
  });

  it(`A's "strategic" is strategic for the customer ("${SEED_A}"): the checkbox says so in both languages`, () => {
    for (const [locale, label] of [
      ['en', 'Strategic for the customer?'],
      ['zh-CN', '对客户有战略意义？'],
    ] as const) {
      const { book, layout } = gradeBook(locale);
      expect(labelOf(book, layout.grade.strategic)).toBe(label);
      book.destroy();
    }
  });
});
