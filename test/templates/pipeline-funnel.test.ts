import { LOCALES } from '../../shared/i18n';
import { LADDER_IDS } from '../../shared/methods/types';
import { LADDERS } from '../../shared/methods/ladders';
import { matchPipelineColumn, matchProofColumn } from '../../shared/pipeline/columns';
import { buildTemplate } from '../../shared/templates/catalog';
import type { PipelineFunnelLayout } from '../../shared/templates/pipeline-funnel';
import { chineseInEnglish, commonProblems, formulasOf, nonChineseLabels, valuesOf } from './plan-checks';

describe.each(LADDER_IDS)('pipeline-funnel template on the %s ladder', (ladder) => {
  it.each(LOCALES)('builds a well-formed, protected plan in %s', (locale) => {
    const built = buildTemplate('pipelineFunnel', { locale, ladder });
    expect(commonProblems(built.plan, built.sheetKey, built.inputs)).toEqual([]);
    if (locale === 'zh-CN') expect(nonChineseLabels(built.plan)).toEqual([]);
    else expect(chineseInEnglish(built.plan)).toEqual([]);
  });

  it('writes a header row the roll-up recognises, with one proof column per stage in ladder order', () => {
    const built = buildTemplate('pipelineFunnel', { locale: 'zh-CN', ladder });
    const layout = built.layout as PipelineFunnelLayout;
    const values = valuesOf(built.plan.sheets.find((s) => s.key === built.sheetKey)!);
    for (const [id, column] of Object.entries(layout.columns)) {
      expect(matchPipelineColumn(values.get(`${column}${layout.headerRow}`))).toBe(id);
    }
    expect(layout.proofColumns.map((p) => matchProofColumn(values.get(`${p.column}${layout.headerRow}`)))).toEqual(LADDERS[ladder].stages.map((s) => s.code));
    expect(layout.funnelRows).toBe(LADDERS[ladder].stages.length);
  });

  it('computes each derived column with one spill formula over the whole table, against the settings ladder', () => {
    const built = buildTemplate('pipelineFunnel', { locale: 'en', ladder });
    const layout = built.layout as PipelineFunnelLayout;
    const sheet = built.plan.sheets.find((s) => s.key === built.sheetKey)!;
    const formulas = formulasOf(sheet);
    const inTable = formulas.filter((f) => {
      const row = Number(f.cell.replace(/^[A-Z]+/, ''));
      return row >= layout.firstRow && row <= layout.lastRow && Object.values(layout.computed).includes(f.cell.replace(/\d+$/, ''));
    });
    expect(inTable.map((f) => f.cell)).toEqual(Object.values(layout.computed).map((c) => `${c}${layout.firstRow}`));
    const stages = `${layout.columns.stage}${layout.firstRow}:${layout.columns.stage}${layout.lastRow}`;
    // the probability columns read the rep's overrides beside the stages
    const overrides = `${layout.columns.probabilityOverride}${layout.firstRow}:${layout.columns.probabilityOverride}${layout.lastRow}`;
    expect(inTable[0].formula).toBe(`={{DEAL}}WINPROB(${stages},DK_STAGES,${overrides},DK_RULES)`);
    expect(inTable[2].formula).toBe(`={{DEAL}}FORECAST_CATEGORY(${stages},DK_STAGES,${overrides},DK_RULES)`);
    expect(sheet.validations).toContainEqual({ range: overrides, kind: 'number', min: 0, max: 1 });
    expect(inTable[3].formula).toContain(',$B$3,DK_STALL_LIMITS,DK_RULES)');
    // Stage cells pick from the settings stage codes.
    expect(sheet.validations).toContainEqual({ range: stages, kind: 'listFromRange', source: 'DK_STAGE_CODES' });
    expect(sheet.charts?.map((c) => c.kind)).toEqual(['funnel', 'column']);
  });
});
