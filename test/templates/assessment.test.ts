import { LOCALES } from '../../shared/i18n';
import { METHOD_IDS } from '../../shared/methods/types';
import { buildTemplate } from '../../shared/templates/catalog';
import type { AssessmentLayout } from '../../shared/templates/assessment';
import { chineseInEnglish, commonProblems, formulasOf, nonChineseLabels, valuesOf } from './plan-checks';
import { TEMPLATE_QUESTION_SETS } from '../../shared/templates/method-data';

const methods = METHOD_IDS.filter((m) => TEMPLATE_QUESTION_SETS[m]);

describe.each(methods)('assessment template (%s)', (method) => {
  it.each(LOCALES)('builds a well-formed, protected plan in %s', (locale) => {
    const built = buildTemplate('assessment', { method, locale });
    expect(commonProblems(built.plan, built.sheetKey, built.inputs)).toEqual([]);
    if (locale === 'zh-CN') expect(nonChineseLabels(built.plan)).toEqual([]);
    else expect(chineseInEnglish(built.plan)).toEqual([]);
  });

  it('has one rating row per criterion and calls QUALIFY, ASSESSMENT and GAPS over exactly those rows', () => {
    const built = buildTemplate('assessment', { method, locale: 'en' });
    const layout = built.layout as AssessmentLayout;
    const set = TEMPLATE_QUESTION_SETS[method]!;
    expect(layout.criteria.map((c) => c.id)).toEqual(set.criteria.map((c) => c.id));
    const sheet = built.plan.sheets.find((s) => s.key === built.sheetKey)!;
    const formulas = new Map(formulasOf(sheet).map((f) => [f.cell, f.formula]));
    // Without a competitor column the argument is an empty text (an omitted argument), so DK_RULES stays last.
    const competitor = layout.competitorRatings ? `,${layout.competitorRatings}` : ',""';
    expect(formulas.get(layout.verdict)).toBe(`={{DEAL}}QUALIFY(${layout.ratings},"${method}"${competitor},DK_RULES)`);
    expect(formulas.get(layout.assessment)).toBe(`={{DEAL}}ASSESSMENT(${layout.ratings},"${method}"${competitor},DK_RULES)`);
    expect(formulas.get(layout.gaps)).toBe(`={{DEAL}}GAPS(${layout.ratings},"${method}",DK_RULES)`);
    // Labels printed on each criterion row are the method's own, in order.
    const values = valuesOf(sheet);
    layout.criteria.forEach((c, i) => expect(values.get(`C${c.row}`)).toBe(set.criteria[i].label.en));
  });
});

describe('assessment template details', () => {
  it('heads each PPVVC row with its section and key question, in the workbook language', () => {
    const built = buildTemplate('assessment', { method: 'PPVVC', locale: 'zh-CN' });
    const layout = built.layout as AssessmentLayout;
    const values = valuesOf(built.plan.sheets.find((s) => s.key === built.sheetKey)!);
    const sectionOf = (index: number) => values.get(`B${layout.criteria[index].row}`);
    expect(sectionOf(0)).toBe('痛苦 · 商机存在吗?');
    expect(sectionOf(layout.criteria.length - 1)).toBe('控制 · 我们能赢吗?');
  });

  it('rates TAS for us and the competitor with + - ?, the worked example range E8:E27', () => {
    const built = buildTemplate('assessment', { method: 'TAS', locale: 'en' });
    const layout = built.layout as AssessmentLayout;
    expect(layout.ratings).toBe('E8:E27');
    expect(layout.competitorRatings).toBe('F8:F27');
    const sheet = built.plan.sheets.find((s) => s.key === built.sheetKey)!;
    expect(sheet.validations).toContainEqual({ range: 'E8:E27', kind: 'list', items: ['+', '-', '?'] });
    expect(sheet.validations).toContainEqual({ range: 'F8:F27', kind: 'list', items: ['+', '-', '?'] });
    expect(layout.prefilled).toEqual(['compelling', 'canCompete', 'lead', 'positionToProtect', 'futureValue']);
  });

  it('brings the Settings sheet only as a fallback, keyed on DK_STAGES', () => {
    const { plan, sheetKey } = buildTemplate('assessment', { method: 'TAS', locale: 'zh-CN' });
    expect(plan.sheets.find((s) => s.key === 'settings')?.onlyIfNamedRangeMissing).toBe('DK_STAGES');
    expect(plan.sheets.find((s) => s.key === sheetKey)?.onlyIfNamedRangeMissing).toBeUndefined();
  });

  it('names the bad option in its error', () => {
    expect(() => buildTemplate('assessment', { method: 'BANT' as never, locale: 'en' })).toThrow(/method/);
  });
});
