/**
 * PPVVC's deal basics and the root need on the PPVVC assessment sheet: a block the rep fills in,
 * in the workbook's language, that no other method's sheet carries.
 */
import type { Locale } from '../../shared/i18n';
import { PAIN_ROOT_NEEDS, PPVVC_DEAL_BASICS } from '../../shared/methods/ppvvc-guide';
import type { AssessmentLayout } from '../../shared/templates/assessment';
import { buildTemplate } from '../../shared/templates/catalog';
import { inAny, valuesOf } from './plan-checks';
import { TemplateBook } from './hf-workbook';

function built(method: 'PPVVC' | 'TAS' | 'SIGNATURE', locale: Locale) {
  const b = buildTemplate('assessment', { method, locale });
  const sheet = b.plan.sheets.find((s) => s.key === b.sheetKey)!;
  return { b, layout: b.layout as AssessmentLayout, sheet };
}

describe('the deal basics block on the PPVVC assessment', () => {
  it.each(['en', 'zh-CN'] as const)('names the five basics with what each asks, each beside a cell the rep writes in (%s)', (locale) => {
    const { b, layout, sheet } = built('PPVVC', locale);
    const basics = layout.dealBasics!;
    const values = valuesOf(sheet);
    const editable = b.inputs.map((i) => i.range);
    for (const basic of PPVVC_DEAL_BASICS) {
      const cell = basics.basics[basic.id];
      const row = cell.replace(/^[A-Z]+/, '');
      expect(values.get(`B${row}`)).toBe(basic.label[locale]);
      expect(values.get(`C${row}`)).toBe(basic.description[locale]);
      expect(inAny(cell, editable)).toBe(true);
      // Free text: the rep's own words, no dropdown.
      expect(b.inputs.find((i) => inAny(cell, [i.range]))?.validation).toBeUndefined();
    }
    expect(sheet.validations).toContainEqual({ range: basics.rootNeed, kind: 'list', items: PAIN_ROOT_NEEDS.map((n) => n.label[locale]) });
  });

  it('comes after the PRIME checklist, so the criteria keep their rows', () => {
    const { layout } = built('PPVVC', 'en');
    const row = (a1: string) => Number(a1.replace(/^[A-Z]+/, ''));
    expect(row(layout.dealBasics!.basics.decisionChain)).toBeGreaterThan(row(layout.prime[layout.prime.length - 1].done));
  });

  it('is PPVVC’s: the TAS and Signature sheets have no such block', () => {
    expect(built('TAS', 'en').layout.dealBasics).toBeUndefined();
    expect(built('SIGNATURE', 'zh-CN').layout.dealBasics).toBeUndefined();
  });

  it('what the rep writes stays text and no result on the sheet breaks', () => {
    const { b, layout } = built('PPVVC', 'en');
    const book = new TemplateBook(b.plan);
    book.set('assessment', layout.dealBasics!.basics.budget, '1.2M from the 2027 IT budget');
    book.set('assessment', layout.dealBasics!.rootNeed, 'Save money');
    expect(book.get('assessment', layout.dealBasics!.basics.budget)).toBe('1.2M from the 2027 IT budget');
    expect(book.errors('assessment')).toEqual([]);
    book.destroy();
  });
});
