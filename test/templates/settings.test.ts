import { LOCALES } from '../../shared/i18n';
import { LADDERS } from '../../shared/methods/ladders';
import { ALL_SETTINGS_NAMES } from '../../shared/settings/names';
import { buildTemplate, buildTemplatePlan } from '../../shared/templates/catalog';
import type { PipelineFunnelLayout } from '../../shared/templates/pipeline-funnel';
import { settingsLadderPlan, settingsTemplate, STAGE_TABLE_ROWS, writtenStageRows, type SettingsLayout } from '../../shared/templates/settings';
import { parseRangeNumbers } from '../../shared/a1';
import { TemplateBook } from './hf-workbook';
import { chineseInEnglish, commonProblems, nonChineseLabels } from './plan-checks';

describe('Settings template', () => {
  it.each(LOCALES)('builds a well-formed, protected plan in %s', (locale) => {
    const built = buildTemplate('settings', { locale });
    expect(commonProblems(built.plan, built.sheetKey, built.inputs)).toEqual([]);
    if (locale === 'zh-CN') expect(nonChineseLabels(built.plan)).toEqual([]);
    else expect(chineseInEnglish(built.plan)).toEqual([]);
  });

  it('defines every documented name once, with the shapes the functions take', () => {
    const { namedRanges } = settingsTemplate({ locale: 'en' });
    expect(namedRanges.map((n) => n.name).sort()).toEqual([...ALL_SETTINGS_NAMES].sort());
    const size = (name: string): [number, number] => {
      const r = parseRangeNumbers(namedRanges.find((n) => n.name === name)!.range);
      return [r.lastRow - r.row + 1, r.lastColumn - r.column + 1];
    };
    expect(size('DK_STAGES')).toEqual([STAGE_TABLE_ROWS, 2]);
    expect(size('DK_STALL_LIMITS')).toEqual([STAGE_TABLE_ROWS, 2]);
    expect(size('DK_STAGE_CODES')).toEqual([STAGE_TABLE_ROWS, 1]);
    expect(size('DK_QUOTAS')[1]).toBe(3);
    expect(size('DK_LANGUAGE')).toEqual([1, 1]);
  });

  it('writes the chosen ladder with LOST after its stages, in the workbook language', () => {
    const layout = settingsTemplate({ locale: 'zh-CN', ladder: 'FUNNEL' }).layout as SettingsLayout;
    expect(layout.stages.map((s) => s.code)).toEqual([...LADDERS.FUNNEL.stages.map((s) => s.code), 'LOST']);
  });

  it('shows what proves each stage, in the workbook language, and nothing for LOST', () => {
    const proofOf = (rows: (string | number)[][], code: string) => rows.find((row) => row[0] === code)?.[3];
    const milestones = writtenStageRows('MILESTONES', 'en');
    expect(proofOf(milestones, 'G10')).toBe('The contact commits to a visit');
    expect(proofOf(milestones, 'LOST')).toBe('');
    expect(proofOf(writtenStageRows('SIGNATURE', 'zh-CN'), 'Won')).toBe('合同已签订；实施团队和日期已确定');
    expect(proofOf(writtenStageRows('FUNNEL', 'en'), 'SIGNED')).toBe('Contract signed');
  });

  it('switches a workbook to another ladder in place, and a pipeline sheet on the new ladder uses it', () => {
    const book = new TemplateBook(buildTemplatePlan('pipelineFunnel', { locale: 'en', ladder: 'MILESTONES' }));
    book.insert(settingsLadderPlan('DealKit settings', 'SIGNATURE', 'en'));
    const pipeline = buildTemplate('pipelineFunnel', { locale: 'en', ladder: 'SIGNATURE' });
    const names = book.insert(pipeline.plan);
    expect(names.pipeline).toBe('Pipeline (2)');
    const layout = pipeline.layout as PipelineFunnelLayout;
    const row = layout.firstRow;
    book.set('pipeline', `${layout.columns.amount}${row}`, 1000).set('pipeline', `${layout.columns.stage}${row}`, 'Qualified');
    book.set('pipeline', `${layout.proofColumns[0].column}${row}`, [[true, true, true, false, false]]);
    expect(book.get('pipeline', `${layout.computed.weighted}${row}`)).toBe(500);
    expect(book.get('pipeline', `${layout.computed.evidenced}${row}`)).toBe('Qualified');
    expect(book.get('settings', 'B7')).toBe('SIGNATURE');
    // The old ladder's last rows are cleared, so G10…S100 no longer count as stages.
    expect(book.get('settings', `A${11 + LADDERS.SIGNATURE.stages.length + 1}`)).toBe('');
    book.destroy();
  });
});
