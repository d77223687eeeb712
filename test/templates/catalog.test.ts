import { LOCALES } from '../../shared/i18n';
import { isDealKitError } from '../../shared/errors';
import { buildTemplatePlan, TEMPLATE_CATALOG, type TemplateId } from '../../shared/templates/catalog';

const CJK = /[\u4e00-\u9fff]/;

describe('template catalog', () => {
  it('lists every template with a name and description in both languages', () => {
    expect(TEMPLATE_CATALOG.map((t) => t.id).sort()).toEqual(['actionPlan', 'assessment', 'keyPlayers', 'pipelineFunnel', 'settings', 'valueProposition']);
    for (const t of TEMPLATE_CATALOG) {
      expect(CJK.test(t.name['zh-CN']) && CJK.test(t.description['zh-CN'])).toBe(true);
      expect(CJK.test(t.name.en) || CJK.test(t.description.en)).toBe(false);
      for (const option of t.options) expect(option.choices.map((c) => c.value)).toContain(option.defaultValue);
    }
  });

  it('builds every template with every option choice, in both languages', () => {
    for (const t of TEMPLATE_CATALOG) {
      const methods = t.options.find((o) => o.key === 'method')?.choices.map((c) => c.value) ?? [undefined];
      const ladders = t.options.find((o) => o.key === 'ladder')?.choices.map((c) => c.value) ?? [undefined];
      for (const locale of LOCALES) {
        for (const method of methods) {
          for (const ladder of ladders) {
            const plan = buildTemplatePlan(t.id, { locale, method: method as never, ladder: ladder as never });
            expect(plan.sheets.length).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('refuses an unknown template, method, ladder or language with an error naming the option', () => {
    const caught = (f: () => unknown): string => {
      try {
        f();
      } catch (error) {
        return isDealKitError(error) ? (error.subject ?? '') : 'not a DealKitError';
      }
      return 'no error';
    };
    expect(caught(() => buildTemplatePlan('forecast' as TemplateId, { locale: 'en' }))).toBe('template');
    expect(caught(() => buildTemplatePlan('assessment', { locale: 'en', method: 'BANT' as never }))).toBe('method');
    expect(caught(() => buildTemplatePlan('pipelineFunnel', { locale: 'en', ladder: 'MEDDIC' as never }))).toBe('ladder');
    expect(caught(() => buildTemplatePlan('settings', { locale: 'fr' as never }))).toBe('locale');
  });

  it('refuses a requested id that every object inherits as it refuses any unknown template', () => {
    expect(() => buildTemplatePlan('constructor' as TemplateId, { locale: 'en' })).toThrow(
      'template: "constructor" is not one of assessment, keyPlayers, valueProposition, pipelineFunnel, actionPlan, settings',
    );
  });
});
