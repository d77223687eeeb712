import { LOCALES } from '../../shared/i18n';
import { METHOD_IDS } from '../../shared/methods/types';
import { HyperFormula } from 'hyperformula';
import { applyPlanToHyperFormula } from '../../playground/apply-plan-hyperformula';
import { rollUpTeamOperation } from '../../shared/pipeline/operations';
import { buildTemplatePlan, TEMPLATE_CATALOG } from '../../shared/templates/catalog';

/**
 * Every DealKit template inserted into one workbook (in HyperFormula, formulas evaluated), then rolled
 * up: only the pipeline-funnel sheets are pipeline tables, and no other sheet looks like a broken one
 * whose rows would be listed as set aside.
 */
it.each(LOCALES)('in %s, the roll-up finds the pipeline-funnel tables and nothing else', (locale) => {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  const pipelines: string[] = [];
  for (const template of TEMPLATE_CATALOG) {
    for (const method of template.id === 'assessment' ? METHOD_IDS : [undefined]) {
      const applied = applyPlanToHyperFormula(hf, buildTemplatePlan(template.id, { locale, ...(method ? { method } : {}) }));
      if (template.id === 'pipelineFunnel') pipelines.push(...Object.values(applied.sheetNames).filter((n) => !/settings|设置/i.test(n)));
    }
  }
  expect(pipelines).toHaveLength(1);
  const sheets = hf.getSheetNames().map((name) => ({ name, values: hf.getSheetValues(hf.getSheetId(name) as number) }));
  const { view } = rollUpTeamOperation({ sheets, named: {}, asOf: 46341 });
  expect(view.rollup.sources.map((s) => s.sheet)).toEqual(pipelines);
  expect(view.rollup.setAside).toEqual([]);
  expect(view.rollup.reconciliation.read.deals).toBe(0);
});
