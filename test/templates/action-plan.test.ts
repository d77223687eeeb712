import { LOCALES } from '../../shared/i18n';
import type { ActionPlanLayout } from '../../shared/templates/action-plan';
import { EVALUATION_EVENT_KINDS } from '../../shared/methods/planning';
import { buildTemplate } from '../../shared/templates/catalog';
import { chineseInEnglish, commonProblems, nonChineseLabels, valuesOf } from './plan-checks';

describe('action-plan template', () => {
  it.each(LOCALES)('builds a well-formed, protected plan in %s', (locale) => {
    const built = buildTemplate('actionPlan', { locale });
    expect(commonProblems(built.plan, built.sheetKey, built.inputs)).toEqual([]);
    if (locale === 'zh-CN') expect(nonChineseLabels(built.plan)).toEqual([]);
    else expect(chineseInEnglish(built.plan)).toEqual([]);
  });

  it('lists the usual joint events with go/no-go and billable tick boxes, and the four review questions', () => {
    const built = buildTemplate('actionPlan', { locale: 'en' });
    const layout = built.layout as ActionPlanLayout;
    const sheet = built.plan.sheets.find((s) => s.key === built.sheetKey)!;
    const values = valuesOf(sheet);
    const e = layout.evaluation;
    expect(values.get(`${e.event}${e.firstRow}`)).toBe(EVALUATION_EVENT_KINDS[0].label.en);
    expect(sheet.validations).toContainEqual({ range: `${e.goNoGo}${e.firstRow}:${e.billable}${e.lastRow}`, kind: 'checkbox' });
    expect(Object.keys(layout.review.answers)).toHaveLength(4);
    expect(values.get(`A${layout.review.answers.evidence.slice(1)}`)).toMatch(/evidence/i);
  });
});
